const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/**
 * Decodes the few entities SGML-ish collections use (&amp; &lt; &gt; &quot; &apos; &nbsp; and
 * numeric references) and leaves everything else as written: the ANT corpus has bare ampersands
 * ("S&P", "Dolce&Gabbana") that a strict decoder would reject or mangle.
 */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (match, decimal, hexadecimal, name) => {
    if (name !== undefined) return NAMED[name as string] ?? match;
    const codePoint = decimal !== undefined ? Number(decimal) : parseInt(hexadecimal as string, 16);
    const valid = codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
    return valid ? String.fromCodePoint(codePoint) : match;
  });
}
