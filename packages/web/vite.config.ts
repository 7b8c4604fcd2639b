import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { SITE_CSS } from '../core/src/design/site-style';

const SITE_STYLE = 'virtual:pantau-site.css';

/**
 * The site's shared frame and tokens (one look with the server-rendered public site), taken from
 * core at build time as a stylesheet: `import 'virtual:pantau-site.css'`.
 */
function siteStyle(): Plugin {
  return {
    name: 'pantau-site-style',
    resolveId: (id) => (id === SITE_STYLE ? `\0${SITE_STYLE}` : null),
    load: (id) => (id === `\0${SITE_STYLE}` ? SITE_CSS : null),
  };
}

export default defineConfig({
  plugins: [react(), siteStyle()],
  resolve: {
    // The web app takes only types from core; the alias lets Vite resolve them from source.
    alias: { '@pantau/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: true,
  },
});
