import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { docsCommand } from '../../src-main/cli/commands/docsCommand';
import type { CliContext } from '../../src-main/cli/cliContext';
import { parseCliOptions } from '../../src-main/cli/cliOptions';
import { messagesFor } from '../../src-main/cli/messages';
import {
  libraryListingPath,
  readLibraryRows,
  readLibrarySummariesJson,
} from '../../src-main/services/project/libraryListing';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { tempDir } from '../helpers/tempDir';
import { seedsDir } from '../helpers/seeds';

const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));

function qarin(args: string[]) {
  const result = spawnSync(process.execPath, [qarinBin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

/** Both forms of the listing, as the command prints them. */
function docs(project: string): { plain: string; json: string } {
  return { plain: qarin(['docs', '--project', project]), json: qarin(['docs', '--project', project, '--json']) };
}

/**
 * `qarin docs` run in this process on a context that cannot open the project: it succeeds only
 * if it needs nothing but the listing.
 */
async function docsWithoutLibrary(project: string, json: boolean): Promise<string> {
  const stdout = new PassThrough();
  const printed: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => printed.push(chunk));
  const context = {
    options: parseCliOptions(['docs', '--project', project, ...(json ? ['--json'] : [])], messagesFor('en')),
    messages: messagesFor('en'),
    projectDir: project,
    openWorkbench: () => Promise.reject(new Error('the library was opened')),
    openOneShotSearch: () => Promise.resolve(undefined),
    stdout,
  } as unknown as CliContext;
  assert.equal(await docsCommand(context), 0);
  return Buffer.concat(printed).toString('utf8');
}

const project = tempDir();
const layout = projectLayout(project);
const listing = libraryListingPath(layout);
qarin(['import', seedsDir, '--project', project]);

test('after an import, docs prints from the listing what it prints from the library, without opening it', async () => {
  assert.ok(existsSync(listing), 'the import left a listing');
  assert.ok(await readLibraryRows(layout), 'the listing matches the library as saved');
  const fromListing = docs(project);
  assert.equal(await docsWithoutLibrary(project, false), fromListing.plain);
  assert.equal(await docsWithoutLibrary(project, true), fromListing.json);

  rmSync(listing);
  const fromLibrary = docs(project);
  assert.equal(fromListing.plain, fromLibrary.plain);
  assert.equal(fromListing.json, fromLibrary.json);
  const listed = JSON.parse(fromLibrary.json) as { id: string }[];
  assert.equal(listed.length, 5);
  assert.match(fromLibrary.plain, /\n5 documents\n$/);
  assert.ok(existsSync(listing), 'listing through the library leaves a listing for the next time');
  assert.equal((await readLibrarySummariesJson(layout))?.toString('utf8'), fromLibrary.json.trimEnd());
});

test('a listing older than the library, cut short or of another format is not read: docs lists the library', async () => {
  const expected = docs(project);
  const saved = join(project, 'listing.saved');
  copyFileSync(listing, saved);

  // Another process saved the library since (here the same reports in other bytes): neither the
  // stamp nor the bytes match. (A new stamp alone, as after a copy, is proven by the bytes: below.)
  writeFileSync(layout.library, JSON.stringify(JSON.parse(readFileSync(layout.library, 'utf8')), null, 1));
  const later = new Date(Date.now() + 60_000);
  utimesSync(layout.library, later, later);
  assert.equal(await readLibraryRows(layout), undefined);
  assert.equal(await readLibrarySummariesJson(layout), undefined);
  await assert.rejects(docsWithoutLibrary(project, false), /the library was opened/);
  assert.deepEqual(docs(project), expected);
  assert.ok(await readLibraryRows(layout), 'the listing was written again for the library as it is now');

  // An import stopped part way leaves a journal the library file does not hold yet.
  writeFileSync(layout.libraryJournal, '');
  assert.equal(await readLibraryRows(layout), undefined);
  rmSync(layout.libraryJournal);

  copyFileSync(listing, saved);
  truncateSync(listing, readFileSync(listing).length - 10);
  assert.equal(await readLibraryRows(layout), undefined);
  assert.equal(await readLibrarySummariesJson(layout), undefined);
  assert.deepEqual(docs(project), expected);

  const [header, ...rest] = readFileSync(saved, 'utf8').split('\n');
  writeFileSync(listing, [JSON.stringify({ ...JSON.parse(header!), format: 999 }), ...rest].join('\n'));
  assert.equal(await readLibraryRows(layout), undefined);
  assert.deepEqual(docs(project), expected);
});

test('a copied project lists from its listing, proven by the library’s bytes; other bytes are not trusted', async () => {
  const original = tempDir();
  qarin(['import', seedsDir, '--project', original]);
  const expected = docs(original);
  // As a backup restored or a project moved to another disk: new inodes and new times.
  const copy = join(tempDir(), 'copy');
  cpSync(original, copy, { recursive: true });
  const copied = projectLayout(copy);
  assert.notEqual(statSync(copied.library).ino, statSync(projectLayout(original).library).ino);
  assert.ok(await readLibraryRows(copied), 'the same library bytes under a new stamp');
  assert.equal(await docsWithoutLibrary(copy, false), expected.plain);
  assert.equal(await docsWithoutLibrary(copy, true), expected.json);

  // The same reports in other bytes: only the library itself can tell.
  writeFileSync(copied.library, JSON.stringify(JSON.parse(readFileSync(copied.library, 'utf8')), null, 1));
  assert.equal(await readLibraryRows(copied), undefined);
  assert.equal(await readLibrarySummariesJson(copied), undefined);
  assert.equal(docs(copy).plain, expected.plain);
});

test('an empty project lists nothing, quietly, and makes no index folder for a listing', async () => {
  // A project whose only import added nothing, its index (a cache) since removed.
  const empty = tempDir();
  const sources = tempDir();
  writeFileSync(join(sources, 'empty.txt'), '');
  spawnSync(process.execPath, [qarinBin, 'import', sources, '--project', empty], { encoding: 'utf8' });
  rmSync(projectLayout(empty).index, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [qarinBin, 'docs', '--project', empty, '--lang', 'en'], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '');
  assert.match(result.stdout, /^0 documents\n$/);
  // A folder made for it could stop another process from saving its index (see writeLibraryListing).
  assert.equal(existsSync(projectLayout(empty).index), false);
  assert.equal(await readLibraryRows(projectLayout(empty)), undefined);
});
