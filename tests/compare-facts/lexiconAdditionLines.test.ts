import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledFactLexicons } from '../../src-main/core/compare/facts/bundledFactLexicons';
import { createFactExtractor } from '../../src-main/core/compare/facts/createFactExtractor';
import { extendFactLexicons } from '../../src-main/core/compare/facts/factLexicons';
import type { LexiconAddition } from '../../src-main/core/compare/facts/lexiconAddition';
import {
  formatLexiconLine,
  lexiconAdditions,
  parseLexiconLines,
} from '../../src-main/core/compare/facts/lexiconAdditionLines';
import { assertCellsPointIntoTexts, cellTexts } from './factAssertions';
import { factDocument } from './factDocuments';

const FILE = [
  '# كلمات أضافها المستخدم',
  '',
  'title\tالحاج\trank',
  'place\tتاورغاء\tcity\tly\tتاورغا|مدينة تاورغاء',
  'framing\tfighters\tالثوار\tثوار|الثوار',
  'framing\tcrowd\tحشد\tحشد|حشود\tحشد / تجمع',
  'framing\tcrowd\tتجمع\tتجمع|تجمعات',
  'given-name\tحمادي',
  'speech-verb\tنوه',
].join('\n');

describe('lexicon addition lines', () => {
  it('reads every kind of entry, skipping comments and blank lines, with its line number', () => {
    const parsed = parseLexiconLines(FILE);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(
      parsed.entries.map(({ line }) => line),
      [3, 4, 5, 6, 7, 8, 9],
    );
    assert.deepEqual(parsed.entries[0]!.entry, { kind: 'title', text: 'الحاج', titleKind: 'rank' });
    assert.deepEqual(parsed.entries[1]!.entry, {
      kind: 'place',
      name: 'تاورغاء',
      placeKind: 'city',
      country: 'LY',
      aliases: ['تاورغا', 'مدينة تاورغاء'],
    });
    assert.deepEqual(parsed.entries[3]!.entry, {
      kind: 'framing',
      set: 'crowd',
      member: 'حشد',
      forms: ['حشد', 'حشود'],
      setLabel: 'حشد / تجمع',
    });
  });

  it('reports each bad line with its number and reason in both languages, and keeps the good ones', () => {
    const text = [
      'title\tالعقيد الركن\trank',
      'titel\tالمقدم\trank',
      'title\tالمقدم',
      'title\t\trole',
      'place\tزوارة\ttown',
      'place\tزوارة\tcity\tLBY',
      'framing\tdeath',
      'title\t...\trole',
      'given-name\tسالم\tزائد',
      'place\tزوارة\tcity\tLY',
    ].join('\r\n');
    const parsed = parseLexiconLines(text);
    assert.deepEqual(
      parsed.entries.map(({ line }) => line),
      [1, 10],
    );
    assert.deepEqual(
      parsed.problems.map(({ line }) => line),
      [2, 3, 4, 5, 6, 7, 8, 9],
    );
    const reasons = parsed.problems.map(({ reason }) => reason.en);
    assert.match(reasons[0]!, /kind of entry «titel» is not one of title, place/);
    assert.match(reasons[1]!, /title kind «—» is not one of rank, role/);
    assert.match(reasons[2]!, /title \(field 2\) is missing/);
    assert.match(reasons[3]!, /place kind «town»/);
    assert.match(reasons[4]!, /country «LBY» is not a two-letter code/);
    assert.match(reasons[5]!, /member label \(field 3\) is missing/);
    assert.match(reasons[6]!, /title «...» has no letter/);
    assert.match(reasons[7]!, /3 fields where at most 2 are read/);
    for (const { reason } of parsed.problems) assert.match(reason.ar, /[\u0600-\u06FF]/, 'an Arabic reason');
  });

  it('writes an entry as a line that reads back the same', () => {
    const entries: LexiconAddition[] = [
      { kind: 'title', text: 'الحاج', titleKind: 'rank' },
      { kind: 'place', name: 'تاورغاء', placeKind: 'city' },
      { kind: 'place', name: 'تاورغاء', placeKind: 'city', aliases: ['تاورغا'] },
      { kind: 'framing', set: 'death', member: 'نفق', forms: ['نفق', 'نفقت'] },
      { kind: 'speech-verb', text: 'نوه' },
    ];
    for (const entry of entries) {
      const parsed = parseLexiconLines(formatLexiconLine(entry));
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(parsed.entries[0]?.entry, entry);
    }
  });

  it('gathers the lines of one new framing set into one set, and extends a bundled set', () => {
    const additions = lexiconAdditions(parseLexiconLines(FILE).entries.map(({ entry }) => entry));
    assert.deepEqual(additions.titles, [{ text: 'الحاج', kind: 'rank' }]);
    assert.deepEqual(additions.givenNames, ['حمادي']);
    const crowd = additions.framing?.find((set) => set.id === 'crowd');
    assert.equal(crowd?.label, 'حشد / تجمع');
    assert.deepEqual(
      crowd?.members.map((member) => member.label),
      ['حشد', 'تجمع'],
    );
    const lexicons = extendFactLexicons(bundledFactLexicons, additions);
    const fighters = lexicons.framing.find((set) => set.id === 'fighters');
    assert.ok(fighters?.members.some((member) => member.label === 'الثوار'));
  });

  it('makes an added title name a person and an added place a place', () => {
    const documents = [
      factDocument('r1', 'استقبل الحاج مفتاح حمادي الوفد في تاورغاء.'),
      factDocument('r2', 'وقال حمادي إن الوفد زار تاورغا.'),
    ];
    const bundled = createFactExtractor(bundledFactLexicons)(documents, []);
    assert.ok(!bundled.some((row) => row.kind === 'person' && row.label.includes('حمادي')));
    assert.ok(!bundled.some((row) => row.kind === 'place' && row.label === 'تاورغاء'));
    const additions = lexiconAdditions(parseLexiconLines(FILE).entries.map(({ entry }) => entry));
    const rows = createFactExtractor(extendFactLexicons(bundledFactLexicons, additions))(documents, []);
    assertCellsPointIntoTexts(rows, documents);
    const person = rows.find((row) => row.kind === 'person');
    assert.deepEqual(person && cellTexts(person), ['r1: الحاج مفتاح حمادي', 'r2: حمادي']);
    const place = rows.find((row) => row.kind === 'place' && row.label === 'تاورغاء');
    assert.deepEqual(place && cellTexts(place), ['r1: تاورغاء', 'r2: تاورغا']);
  });
});
