import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** For Vitest: `server.listen({ onUnhandledRequest: 'error' })`, `server.resetHandlers()` after each test. */
export const server = setupServer(...handlers);
