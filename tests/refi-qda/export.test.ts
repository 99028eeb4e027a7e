import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSeedProject } from '../annotations-service/support/annotatedProject';
import { annotateSamples, PASSAGES } from '../annotations-service/support/sampleAnnotations';
import { exportQdpx, validateProjectXml, xmllintSkip } from './support/qdpxFiles';

test('a project with no highlights still exports every report as a source', async () => {
  const project = await openSeedProject();
  try {
    const { zip, projectXml } = await exportQdpx(project.workbench.handlers);
    const sources = Object.keys(zip.files).filter((name) => /^sources\/.+\.txt$/.test(name));
    assert.equal(sources.length, 5);
    assert.equal((projectXml.match(/<TextSource /g) ?? []).length, 5);
    const texts = await Promise.all(sources.map((name) => zip.file(name)!.async('string')));
    assert.ok(texts.includes(await project.text(project.docIds['003'])));
  } finally {
    await project.close();
  }
});

test(
  'the seed project with codes, highlights, notes and memos exports a schema-valid project.qde',
  { skip: xmllintSkip },
  async () => {
    const project = await openSeedProject();
    try {
      const { handlers } = project.workbench;
      const { codes } = await annotateSamples(project);
      const { zip, projectXml } = await exportQdpx(handlers);
      const verdict = validateProjectXml(projectXml);
      assert.equal(verdict.status, 0, verdict.stderr);
      assert.equal(Object.keys(zip.files).filter((name) => /^sources\/.+\.txt$/.test(name)).length, 5);
      assert.match(
        projectXml,
        new RegExp(
          `<Code guid="[^"]+" name="فاعلون" isCodable="true" color="${codes.actors.color}">\\s*<Description>من يظهر في التقارير</Description>\\s*<Code [^>]*name="ألقاب عسكرية"`,
        ),
      );
      assert.equal((projectXml.match(/<PlainTextSelection /g) ?? []).length, 4);
      assert.match(projectXml, new RegExp(`<PlainTextSelection [^>]*name="${PASSAGES.haftar}"`));
      assert.match(projectXml, /<Note [^>]*name="الألقاب بين التقارير"/);
      const note =
        /<PlainTextSelection [^>]*name="الفريق أول خالد خليفة حفتر"[^]*?<NoteRef targetGUID="([^"]+)"\/>/.exec(
          projectXml,
        );
      assert.ok(note, 'the highlight refers to its note');
      assert.match(projectXml, new RegExp(`<Note guid="${note[1]}"[^>]*><PlainTextContent>لقب \\*\\*الفريق أول\\*\\*`));
      assert.match(projectXml, /<PlainTextContent>تقرير فيه \*\*كلمة مشوهة\*\*.<\/PlainTextContent>/);
    } finally {
      await project.close();
    }
  },
);
