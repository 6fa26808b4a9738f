import { describe, expect, it } from 'vitest';
import { MOCK_API_BASE_URL, storeConfigFromEnv } from './createStore';

describe('storeConfigFromEnv', () => {
  it('uses IndexedDB when no API is configured', () => {
    expect(storeConfigFromEnv({})).toEqual({ kind: 'indexedDb' });
    expect(storeConfigFromEnv({ VITE_API_BASE_URL: '', VITE_API_MOCK: '' })).toEqual({ kind: 'indexedDb' });
  });

  it('uses HTTP when VITE_API_BASE_URL is set', () => {
    expect(storeConfigFromEnv({ VITE_API_BASE_URL: 'https://api.example.org/v1' })).toEqual({ kind: 'http', baseUrl: 'https://api.example.org/v1', mock: false });
    expect(storeConfigFromEnv({ VITE_API_BASE_URL: '/backend' })).toEqual({ kind: 'http', baseUrl: '/backend', mock: false });
  });

  it('uses the mock API path in mock mode', () => {
    expect(storeConfigFromEnv({ VITE_API_MOCK: 'true' })).toEqual({ kind: 'http', baseUrl: MOCK_API_BASE_URL, mock: true });
  });

  it('names the variable when its value is unusable', () => {
    expect(() => storeConfigFromEnv({ VITE_API_BASE_URL: 'api.example.org' })).toThrow(/VITE_API_BASE_URL/);
    expect(() => storeConfigFromEnv({ VITE_API_MOCK: 'yes' })).toThrow(/VITE_API_MOCK/);
  });
});
