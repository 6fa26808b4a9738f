// The server's Content-Security-Policy allows script only from its own files
// (server/http/security.ts): an inline <script> or on* handler would not run.

/** Every inline script, inline event handler and javascript: URL in a page (the first 80 characters of each). */
export function inlineScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes, body]) => !/\bsrc\s*=/.test(attributes!) || body!.trim() !== '')
    .map(([whole]) => whole.slice(0, 80));
  const handlers = [...html.matchAll(/<[^>]+\son[a-z]+\s*=/gi)].map(([whole]) => whole.slice(0, 80));
  const javascriptUrls = [...html.matchAll(/(?:href|src)\s*=\s*["']?\s*javascript:/gi)].map(([whole]) => whole);
  return [...scripts, ...handlers, ...javascriptUrls];
}
