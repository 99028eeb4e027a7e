import { test } from 'node:test';
import assert from 'node:assert/strict';
import { invoke, type ApiHandlers } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import type { Workbench } from '../../src-main/services/workbench';
import { tempDir } from '../helpers/tempDir';
import { writeQdpx } from './support/qdpxFiles';
import {
  CODEBOOK,
  CODE_ACTORS,
  SOURCE_GUID,
  codePointsBefore,
  projectXml,
  selection,
  textSource,
} from './support/foreignProject';

const PASSAGE = 'الفريق أول خالد حفتر';

async function withProject(run: (handlers: ApiHandlers) => Promise<void>) {
  const workbench: Workbench = await openWorkbench({ projectDir: tempDir('qarin-foreign-project-') });
  try {
    await run(workbench.handlers);
  } finally {
    await workbench.close();
  }
}

async function quotes(handlers: ApiHandlers) {
  const { items } = await invoke(handlers, 'annotations.list', {});
  return items.map((item) => item.target.quote.exact);
}

test('capital Sources/, a BOM, an emoji, upper-case GUIDs, a PDF source and a Set', async () => {
  const text = `🙂 خبر عاجل: ${PASSAGE} في بنغازي.`;
  const start = codePointsBefore(text, PASSAGE);
  const body =
    CODEBOOK +
    `<Sources>${textSource(
      selection('D1000000-0000-4000-8000-000000000001', PASSAGE, start, start + Array.from(PASSAGE).length).replace(
        '</PlainTextSelection>',
        '<NoteRef targetGUID="A9000000-0000-4000-8000-000000000001"/></PlainTextSelection>',
      ),
    )}` +
    `<PDFSource guid="E1000000-0000-4000-8000-000000000001" name="scan.pdf" path="internal://scan.pdf"/></Sources>` +
    `<Notes><Note guid="A9000000-0000-4000-8000-000000000001" name="comment"><PlainTextContent>لقب رسمي</PlainTextContent></Note></Notes>` +
    `<Sets><Set guid="F1000000-0000-4000-8000-000000000001" name="عسكريون"><MemberCode targetGUID="${CODE_ACTORS}"/></Set></Sets>`;
  const path = await writeQdpx({ 'project.qde': projectXml(body), [`Sources/${SOURCE_GUID}.txt`]: `\uFEFF${text}` });
  await withProject(async (handlers) => {
    const result = await invoke(handlers, 'project.importQdpx', { path });
    assert.equal(result.reportsAdded, 1);
    assert.deepEqual(result.skippedSources, ['scan.pdf']);
    assert.equal(result.codesCreated, 2);
    assert.deepEqual(await quotes(handlers), [PASSAGE]);
    const [highlight] = (await invoke(handlers, 'annotations.list', {})).items;
    assert.equal(highlight!.note, 'لقب رسمي', "a note only this selection refers to is the highlight's note");
    const { items } = await invoke(handlers, 'library.list', {});
    const detail = await invoke(handlers, 'document.get', { id: items[0]!.id });
    assert.equal(detail.title, 'تقرير أجنبي');
    assert.equal(detail.text, text, 'the byte-order mark is not part of the text');
    const { codes } = await invoke(handlers, 'codes.list', {});
    const actors = codes.find((code) => code.name === 'Actors')!;
    assert.equal(actors.color, '#ff0000');
    assert.equal(actors.description, 'who acts');
    assert.equal(codes.find((code) => code.name === 'ضباط')!.parentId, actors.id);
    const { memos } = await invoke(handlers, 'memos.list', {});
    assert.deepEqual(
      memos.map((memo) => [memo.title, memo.body]),
      [['عسكريون', '- Actors']],
    );
  });
});

for (const reading of ['crlf-as-two', 'crlf-as-one'] as const) {
  test(`CRLF line ends counted ${reading === 'crlf-as-two' ? 'as two positions' : 'as one'} are detected by the selection names`, async () => {
    const lfText = `سطر أول\nسطر ثان\nوقال ${PASSAGE} أمس\nسطر أخير`;
    const crlfText = lfText.replace(/\n/g, '\r\n');
    const counted = reading === 'crlf-as-two' ? crlfText : lfText;
    const start = codePointsBefore(counted, PASSAGE);
    const body =
      CODEBOOK +
      `<Sources>${textSource(selection('D2000000-0000-4000-8000-000000000001', PASSAGE, start, start + PASSAGE.length))}</Sources>`;
    const path = await writeQdpx({
      'project.qde': projectXml(body),
      [`sources/${SOURCE_GUID.toLowerCase()}.txt`]: crlfText,
    });
    await withProject(async (handlers) => {
      const result = await invoke(handlers, 'project.importQdpx', { path });
      assert.deepEqual(result.lineEnds, [{ source: 'تقرير أجنبي', reading }]);
      assert.deepEqual(await quotes(handlers), [PASSAGE]);
      const { items } = await invoke(handlers, 'library.list', {});
      assert.equal((await invoke(handlers, 'document.get', { id: items[0]!.id })).text, lfText);
    });
  });
}

test('a codebook-only project brings its codes and no reports', async () => {
  const path = await writeQdpx({ 'project.qde': projectXml(CODEBOOK) });
  await withProject(async (handlers) => {
    const result = await invoke(handlers, 'project.importQdpx', { path });
    assert.equal(result.reportsAdded, 0);
    assert.equal(result.codesCreated, 2);
    assert.deepEqual((await invoke(handlers, 'codes.list', {})).codes.map((code) => code.name).sort(), [
      'Actors',
      'ضباط',
    ]);
  });
});
