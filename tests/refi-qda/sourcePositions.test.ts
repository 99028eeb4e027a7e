import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRefiQdaProject, RefiQdaParseError } from '../../src-main/core/refiQda/parseRefiQdaProject';
import type { QdaSelection } from '../../src-main/core/refiQda/refiQdaModel';
import { placeSelections } from '../../src-main/core/refiQda/sourcePositions';

const select = (guid: string, start: number, end: number, name?: string): QdaSelection => ({
  guid,
  start,
  end,
  codeGuids: [],
  noteGuids: [],
  ...(name !== undefined ? { name } : {}),
});

test('code points become UTF-16 offsets past an emoji, and a BOM is not a position', () => {
  const placed = placeSelections('\uFEFF😀 سلام', [select('a', 2, 6, 'سلام')]);
  assert.equal(placed.text, '😀 سلام');
  assert.deepEqual(placed.ranges.get('a'), { start: 3, end: 7 });
  assert.equal(placed.reading, undefined);
});

test('CR LF: the reading that keeps selections inside, else the one whose quotes match their names; the rest reported', () => {
  const raw = 'أ\r\nب\r\nج';
  const asTwo = placeSelections(raw, [select('a', 6, 7)]);
  assert.equal(asTwo.reading, 'crlf-as-two');
  assert.equal(asTwo.text.slice(asTwo.ranges.get('a')!.start, asTwo.ranges.get('a')!.end), 'ج');
  const named = placeSelections(raw, [select('a', 4, 5, 'ج')]);
  assert.equal(named.reading, 'crlf-as-one');
  const beyond = placeSelections(raw, [select('a', 2, 9)]);
  assert.deepEqual(
    beyond.outside.map((selection) => selection.guid),
    ['a'],
    'reported, not shifted',
  );
  assert.equal(beyond.ranges.size, 0);
});

test('project.qde is read by local name, GUIDs lower-cased, and a bad position is refused', () => {
  const project = parseRefiQdaProject(
    '<q:Project xmlns:q="urn:QDA-XML:project:1.0" name="p"><q:CodeBook><q:Codes><q:Code guid="ABC" name="x" isCodable="true"/>' +
      '</q:Codes></q:CodeBook></q:Project>',
  );
  assert.deepEqual(project.codes, [{ guid: 'abc', name: 'x' }]);
  assert.throws(
    () =>
      parseRefiQdaProject(
        '<Project><Sources><TextSource guid="S" name="s"><PlainTextSelection guid="X" startPosition="-1" endPosition="2"/></TextSource></Sources></Project>',
      ),
    (error: unknown) => error instanceof RefiQdaParseError && /selection x has startPosition="-1"/.test(error.message),
  );
});
