/** The charset is declared near the top or not at all (HTML requires it in the first 1024 bytes). */
const PRESCAN_BYTES = 4096;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_:.+-]+)["']/i;

/**
 * The charset an HTML file declares about itself: <meta charset>, the http-equiv Content-Type
 * form, or an XML declaration. Read from the raw bytes as Latin-1, which is safe because the
 * declaration itself is ASCII in every encoding it can name (UTF-16 files carry a BOM instead).
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Array.from(bytes.subarray(0, PRESCAN_BYTES), (byte) => String.fromCharCode(byte)).join('');
  return META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1];
}
