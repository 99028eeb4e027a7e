import iconv from 'iconv-lite';

/** What each byte 0x80–0xFF means in Windows-1256, computed once from the codec itself. */
const HIGH_BYTE_CHARACTERS: string[] = Array.from({ length: 128 }, (_, offset) =>
  iconv.decode(Uint8Array.of(0x80 + offset), 'windows-1256'),
);

function isArabicScriptCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code >= 0x0600 && code <= 0x06ff;
}

/**
 * Whether bytes that failed UTF-8 validation read as Arabic in Windows-1256. In that code page
 * Arabic letters fill most of 0xC1–0xFF, while Latin-1/1252 text or random binary puts its high
 * bytes on accented Latin letters and symbols. So if nearly every high byte lands on an Arabic
 * character, the file is Arabic written in cp1256. The threshold leaves room for the French
 * letters (é, à, ç…) the code page also carries.
 */
export function looksLikeWindows1256Arabic(bytes: Uint8Array): boolean {
  let highBytes = 0;
  let arabic = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    highBytes++;
    if (isArabicScriptCharacter(HIGH_BYTE_CHARACTERS[byte - 0x80]!)) arabic++;
  }
  return arabic > 0 && arabic >= highBytes * 0.8;
}
