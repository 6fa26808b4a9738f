/**
 * Starts the MSW worker before the app renders when `VITE_API_MOCK=true`, so the
 * first request already hits the mock API. The import is dynamic so production
 * builds without mock mode never load MSW.
 */
export async function enableMocking(): Promise<void> {
  if (import.meta.env.VITE_API_MOCK !== 'true') return;
  const { worker } = await import('./browser');
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    // Geodata and assets are real files; only the API is mocked.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
