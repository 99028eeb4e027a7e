/**
 * The policy sent with every file of the desktop app's renderer. It is the same text as the browser
 * mode's (`src-main/server/contentSecurityPolicy.ts`; a test keeps the two equal, since transports may
 * not import each other): the app is offline by design, so nothing but its own origin may load or be
 * fetched. Fonts may also come from `data:` because Vite inlines small font files that way.
 * `style-src` has no 'unsafe-inline': React's `style` props go through the CSSOM, which the
 * policy does not govern, and the built CSS is a file.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
