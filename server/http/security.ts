import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// Security headers on every response, the app's files and the API alike. The built
// index.html loads only files from this origin (no inline script: a unit test checks
// the build), so the policy allows no inline script at all.

const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // MapLibre and React set element styles from script; a <style> block from a library is the only inline CSS.
    styleSrc: ["'self'", "'unsafe-inline'"],
    // Map canvas snapshots and installation photos (absolute URLs to any https host).
    imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
    fontSrc: ["'self'", 'data:'],
    // MapLibre runs its worker from a blob: URL.
    workerSrc: ["'self'", 'blob:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * `contentSecurityPolicy: false` only for the development server, where Vite's
 * hot reload injects inline script; every other header stays.
 */
export async function registerSecurityHeaders(app: FastifyInstance, { contentSecurityPolicy = true } = {}): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: contentSecurityPolicy ? CONTENT_SECURITY_POLICY : false,
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    // The API answers same-origin reads; nothing here is meant to be embedded elsewhere.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // Off: it would block the installation photos (https: images from other hosts).
    crossOriginEmbedderPolicy: false,
  });
}
