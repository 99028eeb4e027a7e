import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseJsonInSlices } from '../../src-main/services/persistence/parseJsonInSlices';

const noPause = () => Promise.resolve();
const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Both parses, compared by their JSON (which keeps member order) and as values (which keeps -0 apart). */
async function assertParsesAsJsonDoes(text: string, sliceBytes: number): Promise<void> {
  const expected: unknown = JSON.parse(text);
  const actual = await parseJsonInSlices(utf8(text), { sliceBytes, pause: noPause });
  assert.equal(JSON.stringify(actual), JSON.stringify(expected));
  assert.deepStrictEqual(actual, expected);
}

/** Names that JSON.parse and plain assignment treat differently, and names V8 orders first. */
const memberName = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.constantFrom('__proto__', 'constructor', '0', '7', '"\\', 'حفتر'),
);
const jsonText = fc.tuple(
  fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.jsonValue({ maxDepth: 1 }),
      fc.string({ unit: 'grapheme' }),
      fc.array(tie('value'), { maxLength: 8 }),
      fc.dictionary(memberName, tie('value'), { maxKeys: 8 }),
    ),
  })).value,
  fc.constantFrom(undefined, 1, 2, '\t', ' \r\n'),
);

test('a JSON text parsed in slices gives the value JSON.parse gives, for any slice size', async () => {
  await fc.assert(
    fc.asyncProperty(jsonText, fc.integer({ min: 1, max: 64 }), async ([value, indent], sliceBytes) => {
      await assertParsesAsJsonDoes(JSON.stringify(value, null, indent), sliceBytes);
    }),
    { numRuns: 400 },
  );
});

test('repeated names keep their first place and last value, and "__proto__" stays a member', async () => {
  const text = '{"a":1,"__proto__":{"polluted":true},"b":[1,2,3],"a":{"x":"يب"},"2":0}';
  // Every slice size: members parsed one by one, in runs, and the whole object at once.
  for (let sliceBytes = 1; sliceBytes <= text.length; sliceBytes++) {
    await assertParsesAsJsonDoes(text, sliceBytes);
    const parsed = (await parseJsonInSlices(utf8(text), { sliceBytes, pause: noPause })) as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
    assert.deepEqual(Object.keys(parsed), ['2', 'a', '__proto__', 'b']);
  }
});

test('strings with escaped quotes and backslashes end where JSON says', async () => {
  await assertParsesAsJsonDoes(JSON.stringify({ list: ['a\\', '\\"', '"]}', '\\\\"x', 'نص "مقتبس"'] }), 2);
});

test('what JSON.parse refuses is refused, whatever the slices', async () => {
  const valid = JSON.stringify({
    data: {
      documents: [
        { id: 'a', title: 'عنوان' },
        { id: 'b', n: [1, 2.5e3, null] },
      ],
    },
  });
  const broken = fc.oneof(
    fc.integer({ min: 0, max: valid.length - 1 }).map((cut) => valid.slice(0, cut)),
    fc
      .tuple(
        fc.integer({ min: 0, max: valid.length - 1 }),
        fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'x', ' '),
      )
      .map(([at, inserted]) => valid.slice(0, at) + inserted + valid.slice(at)),
    fc.constantFrom(
      '',
      ' ',
      '[1}',
      '{"a" 1}',
      '{"a":1,}',
      '[1,]',
      '[1 2]',
      '1 2',
      '"a',
      '\ufeff{}',
      '{}x',
      'nul',
      '[01]',
    ),
  );
  await fc.assert(
    fc.asyncProperty(broken, fc.integer({ min: 1, max: 32 }), async (text, sliceBytes) => {
      let expected: unknown;
      try {
        expected = JSON.parse(text);
      } catch {
        await assert.rejects(parseJsonInSlices(utf8(text), { sliceBytes, pause: noPause }));
        return;
      }
      assert.deepStrictEqual(await parseJsonInSlices(utf8(text), { sliceBytes, pause: noPause }), expected);
    }),
    { numRuns: 2000 },
  );
});

test('the event loop turns between slices, about once a slice', async () => {
  const documents = Array.from({ length: 2000 }, (_, n) => ({ id: `doc-${n}`, title: `تقرير رقم ${n}`, words: n }));
  const text = JSON.stringify({ schemaVersion: 1, data: { documents } });
  let pauses = 0;
  const parsed = await parseJsonInSlices(utf8(text), {
    sliceBytes: 4096,
    pause: () => {
      pauses++;
      return Promise.resolve();
    },
  });
  assert.deepStrictEqual(parsed, JSON.parse(text));
  const slices = Buffer.byteLength(text) / 4096;
  assert.ok(pauses >= slices * 0.8 && pauses <= slices * 1.2, `${pauses} pauses for ${slices.toFixed(0)} slices`);
});
