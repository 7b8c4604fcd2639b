import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AuthProvider } from './auth/AuthProvider';
import { readStoredLang, startIn } from './i18n/catalogs';
import { I18nProvider } from './i18n/I18nProvider';
import { RouterProvider } from './router';
import 'virtual:pantau-site.css';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

function render(): void {
  createRoot(root as HTMLElement).render(
    <StrictMode>
      <I18nProvider>
        <RouterProvider>
          <AuthProvider>
            <App />
          </AuthProvider>
        </RouterProvider>
      </I18nProvider>
    </StrictMode>,
  );
}

// English is a separate chunk: fetch it first for visitors who chose it; render anyway if that fails.
startIn(readStoredLang()).then(render, render);
