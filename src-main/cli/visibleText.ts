/**
 * C0 and C1 controls (ESC, BEL, tab, line breaks…), DEL, and the bidi controls (U+061C, U+200E/F,
 * U+202A–U+202E, U+2066–U+2069). Printed raw, a file name holding them can retitle or clear the
 * terminal, or read backwards (`report-‮txt.exe`).
 */
const invisibleOrControlling = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text from a file (its name, its title, an error naming it) as it may reach a terminal: every
 * control or bidi control character is written as a `\u{…}` escape, everything else is unchanged.
 */
export function visibleText(text: string): string {
  return text.replace(invisibleOrControlling, (character) => {
    const codePoint = character.codePointAt(0)!.toString(16).toUpperCase();
    return `\\u{${codePoint}}`;
  });
}

/**
 * One of our own messages for a terminal: the first-strong isolates that keep its verbatim names in
 * place in the interface are dropped (a terminal lays out no direction), and any other control a
 * name from a file carried is made visible.
 */
export function visibleMessage(text: string): string {
  return visibleText(text.replace(/[\u2068\u2069]/gu, ''));
}
