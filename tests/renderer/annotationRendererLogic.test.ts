// The annotation interface's pure logic, checked in Node: codebook trees, matching, previews, directions, messages.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ListedCode } from '../../src-main/api/types';
import { foldForMatching } from '../../src-renderer/annotations/foldForMatching';
import { ApiCallError } from '../../src-renderer/api/ApiCallError';
import { localizedMessage } from '../../src-renderer/annotations/localizedMessage';
import { plainPreview } from '../../src-renderer/annotations/plainPreview';
import { textDirection } from '../../src-renderer/annotations/textDirection';
import { codePath, codeTreeRows, codeWithDescendants } from '../../src-renderer/codebook/codeTree';

const code = (id: string, name: string, parentId?: string): ListedCode => ({
  id,
  name,
  color: '#4e79a7',
  parentId,
  count: 0,
  countWithDescendants: 0,
});

describe('codebook tree', () => {
  const codes = [
    code('ranks', 'رتب عسكرية'),
    code('general', 'لواء', 'ranks'),
    code('lieutenant', 'فريق أول', 'ranks'),
    code('staff', 'ركن', 'lieutenant'),
    code('places', 'أماكن'),
    code('lost', 'بلا أب', 'deleted-parent'),
  ];

  it('lists parents before their children, siblings by name, with their depth', () => {
    assert.deepEqual(
      codeTreeRows(codes).map((row) => [row.code.id, row.depth, row.hasChildren]),
      [
        ['places', 0, false],
        ['lost', 0, false],
        ['ranks', 0, true],
        ['lieutenant', 1, true],
        ['staff', 2, false],
        ['general', 1, false],
      ],
    );
  });

  it('leaves out what is under a collapsed code, and survives a cycle', () => {
    assert.deepEqual(
      codeTreeRows(codes, new Set(['ranks'])).map((row) => row.code.id),
      ['places', 'lost', 'ranks'],
    );
    const cyclic = [code('a', 'a', 'b'), code('b', 'b', 'a')];
    assert.deepEqual(
      codeTreeRows(cyclic).map((row) => row.code.id),
      ['a', 'b'],
    );
  });

  it('knows what cannot become a code’s parent, and cites a code by its path', () => {
    assert.deepEqual([...codeWithDescendants(codes, 'ranks')].sort(), ['general', 'lieutenant', 'ranks', 'staff']);
    const byId = new Map(codes.map((each) => [each.id, each]));
    assert.equal(codePath(byId.get('staff'), byId), 'رتب عسكرية › فريق أول › ركن');
  });
});

describe('matching code names as the user types', () => {
  it('ignores harakat, tatweel, hamza seats, alef maqsura and ta marbuta', () => {
    assert.equal(foldForMatching('الفَرِيق أوّل'), foldForMatching('الفريق اول'));
    assert.equal(foldForMatching('إستراتيجـــية'), foldForMatching('استراتيجيه'));
    assert.equal(foldForMatching('مستشفى'), foldForMatching('مستشفي'));
    assert.equal(foldForMatching('  Haftar '), 'haftar');
  });
});

describe('note previews and directions', () => {
  it('flattens Markdown to one line of text', () => {
    assert.equal(
      plainPreview('# عنوان\n\nالرتبة **الفريق أول** [مصدر](http://example.com)\n- بند'),
      'عنوان الرتبة الفريق أول مصدر بند',
    );
    assert.equal(plainPreview('ا'.repeat(200), 10), `${'ا'.repeat(10)}…`);
  });

  it('takes the direction of the first strong letter, skipping punctuation and digits', () => {
    assert.equal(textDirection('«الفريق» said'), 'rtl');
    assert.equal(textDirection('2018: Haftar «الفريق»'), 'ltr');
    assert.equal(textDirection('— 12 …'), 'ltr');
  });
});

describe('messages of annotation calls', () => {
  const error = ApiCallError.fromReply({
    code: 'not-found',
    message: { en: 'No such highlight.', ar: 'لا يوجد هذا التظليل.' },
  });
  it('shows the message of the interface language', () => {
    assert.equal(localizedMessage(error, 'en'), 'No such highlight.');
    assert.equal(localizedMessage(error, 'ar'), 'لا يوجد هذا التظليل.');
    assert.equal(localizedMessage(new Error('plain'), 'ar'), 'plain');
  });
});
