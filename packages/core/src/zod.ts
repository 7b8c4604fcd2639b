/**
 * The one import of zod in this package. In a browser, schemas are built "jitless": zod would
 * otherwise probe `new Function` as the first object schema is built, which the web app's
 * Content-Security-Policy (no 'unsafe-eval') reports as a violation even though zod catches it.
 * Importing zod through this module runs the setting before any schema of the package exists.
 */
import { z } from 'zod';

if ('document' in globalThis) z.config({ jitless: true });

export { z };
