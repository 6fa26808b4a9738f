/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Pre-bundling breaks MapLibre's worker ("Worker failed to load").
  optimizeDeps: { exclude: ['maplibre-gl'] },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: false },
  preview: { port: Number(process.env.PORT ?? 4173) },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'geodata/**/*.test.ts', 'test/unit/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts', 'test/server/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
