import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AuthGate } from './app/AuthGate';
import { prepareFormats } from './components/format';
import { initI18n } from './i18n';
import { enableMocking } from './mocks/enableMocking';
import './app/global.css';

const i18n = initI18n();
// Intl's locale data loads in an idle moment of start-up, not in the first render with numbers.
const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
whenIdle(() => prepareFormats(i18n.language));

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');
const mountElement = root;

function render() {
  createRoot(mountElement).render(
    <StrictMode>
      <AuthGate>
        <App />
      </AuthGate>
    </StrictMode>,
  );
}

// Mock mode (VITE_API_MOCK=true) must intercept the very first request; otherwise this resolves at once.
// If the worker cannot start, the app still renders and the store reports the failed requests.
enableMocking()
  .catch((error: unknown) => console.error('Mock API could not start', error))
  .finally(render);
