import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ar } from '../../src-renderer/i18n/ar';
import { en } from '../../src-renderer/i18n/en';

/**
 * Latin words the Arabic interface keeps on purpose: names of products, formats and keys, the
 * query language's operators (typed as shown), and the other language's own name on its button.
 */
const KEPT_LATIN = new Set(
  [
    'English',
    'SHA',
    'Markdown',
    'CSV',
    'JSON',
    'LD',
    'jsonld',
    'W3C',
    'Web',
    'Annotation',
    'REFI',
    'QDA',
    'qdpx',
    'NVivo',
    'ATLAS',
    'ti',
    'MAXQDA',
    'QualCoder',
    'Excel',
    'Python',
    'R',
    'md',
    'csv',
    'txt',
    'html',
    'docx',
    'jsonl',
    'TREC',
    'xlsx',
    'pdf',
    'PDF',
    'HTML',
    'Word',
    'Ctrl',
    'Shift',
    'Enter',
    'Delete',
    'B',
    'Esc',
    'Z',
    'F3',
    'H',
    'K',
    'OR',
    'source',
    'title',
    'after',
    'before',
  ].map((word) => word.toLowerCase()),
);

const ARABIC_LETTER = /[\u0600-\u06FF]/u;
const LATIN_LETTER = /[A-Za-z]/u;

/** Every string the dictionary can produce, by key path, with functions called on sample values. */
function phrases(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    return [3, 15, 'نص'].flatMap((sample) => {
      try {
        return phrases(
          (value as (...args: unknown[]) => unknown)(...Array(Math.max(1, value.length)).fill(sample)),
          `${path}()`,
        );
      } catch {
        return [];
      }
    });
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => phrases(inner, `${path}.${key}`));
  return [];
}

describe('the Arabic interface', () => {
  const arabic = phrases(ar, 'ar');

  it('says everything in Arabic but names that stay Latin', () => {
    // A run inside directional isolates is shown verbatim (a command, a file extension), not said.
    const spoken = (phrase: string) => phrase.replace(/[\u2066-\u2068][^\u2069]*\u2069/gu, ' ');
    const english = arabic.flatMap(([path, phrase]) =>
      (spoken(phrase).match(/[A-Za-z][A-Za-z0-9]*/g) ?? [])
        .filter((word) => !KEPT_LATIN.has(word.toLowerCase()))
        .map((word) => `${path}: ${word} in «${phrase}»`),
    );
    assert.deepEqual(english, []);
  });

  it('isolates every Latin run that touches an Arabic letter, so it cannot reorder the line', () => {
    const touching = arabic
      .filter(([, phrase]) =>
        [...phrase].some((character, index, all) => {
          const next = all[index + 1] ?? '';
          return (
            (ARABIC_LETTER.test(character) && LATIN_LETTER.test(next)) ||
            (LATIN_LETTER.test(character) && ARABIC_LETTER.test(next))
          );
        }),
      )
      .map(([path, phrase]) => `${path}: «${phrase}»`);
    assert.deepEqual(touching, []);
  });

  it('has every key the English interface has', () => {
    assert.deepEqual(Object.keys(ar).sort(), Object.keys(en).sort());
  });

  it('makes the words that follow a count agree with it', () => {
    assert.equal(ar.resultCount(1), 'تقرير واحد مطابق');
    assert.equal(ar.resultCount(2), 'تقريران مطابقان');
    assert.equal(ar.resultCount(3), '3 تقارير مطابقة');
    assert.equal(ar.resultCount(15), '15 تقريرًا مطابقًا');
  });
});
