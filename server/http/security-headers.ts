import { createHash } from 'node:crypto';

/**
 * The headers every answer carries, and the Content-Security-Policy of each kind of page.
 * The client is built by Vite into files served from this origin, so its policy allows only
 * 'self': no inline script, no eval, no other origin. GraphiQL comes from an npm package as one
 * page with its scripts inline; its policy allows exactly those scripts by their hashes, and the
 * blob: workers its editor starts.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

export const CLIENT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // Cytoscape and the panels set style attributes; styles cannot run code, scripts can.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The policy for an HTML page whose only scripts are the inline ones it carries. */
export function inlinePageCsp(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`,
  );
  return [
    "default-src 'none'",
    `script-src ${hashes.join(' ')}`,
    // The editor sets styles from its scripts and ships one <style> element.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
