import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { openEarlyAnswers } from '../../src-main/services/earlyAnswers';
import type { LibraryListing, LibraryRow } from '../../src-main/services/project/libraryListing';
import { listingPages } from '../../src-main/services/project/listingPages';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import type { Workbench } from '../../src-main/services/workbench';
import { workbenchWhenOpen } from '../../src-main/services/workbenchWhenOpen';
import { fillerText } from '../helpers/fillerText';
import { qarin } from '../helpers/runQarin';
import { tempDir } from '../helpers/tempDir';
import { withWorkbench } from '../helpers/withWorkbench';

const LIMIT = { timeout: 60_000 };
const REPORTS = 240;

/**
 * A project whose reports tie often on date and title, the two keys of the date sort, so that
 * pages end inside runs of ties; a few have no date, which the date sort puts last (first,
 * descending).
 */
function projectOfTies(): string {
  const folder = tempDir();
  const lines = Array.from({ length: REPORTS }, (_, n) => {
    const fields: Record<string, string> = { title: `خبر ${n % 3}`, text: fillerText(n, 40), source: `مصدر ${n % 5}` };
    if (n % 11 !== 0) fields.date = `2024-0${1 + (n % 4)}-1${n % 2}`;
    return JSON.stringify(fields);
  });
  writeFileSync(join(folder, 'reports.jsonl'), `${lines.join('\n')}\n`);
  const project = tempDir();
  const imported = qarin(['import', folder, '--project', project]);
  assert.equal(imported.code, 0, imported.stderr);
  return project;
}

const project = projectOfTies();
const neverOpens = new Promise<Workbench>(() => undefined);

/** The pages the first screen and a user scrolling ask for, by date either way, and a few others. */
const PAGES = [true, false].flatMap((descending) =>
  [
    [0, 200],
    [0, 7],
    [7, 13],
    [20, 20],
    [40, 100],
    [200, 200],
    [REPORTS - 3, 10],
    [REPORTS + 5, 10],
  ].map(([offset, limit]) => ({ sort: 'date' as const, descending, offset: offset!, limit: limit! })),
);
const OTHERS = [
  { sort: 'date' as const, descending: true, offset: 0, limit: 50, title: 'خبر 1' },
  { sort: 'date' as const, descending: true, offset: 0, limit: 50, sources: ['مصدر 2'] },
  { sort: 'source' as const, descending: true, offset: 10, limit: 50 },
];

test(
  'pages of the library by date are read from an end of the listing exactly as the project lists them',
  LIMIT,
  async () => {
    const early = workbenchWhenOpen(project, neverOpens, openEarlyAnswers(project));
    const answered: unknown[] = [];
    for (const page of [...PAGES, ...OTHERS]) answered.push(await invoke(early.handlers, 'library.list', page));
    await withWorkbench(project, async (workbench) => {
      for (const [at, page] of [...PAGES, ...OTHERS].entries()) {
        assert.deepEqual(answered[at], await invoke(workbench.handlers, 'library.list', page), JSON.stringify(page));
      }
    });
  },
);

test('the first page by date decodes only the rows at its end of the listing', LIMIT, async () => {
  const layout = projectLayout(project);
  const file = join(layout.index, 'library-listing.jsonl');
  const bytes = readFileSync(file);
  const rowsAt = bytes.indexOf(10) + 1;
  /** The listing with the row at `position` spoiled in place, its length kept. */
  const rowSpoiled = (position: number) => {
    let at = rowsAt;
    for (let row = 0; row < position; row++) at = bytes.indexOf(10, at) + 1;
    return Buffer.concat([bytes.subarray(0, at), Buffer.from('!'), bytes.subarray(at + 1)]);
  };
  const firstPage = { sort: 'date', descending: true, offset: 0, limit: 20 } as const;
  const expected = await withWorkbench(project, (workbench) => invoke(workbench.handlers, 'library.list', firstPage));
  const listFirstPage = async () => {
    const early = await openEarlyAnswers(project);
    try {
      return (await early.answer('library.list', firstPage))?.answer;
    } finally {
      await early.close();
    }
  };
  try {
    writeFileSync(file, rowSpoiled(REPORTS / 2));
    assert.deepEqual(await listFirstPage(), expected, 'a row far from the page is not decoded');
    writeFileSync(file, rowSpoiled(REPORTS - 1));
    assert.equal(await listFirstPage(), undefined, 'a row of the page is, and the project lists the library');
  } finally {
    writeFileSync(file, bytes);
  }
});

test("a listing in another runtime's order has its pages sorted here, not read from its ends", () => {
  /** Rows of one day whose titles this runtime orders one way and the listing's writer, say, the other. */
  const rows: LibraryRow[] = ['أ', 'ب', 'ت', 'ث'].map((title, at) => ({
    id: `r${at}`,
    title,
    date: '2024-01-01',
    wordCount: 10,
    warningCount: 0,
  }));
  const written = [...rows].reverse();
  const listingOf = (inOrderHere: boolean): LibraryListing => ({
    facets: { sources: [], categories: [] },
    count: written.length,
    inOrderHere,
    row: (position) => written[position]!,
    rows: () => written,
    positionOf: (id) => written.findIndex((row) => row.id === id),
    summaries: async () => [],
    close: async () => undefined,
  });
  const firstPage = { sort: 'date' as const, descending: false, offset: 0, limit: 2 };
  const titlesOf = (listing: LibraryListing) =>
    listingPages(listing)(firstPage).positions.map((position) => written[position]!.title);
  assert.deepEqual(titlesOf(listingOf(false)), ['أ', 'ب'], 'sorted here');
  assert.deepEqual(titlesOf(listingOf(true)), ['ث', 'ت'], 'in order here, its first rows are the page');
});

test(
  "project.info from a listing written in another runtime's collation gives the facets in this one's order",
  LIMIT,
  async () => {
    const file = join(projectLayout(project).index, 'library-listing.jsonl');
    const bytes = readFileSync(file);
    const end = bytes.indexOf(10);
    const header = JSON.parse(bytes.toString('utf8', 0, end));
    assert.ok(header.facets.sources.length > 1);
    const expected = await withWorkbench(project, (workbench) => invoke(workbench.handlers, 'project.info', {}));
    // Its names in an order this runtime's collator does not give, as another's might.
    const other = { ...header, collation: 'ar; icu 0.0; unicode 0.0' };
    other.facets = { ...header.facets, sources: [...header.facets.sources].reverse() };
    try {
      writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(other)), bytes.subarray(end)]));
      const early = workbenchWhenOpen(project, neverOpens, openEarlyAnswers(project));
      assert.deepEqual(await invoke(early.handlers, 'project.info', {}), expected);
    } finally {
      writeFileSync(file, bytes);
    }
  },
);
