/**
 * How the app recognises the demo dataset: the setting the seed writes and the e-mail domain of
 * its accounts. Apart from the seed, so the serving process can ask without loading the seed and
 * its catalogues.
 */

/** The setting that marks a database as holding the demo dataset. */
export const DEMO_SETTING = 'demo_dataset';

/** The e-mail domain of demo accounts. */
export const DEMO_EMAIL_DOMAIN = 'demo.pantau.id';
