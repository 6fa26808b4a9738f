import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** Mock mode (`VITE_API_MOCK=true`): serves docs/api.md from the page, see `enableMocking.ts`. */
export const worker = setupWorker(...handlers);
