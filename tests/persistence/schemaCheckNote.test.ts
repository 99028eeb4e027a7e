import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DurableJsonStore } from '../../src-main/services/persistence/DurableJsonStore';
import { StoreError } from '../../src-main/services/persistence/StoreError';
import { notesSchema, type Notes } from './fixtures/notesStore';
import { temporaryFolder } from './fixtures/temporaryFolder';

/**
 * The notes schema, counting how often a store asks it to check data holding notes: every file
 * here holds some, while the store also checks its empty defaults on each opening.
 */
function countingSchema(): { schema: typeof notesSchema; checks: () => number } {
  let checks = 0;
  const schema = notesSchema.clone();
  const safeParse = schema.safeParse.bind(schema);
  schema.safeParse = ((data: unknown, params?: Parameters<typeof safeParse>[1]) => {
    if ((data as Partial<Notes>).notes?.length) checks += 1;
    return safeParse(data, params);
  }) as typeof schema.safeParse;
  return { schema, checks: () => checks };
}

function notedStore(folder: string, schema: z.ZodType<Notes> = notesSchema): DurableJsonStore<Notes> {
  return new DurableJsonStore<Notes>({
    path: join(folder, 'notes.json'),
    schema,
    schemaVersion: 1,
    defaults: () => ({ notes: [] }),
    schemaCheckNotePath: join(folder, '.notes.json.checked'),
  });
}

const validFile = JSON.stringify({ schemaVersion: 1, data: { notes: [{ id: 'a', text: 'حفتر' }] } });

async function openError(store: DurableJsonStore<Notes>): Promise<StoreError> {
  const error = await store.open().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof StoreError, `expected a StoreError, got ${String(error)}`);
  return error;
}

test('a store text the schema accepted opens again unchecked while it is unchanged', async () => {
  const folder = await temporaryFolder();
  await writeFile(join(folder, 'notes.json'), validFile);
  const first = countingSchema();
  const opened = notedStore(folder, first.schema);
  await opened.open();
  assert.equal(first.checks(), 1, 'the first opening checks the text');

  const again = countingSchema();
  const reopened = notedStore(folder, again.schema);
  await reopened.open();
  assert.equal(again.checks(), 0, 'the same text, already accepted, is not checked again');
  assert.deepEqual(reopened.data, { notes: [{ id: 'a', text: 'حفتر' }] });
});

test('a text this store saved opens unchecked, since the schema accepted it before saving', async () => {
  const folder = await temporaryFolder();
  const store = notedStore(folder);
  await store.open();
  await store.update((draft) => {
    draft.notes.push({ id: 'b', text: 'الهدنة' });
  });
  const counted = countingSchema();
  const reopened = notedStore(folder, counted.schema);
  await reopened.open();
  assert.equal(counted.checks(), 0);
  assert.deepEqual(reopened.data, { notes: [{ id: 'b', text: 'الهدنة' }] });
});

test('a file edited after it was accepted is checked in full and refused, naming the file and field', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  await writeFile(path, validFile);
  await notedStore(folder).open();
  await writeFile(path, JSON.stringify({ schemaVersion: 1, data: { notes: [{ id: 'a', text: 7 }] } }));
  const error = await openError(notedStore(folder));
  assert.equal(error.kind, 'invalid');
  assert.match(error.message, /notes\.json/);
  assert.match(error.message, /notes\[0\]\.text/);
});

test('a note made against a schema of another shape vouches for nothing', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  const loose = z.object({ notes: z.array(z.object({ id: z.string(), text: z.unknown() })) }) as z.ZodType<Notes>;
  await writeFile(path, JSON.stringify({ schemaVersion: 1, data: { notes: [{ id: 'a', text: 7 }] } }));
  await notedStore(folder, loose).open();
  const error = await openError(notedStore(folder));
  assert.equal(error.kind, 'invalid');
  assert.match(error.message, /notes\[0\]\.text/);
});

test('a damaged or missing note only costs a full check', async () => {
  const folder = await temporaryFolder();
  const notePath = join(folder, '.notes.json.checked');
  await writeFile(join(folder, 'notes.json'), validFile);
  await notedStore(folder).open();
  const noted = await readFile(notePath, 'utf8');
  assert.match(noted, /"sha256":"[0-9a-f]{64}"/);

  await writeFile(notePath, '{"sha256": 12');
  const counted = countingSchema();
  const reopened = notedStore(folder, counted.schema);
  await reopened.open();
  assert.equal(counted.checks(), 1);
  assert.equal(await readFile(notePath, 'utf8'), noted, 'the full check notes the text again');
});

test('a compact store, written in pieces as it is made, opens unchecked after updates that overlap', async () => {
  const folder = await temporaryFolder();
  const compact = (schema: z.ZodType<Notes> = notesSchema) =>
    new DurableJsonStore<Notes>({
      path: join(folder, 'library.json'),
      schema,
      schemaVersion: 1,
      defaults: () => ({ notes: [] }),
      prettyPrint: false,
      schemaCheckNotePath: join(folder, '.library.json.checked'),
    });
  const store = compact();
  await store.open();
  const many = Array.from({ length: 3_000 }, (_, at) => ({ id: `n${at}`, text: `ملاحظة ${at} عن الهدنة` }));
  // Not awaited one by one: the later saves are merged, and only the last text reaches the file.
  await Promise.all(
    [1_000, 2_000, 3_000].map((count) =>
      store.update((draft) => {
        draft.notes = many.slice(0, count);
      }),
    ),
  );
  const text = await readFile(join(folder, 'library.json'), 'utf8');
  const envelope = JSON.parse(text) as { savedAt: string };
  assert.equal(text, JSON.stringify({ schemaVersion: 1, savedAt: envelope.savedAt, data: { notes: many } }));
  const counted = countingSchema();
  const reopened = compact(counted.schema);
  await reopened.open();
  assert.equal(counted.checks(), 0, 'the note vouches for the text on disk');
  assert.equal(reopened.data.notes.length, 3_000);
});
