import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { findIntegrityWarnings, findIntegrityWarningsUnscreened } from '../../src-main/core/import/integrity';
import { seedText } from './importFixtures';

function found(text: string): [string, string][] {
  return findIntegrityWarnings(text).map((warning) => {
    assert.equal(text.slice(warning.start, warning.end), warning.text, 'span and text agree');
    return [warning.kind, warning.text];
  });
}

/** Arabic saved as UTF-8 and then read in a single-byte code page, as broken pipelines do. */
function mojibakeOf(text: string, codePage: string): string {
  return iconv.decode(Buffer.from(text, 'utf8'), codePage);
}

describe('mixed-script words', () => {
  it('catches the corrupted word of seed 000, lone letter included, and nothing else there', () => {
    const text = seedText('000_06f512fe5b46b25a.txt');
    const warnings = findIntegrityWarnings(text);
    assert.equal(warnings.length, 1);
    const [warning] = warnings;
    assert.equal(warning!.kind, 'mixed-script');
    assert.equal(warning!.text, 'ب epithelialن');
    assert.equal(
      text.slice(warning!.start - 'لدمج الجهود '.length, warning!.end + ' الشرق'.length),
      'لدمج الجهود ب epithelialن الشرق',
    );
  });

  it('does not flag normal bilingual text, proclitics glued to Latin words, or tatweel joins', () => {
    const text =
      'أعلنت شركة Apple الأمريكية عن هاتف iPhone 15 الجديد، وقالت CNN إن الـiPhone يعمل بنظام iOS ' +
      'ويتصل بـFacebook، وأطلقت وiPhone وبالGPS خدمة 5G في Москва.';
    assert.deepEqual(found(text), []);
  });

  it('flags Latin letters inside or right after an Arabic word, and Arabic letters right after a Latin run', () => {
    assert.deepEqual(found('الذكاء الhصطناعي في مركزCambridge كما قالت CNNعلى موقعها عن Yسرائيل'), [
      ['mixed-script', 'الhصطناعي'],
      ['mixed-script', 'مركزCambridge'],
      ['mixed-script', 'CNNعلى'],
      ['mixed-script', 'Yسرائيل'],
    ]);
  });
});

describe('decoder damage', () => {
  it('flags each run of U+FFFD once', () => {
    assert.deepEqual(found('يعك\uFFFD\uFFFD الاجتماع \uFFFD'), [
      ['replacement-char', '\uFFFD\uFFFD'],
      ['replacement-char', '\uFFFD'],
    ]);
  });

  it('flags UTF-8 Arabic read as Windows-1256 as one span for the whole damaged phrase', () => {
    const damaged = mojibakeOf('الاجتماع في سرت', 'windows-1256');
    assert.deepEqual(found(`نص سليم ${damaged} نص سليم`), [['mojibake', damaged]]);
  });

  it('flags UTF-8 read as Latin-1/Windows-1252, for Arabic, accented Latin and smart quotes', () => {
    assert.deepEqual(found('قال Ø§Ù„Ù…ØªØ­Ø¯Ø« إن'), [['mojibake', 'Ø§Ù„Ù…ØªØ­Ø¯Ø«']]);
    const arabic = mojibakeOf('الخبر', 'windows-1252');
    assert.deepEqual(found(`x ${arabic} y`), [['mojibake', arabic]]);
    assert.deepEqual(found('في cafÃ© باريس'), [['mojibake', 'Ã©']]);
    assert.deepEqual(found('He said â€œyesâ€™ then'), [
      ['mojibake', 'â€œ'],
      ['mojibake', 'â€™'],
    ]);
  });

  it('leaves real text that merely contains those letters alone', () => {
    assert.deepEqual(found('فقط، ثم ظهر الخط «الأحمر» فقط؛ Øresund و São Paulo و Ùnico'), []);
  });

  it('flags control characters except newline and tab', () => {
    assert.deepEqual(found('سطر\tمع جدولة\nسطر\u0002آخر\r\nو\u0085'), [
      ['control-char', '\u0002'],
      ['control-char', '\r'],
      ['control-char', '\u0085'],
    ]);
  });

  it('orders warnings of every kind by position', () => {
    const text = `\u0001 ب epithelialن \uFFFD ${mojibakeOf('خبر', 'windows-1256')}`;
    assert.deepEqual(
      findIntegrityWarnings(text).map((warning) => warning.kind),
      ['control-char', 'mixed-script', 'replacement-char', 'mojibake'],
    );
  });
});

describe('the screen that spares most texts the checks', () => {
  /** Pieces of every finding: Latin next to Arabic, mojibake pairs, controls, U+FFFD, astral letters. */
  const PIECES = [
    ...'ابتطظسمنوي ـ abcXé \n\t',
    'ØªØ',
    'Ù…',
    'Ã©',
    'Â ',
    'â€™',
    'â€',
    'طھط',
    'ظ…',
    'ط،',
    '\u0000',
    '\u0085',
    '\u009F',
    '\u007F',
    '\uFFFD',
    '\u{1DF00}',
    '\u{10780}',
    '\uD800',
    'ﻻ',
    'ﬀ',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 30 })
    .map((pieces) => pieces.join(''));

  it('finds what running every check finds', () => {
    fc.assert(
      fc.property(text, (sample) => {
        assert.deepEqual(findIntegrityWarnings(sample), findIntegrityWarningsUnscreened(sample));
      }),
      { numRuns: 20_000 },
    );
  });
});
