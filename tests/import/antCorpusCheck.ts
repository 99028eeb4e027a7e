/**
 * One-off check of the importers against the whole ANT corpus (not part of `npm test`: it needs the
 * unpacked corpus and reads 31,525 files). Unpack to a temporary folder, then:
 *   node --import tsx tests/import/antCorpusCheck.ts /tmp/xyz/ant-multisource-v2.1 [report-dir]
 * Prints how many files parse, every error with its reason, metadata coverage, the boilerplate
 * finder's flag rate by rule and the integrity warnings by kind; with a report dir, also writes
 * every flagged line there for review.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFile } from '../../src-main/core/import/parseFile';
import { findBoilerplateLines } from '../../src-main/core/import/boilerplate';
import { findIntegrityWarnings } from '../../src-main/core/import/integrity';
import type { DocumentMeta } from '../../src-main/core/text/documentMeta';

const [root, reportDir] = process.argv.slice(2);
if (!root) {
  console.error('usage: antCorpusCheck.ts <unpacked corpus folder> [report dir]');
  process.exit(2);
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.txt') ? [path] : [];
    });
}

const files = walk(root);
let parsedFiles = 0;
let documents = 0;
const failures: string[] = [];
const itemErrors: string[] = [];
const encodings = new Map<string, number>();
const metaCoverage = new Map<keyof DocumentMeta, number>();
let totalLines = 0;
const flaggedByRule = new Map<string, string[]>();
const warningsByKind = new Map<string, string[]>();

for (const path of files) {
  const name = relative(root, path);
  try {
    const outcome = await parseFile(path, readFileSync(path));
    itemErrors.push(...outcome.errors.map((error) => `${name}: ${error.reason.en}`));
    if (outcome.documents.length > 0) parsedFiles++;
    for (const document of outcome.documents) {
      documents++;
      encodings.set(document.encoding, (encodings.get(document.encoding) ?? 0) + 1);
      for (const key of Object.keys(document.meta) as (keyof DocumentMeta)[]) {
        metaCoverage.set(key, (metaCoverage.get(key) ?? 0) + 1);
      }
      const lines = document.text.split('\n');
      totalLines += lines.filter((line) => line.trim()).length;
      for (const line of findBoilerplateLines(document.text)) {
        const list = flaggedByRule.get(line.rule) ?? [];
        list.push(`${document.key}\t${document.text.slice(line.start, line.end)}`);
        flaggedByRule.set(line.rule, list);
      }
      for (const warning of findIntegrityWarnings(document.text)) {
        const list = warningsByKind.get(warning.kind) ?? [];
        const context = document.text.slice(Math.max(0, warning.start - 20), warning.end + 20).replace(/\n/g, '⏎');
        list.push(`${document.key}\t${JSON.stringify(warning.text)}\t${context}`);
        warningsByKind.set(warning.kind, list);
      }
    }
  } catch (error) {
    failures.push(`${name}: ${(error as { reason?: { en: string } }).reason?.en ?? String(error)}`);
  }
}

const flaggedTotal = [...flaggedByRule.values()].reduce((sum, list) => sum + list.length, 0);
console.log(`files: ${files.length}, parsed: ${parsedFiles}, failed: ${failures.length}, documents: ${documents}`);
console.log(`item errors: ${itemErrors.length}`);
for (const line of [...failures, ...itemErrors].slice(0, 50)) console.log(`  ${line}`);
console.log(`encodings: ${JSON.stringify(Object.fromEntries(encodings))}`);
console.log(`metadata present: ${JSON.stringify(Object.fromEntries(metaCoverage))}`);
console.log(
  `boilerplate: ${flaggedTotal} of ${totalLines} non-empty lines flagged (${((flaggedTotal / totalLines) * 100).toFixed(3)}%)`,
);
for (const [rule, list] of [...flaggedByRule].sort((a, b) => b[1].length - a[1].length))
  console.log(`  ${rule}: ${list.length}`);
console.log('integrity warnings:');
for (const [kind, list] of warningsByKind) console.log(`  ${kind}: ${list.length}`);

if (reportDir) {
  mkdirSync(reportDir, { recursive: true });
  for (const [rule, list] of flaggedByRule)
    writeFileSync(join(reportDir, `boilerplate-${rule}.tsv`), list.join('\n') + '\n');
  for (const [kind, list] of warningsByKind)
    writeFileSync(join(reportDir, `integrity-${kind}.tsv`), list.join('\n') + '\n');
  console.log(`flagged lines written to ${reportDir}`);
}
