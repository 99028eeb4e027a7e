/**
 * The policy sent with every file of the renderer, by the desktop app's protocol and by the browser
 * mode alike (both transports take it from here, so they cannot drift apart): the app is offline by
 * design, so nothing but its own origin may load or be fetched. Fonts may also come from `data:` because Vite inlines small font files that way.
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
