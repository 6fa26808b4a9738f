import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /**
     * Test hook, only in the test build (`npm run build:test`): the live MapLibre map, so
     * browser tests and the browser bench can check rendered features
     * (`queryRenderedFeatures`) rather than only the DOM.
     */
    __cakupanMap?: MapLibreMap;
  }
}

/**
 * Whether this build carries test hooks: `vite build --mode test`, the build the browser
 * tests and the browser bench serve. Vite writes the mode into the bundle as a string, so
 * in the production build this is `false` and the minifier drops the hook, name and all
 * (test/unit/testHooks.test.ts builds both and checks; CI checks the production bundle).
 */
const TEST_HOOKS = import.meta.env.MODE === 'test';

/** Publishes `map` as `window.__cakupanMap` in the test build; returns the call that withdraws it. */
export function exposeMapForTests(map: MapLibreMap): () => void {
  if (!TEST_HOOKS) return () => undefined;
  window.__cakupanMap = map;
  return () => {
    if (window.__cakupanMap === map) delete window.__cakupanMap;
  };
}
