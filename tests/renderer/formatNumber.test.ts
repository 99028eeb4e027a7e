import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatNumber } from '../../src-shared/formatNumber';
import { arabicCount } from '../../src-shared/arabicCount';
import { ar } from '../../src-renderer/i18n/ar';
import { en } from '../../src-renderer/i18n/en';
import { importReasons } from '../../src-main/core/import/importReasons';
import { messagesFor } from '../../src-main/cli/messages';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Arabic-Indic and Eastern Arabic-Indic digits, and the Arabic decimal and thousands separators. */
const arabicScriptNumerals = /[\u0660-\u066C\u06F0-\u06F9]/;

test('formatNumber writes Western digits with grouping in both languages', () => {
  assert.equal(formatNumber(1234567, 'en'), '1,234,567');
  assert.equal(formatNumber(1234567, 'ar'), '1,234,567');
  assert.equal(formatNumber(0.12345, 'en'), '0.123');
  assert.equal(formatNumber(2.56, 'ar', 1), '2.6');
  assert.equal(formatNumber(2.56, 'en', 1), '2.6');
  assert.equal(formatNumber(2, 'en', 1), '2');
});

test('whole numbers read as Intl writes them, in both languages, without its formatter', () => {
  const values = [0, -0, 1, 9, 10, 99, 100, 999, 1000, 1234, 9999, 10_000, 99_999, 123_456, 1_000_000, -1, -1234];
  for (let digits = 1; digits <= 16; digits++) values.push(Number('9'.repeat(digits)), 10 ** digits);
  values.push(Number.MAX_SAFE_INTEGER);
  for (const [language, locale] of [
    ['en', 'en'],
    ['ar', 'ar-u-nu-latn'],
  ] as const) {
    const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    for (const value of values) assert.equal(formatNumber(value, language), intl.format(value), `${language} ${value}`);
  }
});

test('every count the interface, the command line and the import reasons show goes through it', () => {
  const big = 1234567;
  const grouped = '1,234,567';
  const shown: Array<[string, string]> = [
    ['ar.libraryCount', ar.libraryCount(big, big + 1)],
    ['en.libraryCount', en.libraryCount(big, big + 1)],
    ['ar.importProgress', ar.importProgress(big, 0)],
    ['en.importProgress', en.importProgress(big, 0)],
    ['ar.importSummary', ar.importSummary(big, 1)],
    ['en.importSummary', en.importSummary(big, 1)],
    ['ar.highlightsHeading', ar.highlightsHeading(big)],
    ['en.highlightsHeading', en.highlightsHeading(big)],
    ['ar.showMore', ar.showMore(big)],
    ['en.showMore', en.showMore(big)],
    ['ar.compareTab', ar.compareTab(big)],
    ['en.compareTab', en.compareTab(big)],
    ['ar.factsHeading', ar.factsHeading(big)],
    ['en.factsHeading', en.factsHeading(big)],
    ['ar.hitCounter', ar.hitCounter(1, big)],
    ['en.hitCounter', en.hitCounter(1, big)],
    ['ar.warningsHeading', ar.warningsHeading(big)],
    ['en.warningsHeading', en.warningsHeading(big)],
    ['ar.lexiconEntriesHeading', ar.lexiconEntriesHeading(big)],
    ['en.lexiconEntriesHeading', en.lexiconEntriesHeading(big)],
    ['cli ar.resultCount', messagesFor('ar').resultCount(big)],
    ['cli en.resultCount', messagesFor('en').resultCount(big)],
    ['arabicCount', arabicCount(big, { zero: '', one: '', two: '', few: 'تقارير', many: 'تقريرًا' })],
    ['importReasons.reportTooLong.ar', importReasons.reportTooLong(undefined, big, 1000).ar],
    ['importReasons.reportTooLong.en', importReasons.reportTooLong(undefined, big, 1000).en],
  ];
  for (const [name, text] of shown) {
    assert.ok(text.includes(grouped), `${name} shows ${big} as ${grouped}: ${text}`);
    assert.doesNotMatch(text, arabicScriptNumerals, `${name} uses Western digits: ${text}`);
  }
  assert.ok(ar.importSummary(3, 2.56).includes('2.6'), ar.importSummary(3, 2.56));
  assert.ok(en.importSummary(3, 2.56).includes('2.6'), en.importSummary(3, 2.56));
});

/** Formatting a date in the user's language is a different job, with its own options. */
const formatsADate = new Set(['src-renderer/annotations/AnnotationStoreBanner.tsx']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [relative(root, path)] : [];
  });
}

test('no source file picks a number locale of its own', () => {
  const own = ['src-main', 'src-renderer', 'src-shared']
    .flatMap((dir) => sourceFiles(join(root, dir)))
    .filter((file) => file !== 'src-shared/formatNumber.ts' && !formatsADate.has(file))
    .filter((file) => /\.toLocaleString\(|Intl\.NumberFormat\(/.test(readFileSync(join(root, file), 'utf8')));
  assert.deepEqual(own, [], 'format numbers with formatNumber from src-shared/formatNumber.ts');
});
