import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRefiQdaProject, RefiQdaParseError } from '../../src-main/core/refiQda/parseRefiQdaProject';

test('project.qde that is not well-formed is refused, naming the fault and where it is', () => {
  const faults: [string, RegExp][] = [
    ['', /not well-formed XML: .*root element/],
    ['<Project name="p"><Sources>', /not well-formed XML: line 1, column \d+: unclosed tag/],
    ['<Project><Sources></Source></Project>', /not well-formed XML: line 1, column \d+: unexpected close tag/],
    ['<Project name=p/>', /not well-formed XML: line 1, column \d+: unquoted attribute value/],
    ['<Project>&nbsp;</Project>', /not well-formed XML: line 1, column \d+: undefined entity/],
    ['<Project/><Project/>', /not well-formed XML: line 1, column \d+: documents may contain only one root/],
    ['<Project/>\nstray text', /not well-formed XML: line 2, column \d+: text data outside of root node/],
    ['<CodeBook/>', /no <Project> root element \(found <CodeBook>\)/],
  ];
  for (const [xml, problem] of faults) {
    assert.throws(
      () => parseRefiQdaProject(xml),
      (error: unknown) => error instanceof RefiQdaParseError && problem.test(error.message),
      JSON.stringify(xml),
    );
  }
});

test('text is read as a DOM would give it: entities, CDATA, nested elements, line ends normalized', () => {
  const project = parseRefiQdaProject(
    '<?xml version="1.0" encoding="UTF-8"?>\r\n<Project name="p" origin="Qarin"><Sources>' +
      '<TextSource guid="S1" name="أ &amp; ب"><PlainTextContent>سطر\r\nثانٍ &lt;<![CDATA[<خام>]]><b>غامق</b></PlainTextContent>' +
      '<Description>وصف</Description><NoteRef targetGUID="N1"/></TextSource>' +
      '<PDFSource guid="P1" name="ملف.pdf"/></Sources>' +
      '<Notes><Note guid="N1" name="ملاحظة" creationDateTime="2024-01-02T03:04:05Z"><PlainTextContent>نص</PlainTextContent></Note></Notes>' +
      '</Project>',
  );
  assert.equal(project.origin, 'Qarin');
  assert.deepEqual(project.textSources, [
    {
      guid: 's1',
      name: 'أ & ب',
      selections: [],
      noteGuids: ['n1'],
      plainTextContent: 'سطر\nثانٍ <<خام>غامق',
      description: 'وصف',
    },
  ]);
  assert.deepEqual(project.skippedSources, ['ملف.pdf']);
  assert.deepEqual(project.notes, [{ guid: 'n1', name: 'ملاحظة', text: 'نص', created: '2024-01-02T03:04:05.000Z' }]);
});
