import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledFactLexicons, gazetteerAttribution } from '../../src-main/core/compare/facts/bundledFactLexicons';
import { createFactExtractor } from '../../src-main/core/compare/facts/createFactExtractor';
import { extractFacts } from '../../src-main/core/compare/facts/extractFacts';
import { extendFactLexicons } from '../../src-main/core/compare/facts/factLexicons';
import { parseFactLexiconAdditions } from '../../src-main/core/compare/facts/factLexiconAdditionsSchema';
import type { FactRow } from '../../src-main/core/compare/facts/factTypes';
import { assertCellsPointIntoTexts, cellTexts } from './factAssertions';
import { factDocument } from './factDocuments';

function rows(kind: FactRow['kind'], ...texts: string[]): FactRow[] {
  const documents = texts.map((text, index) => factDocument(`r${index + 1}`, text));
  const found = extractFacts(documents, []).filter((row) => row.kind === kind);
  assertCellsPointIntoTexts(found, documents);
  return found;
}

describe('the bundled gazetteer', () => {
  it('holds countries with their Arabic names, capitals, Libyan towns and institutions, with attribution', () => {
    const names = new Set(bundledFactLexicons.places.map((place) => place.name));
    const expected = ['ليبيا', 'مصر', 'القاهرة', 'طرابلس', 'بنغازي', 'مصراتة', 'سبها'];
    expected.push('بعثة الأمم المتحدة', 'مجلس الأمن');
    for (const name of expected) {
      assert.ok(names.has(name), `the gazetteer has «${name}»`);
    }
    assert.match(gazetteerAttribution, /GeoNames/);
    assert.match(gazetteerAttribution, /ODbL/);
  });

  it('finds places behind proclitics and spans only the name', () => {
    const found = rows('place', 'وصل الوفد بطرابلس قادما من القاهرة، ثم عاد لليبيا والجزائر.');
    assert.deepEqual(
      found.map((row) => cellTexts(row)[0]),
      ['r1: طرابلس', 'r1: القاهرة', 'r1: ليبيا', 'r1: الجزائر'],
    );
  });

  it("reports a country's official and common names in one row", () => {
    const found = rows('place', 'زار الوفد المملكة العربية السعودية.', 'زار الوفد السعودية.');
    assert.deepEqual(
      found.map((row) => [row.label, row.disagree]),
      [['السعودية', false]],
    );
  });

  it('does not read everyday words that are also town names as places', () => {
    assert.deepEqual(rows('place', 'افتتحت جامعة جديدة في الحي الجديد.'), []);
  });
});

describe('people with titles', () => {
  it('reads titles behind proclitics and leaves the proclitic out of the cell', () => {
    const found = rows('person', 'حضر اللواء سالم جحا والعميد أحمد المسماري.');
    assert.deepEqual(
      found.map((row) => cellTexts(row)),
      [['r1: اللواء سالم جحا'], ['r1: العميد أحمد المسماري']],
    );
  });

  it('reads a role with describing words before the name, but not a role followed by a department', () => {
    const found = rows('person', 'التقى المبعوث الأممي غسان سلامة رئيس الأركان العامة في المنطقة الغربية.');
    assert.deepEqual(
      found.map((row) => cellTexts(row)),
      [['r1: المبعوث الأممي غسان سلامة']],
    );
  });

  it('counts a report that names the person without a title as not silent', () => {
    const found = rows('person', 'استقبل الفريق أول خالد حفتر الوفد.', 'وقال حفتر إن الاتفاق نهائي.');
    assert.deepEqual(
      found.map((row) => [cellTexts(row), row.disagree]),
      [[['r1: الفريق أول خالد حفتر', 'r2: حفتر'], false]],
    );
  });

  it('marks a person only one report names', () => {
    const found = rows('person', 'استقبل اللواء خالد المحجوب الوفد.', 'استقبل مسؤول الإعلام الوفد.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.disagree, true);
  });
});

describe('user additions to the lexicons', () => {
  const extract = createFactExtractor(
    extendFactLexicons(bundledFactLexicons, {
      titles: [{ text: 'الحاج', kind: 'rank' }],
      places: [{ name: 'قصر بن غشير', kind: 'city', country: 'LY' }],
      framing: [
        { id: 'death', label: 'ignored for a known set', members: [{ label: 'راح ضحية', forms: ['راح ضحية'] }] },
      ],
      speechVerbs: ['زعم'],
    }),
  );
  const first = factDocument(
    'a',
    'قُتل الحاج مفتاح بوعزة في قصر بن غشير. وزعم الحاج مفتاح بوعزة: «لن نتراجع عن مطالبنا أبدا».',
  );
  const second = factDocument('b', 'راح ضحية القصف الحاج مفتاح بوعزة في قصر بن غشير.');
  const documents = [first, second];
  const aligned = [
    [
      { docId: 'a', start: 0, end: first.text.indexOf('.') + 1 },
      { docId: 'b', start: 0, end: second.text.length },
    ],
  ];
  const found = extract(documents, aligned);

  it('uses the added titles, places, speech verbs and framing members', () => {
    assertCellsPointIntoTexts(found, documents);
    const byKind = (kind: FactRow['kind']) =>
      found.filter((row) => row.kind === kind).map((row) => [row.label, cellTexts(row)]);
    assert.deepEqual(byKind('person'), [['مفتاح بوعزة', ['a: الحاج مفتاح بوعزة', 'b: الحاج مفتاح بوعزة']]]);
    assert.deepEqual(byKind('place'), [['قصر بن غشير', ['a: قصر بن غشير', 'b: قصر بن غشير']]]);
    assert.deepEqual(byKind('quote'), [['الحاج مفتاح بوعزة', ['a: «لن نتراجع عن مطالبنا أبدا»']]]);
    assert.deepEqual(byKind('wording'), [['قُتل / استُشهد / لقي حتفه', ['a: قُتل', 'b: راح ضحية']]]);
  });

  it('leaves the bundled extractor unchanged', () => {
    assert.ok(!extractFacts(documents, aligned).some((row) => row.kind === 'place' && row.label === 'قصر بن غشير'));
    const death = bundledFactLexicons.framing.find((set) => set.id === 'death')!;
    assert.ok(!death.members.some((member) => member.label === 'راح ضحية'));
  });
});

describe('titles that are not people', () => {
  it('takes a role or an everyday-word title for a person only before a given name', () => {
    const text = 'أشاد الرئيس السابق لبعثة منظمة حظر الأسلحة بالتقرير، وفاز الفريق الوطني بالمباراة.';
    assert.deepEqual(rows('person', text), []);
    assert.deepEqual(
      rows('person', 'وقال الفريق محمد الحداد إن الهدنة صامدة.').map((row) => cellTexts(row)),
      [['r1: الفريق محمد الحداد']],
    );
  });

  it("cuts a name that runs on into the next word where another report's whole name ends", () => {
    const found = rows(
      'person',
      'التقى الأمير محمد بن سلمان قادة الدول.',
      'وقال الأمير محمد بن سلمان، إن الاتفاق نهائي.',
    );
    assert.deepEqual(
      found.map((row) => [row.label, cellTexts(row)]),
      [['محمد بن سلمان', ['r1: الأمير محمد بن سلمان', 'r2: الأمير محمد بن سلمان']]],
    );
  });
});

describe('reports with little to read', () => {
  it('gives no rows and no error for empty reports, reports without sentence spans, and unknown aligned ids', () => {
    const empty = { id: 'e', text: '', sentences: [], boilerplate: [] };
    const text = 'قال اللواء خالد المحجوب: «الاجتماع كان ناجحا جدا».';
    const unsplit = { id: 'u', text, sentences: [], boilerplate: [] };
    const aligned = [
      [
        { docId: 'missing', start: 0, end: 5 },
        { docId: 'u', start: 0, end: 10 },
      ],
    ];
    const found = extractFacts([empty, unsplit], aligned);
    assertCellsPointIntoTexts(found, [empty, unsplit]);
    assert.deepEqual(
      found.map((row) => [row.kind, row.label, row.disagree]),
      [
        ['person', 'خالد المحجوب', true],
        ['quote', 'اللواء خالد المحجوب', true],
      ],
    );
  });
});

describe('user additions read from a file', () => {
  it("accepts additions in the bundled files' shapes and names the bad value otherwise", () => {
    const given = { titles: [{ text: 'الحاج', kind: 'rank' }], givenNames: ['مفتاح'] };
    const additions = parseFactLexiconAdditions(given, 'facts.json');
    assert.deepEqual(additions.titles, [{ text: 'الحاج', kind: 'rank' }]);
    const badKind = { titles: [{ text: 'الحاج', kind: 'general' }] };
    assert.throws(() => parseFactLexiconAdditions(badKind, 'facts.json'), /^Error: facts\.json: titles\.0\.kind: /);
    assert.throws(() => parseFactLexiconAdditions({ place: [] }, 'facts.json'), /facts\.json: .*place/);
  });
});
