import { spawnSync } from 'node:child_process';

/**
 * Why a test that needs an outside program (pdftotext, soffice, chromium) cannot run, or undefined
 * when it can. Outside CI a missing program skips the test with the reason printed; under CI=true
 * it fails instead, since CI installs every one of them (.ci/run).
 */
export function missingTool(command: string, debianPackage: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v "${command}"`], { encoding: 'utf8' }).status === 0;
  if (found) return undefined;
  const reason = `${command} is absent (apt-get install ${debianPackage})`;
  if (process.env.CI === 'true') throw new Error(`${reason}; CI must install it`);
  console.log(`# skipped: ${reason}`);
  return reason;
}

/**
 * Text compared by its letters in order: presentation forms back to letters, bidi controls and white
 * space gone, and short vowels and shadda gone (they are positioned mark glyphs, which pdftotext may
 * attach to the letter beside).
 */
export function lettersInOrder(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670]/g, '')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, '');
}

/**
 * The words of a text as a reader copying it would get them: bidi controls gone and white space
 * (line breaks included) between words, so a passage's words can be looked for in a PDF's text.
 */
export function wordsOf(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')} `;
}
