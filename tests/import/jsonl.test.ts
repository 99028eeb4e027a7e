import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../src-main/core/import/parseFile';
import { FixtureFolder, utf8 } from './importFixtures';

const folder = new FixtureFolder();
after(() => folder.remove());

async function importJsonl(lines: string[], name = 'reports.jsonl') {
  const file = folder.write(name, utf8(lines.join('\r\n')));
  return { path: file.path, ...(await parseFile(file.path, file.bytes)) };
}

describe('JSON Lines import', () => {
  it('reads one report a line with its metadata, keyed by id', async () => {
    const { documents, errors } = await importJsonl([
      JSON.stringify({
        id: 'lby-1',
        text: 'جمع الاجتماع قيادات من الشرق والغرب.\r\nوقال المتحدث إن الحوار مستمر.',
        title: 'اجتماع سرت',
        source: 'ليبيا 24',
        date: '2025-10-02',
        url: 'https://example.ly/1',
      }),
    ]);
    assert.deepEqual(errors, []);
    assert.deepEqual(documents, [
      {
        key: 'lby-1',
        text: 'جمع الاجتماع قيادات من الشرق والغرب.\nوقال المتحدث إن الحوار مستمر.',
        meta: {
          title: 'اجتماع سرت',
          source: 'ليبيا 24',
          date: '2025-10-02',
          url: 'https://example.ly/1',
          externalId: 'lby-1',
        },
        format: 'jsonl',
        encoding: 'utf-8',
      },
    ]);
  });

  it('keys a report without id by its line number and titles it with its first line', async () => {
    const { documents } = await importJsonl(['', JSON.stringify({ text: 'سطر أول\nسطر ثان' })]);
    assert.equal(documents[0]!.key, '2');
    assert.equal(documents[0]!.meta.title, 'سطر أول');
  });

  it('turns each bad line into an error naming its line number, and imports the rest', async () => {
    const { path, documents, errors } = await importJsonl([
      JSON.stringify({ id: 1, text: 'خبر أول' }),
      '{"id": 2, "text": "خبر مكسور"',
      JSON.stringify({ id: 3, title: 'بلا نص' }),
      JSON.stringify({ id: 4, text: 42 }),
      JSON.stringify(['مصفوفة']),
      JSON.stringify({ id: 6, text: '   ' }),
      JSON.stringify({ id: 7, text: 'خبر', title: ['ليس نصا'] }),
      JSON.stringify({ id: 1, text: 'معرف مكرر' }),
      JSON.stringify({ id: 9, text: 'خبر أخير', date: 'Tue, 22 May 2018 20:28:19 GMT' }),
    ]);
    assert.deepEqual(
      documents.map((document) => [document.key, document.meta.date]),
      [
        ['1', undefined],
        ['9', '2018-05-22T20:28:19Z'],
      ],
    );
    assert.equal(errors.length, 7);
    assert.ok(errors.every((error) => error.path === path));
    const reasons = errors.map((error) => error.reason.en);
    assert.match(reasons[0]!, /^line 2: not valid JSON \(/);
    assert.deepEqual(reasons.slice(1), [
      'line 3: no "text" field',
      'line 4: "text" must be a string, found a number',
      'line 5: expected a JSON object, found an array',
      'line 6: "text" is empty',
      'line 7: "title" must be a string, found an array',
      'line 8: id "1" is used by an earlier line',
    ]);
  });
});
