import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseQuery } from '../../src-main/core/search/parseQuery';

describe('parseQuery', () => {
  it('reads plain words as required clauses', () => {
    const parsed = parseQuery('حفتر  مصراتة');
    assert.deepEqual(parsed.required, [
      { alternatives: [{ kind: 'word', field: 'any', text: 'حفتر' }] },
      { alternatives: [{ kind: 'word', field: 'any', text: 'مصراتة' }] },
    ]);
    assert.deepEqual(parsed.notices, []);
  });

  it('reads "exact phrase", and the quotation marks “…” and «…»', () => {
    for (const query of ['"خالد حفتر"', '“خالد حفتر”', '«خالد حفتر»']) {
      assert.deepEqual(parseQuery(query).required, [
        { alternatives: [{ kind: 'phrase', field: 'any', text: 'خالد حفتر' }] },
      ]);
    }
  });

  it('reads -word and -"phrase" as exclusions', () => {
    const parsed = parseQuery('ليبيا -حفتر -"الأمم المتحدة"');
    assert.equal(parsed.required.length, 1);
    assert.deepEqual(parsed.excluded, [
      { kind: 'word', field: 'any', text: 'حفتر' },
      { kind: 'phrase', field: 'any', text: 'الأمم المتحدة' },
    ]);
  });

  it('keeps a hyphen inside a word as part of the word', () => {
    assert.deepEqual(parseQuery('COVID-19').required, [
      { alternatives: [{ kind: 'word', field: 'any', text: 'COVID-19' }] },
    ]);
  });

  it('joins terms around OR into one clause, binding tighter than the implicit AND', () => {
    const parsed = parseQuery('حفتر OR الحداد اجتماع');
    assert.deepEqual(parsed.required, [
      {
        alternatives: [
          { kind: 'word', field: 'any', text: 'حفتر' },
          { kind: 'word', field: 'any', text: 'الحداد' },
        ],
      },
      { alternatives: [{ kind: 'word', field: 'any', text: 'اجتماع' }] },
    ]);
  });

  it('treats a dangling OR, and lower-case or, sensibly', () => {
    assert.equal(parseQuery('OR حفتر OR').required.length, 1);
    assert.equal(parseQuery('cats or dogs').required.length, 3);
  });

  it('reads prefix* as a prefix', () => {
    assert.deepEqual(parseQuery('اجتم*').required, [
      { alternatives: [{ kind: 'prefix', field: 'any', text: 'اجتم' }] },
    ]);
  });

  it('searches a one-letter prefix as a word and says so', () => {
    const parsed = parseQuery('ا*');
    assert.deepEqual(parsed.required, [{ alternatives: [{ kind: 'word', field: 'any', text: 'ا' }] }]);
    assert.equal(parsed.notices[0]?.code, 'short-prefix');
  });

  it('reads source:NAME, with quotes for names with spaces', () => {
    const parsed = parseQuery('حفتر source:BBC source:"Sky News"');
    assert.deepEqual(parsed.sources, ['BBC', 'Sky News']);
    assert.equal(parsed.required.length, 1);
  });

  it('reads title:word, title:"phrase" and title:prefix*', () => {
    assert.deepEqual(parseQuery('title:اجتماع title:"خالد حفتر" title:ليبي*').required, [
      { alternatives: [{ kind: 'word', field: 'title', text: 'اجتماع' }] },
      { alternatives: [{ kind: 'phrase', field: 'title', text: 'خالد حفتر' }] },
      { alternatives: [{ kind: 'prefix', field: 'title', text: 'ليبي' }] },
    ]);
  });

  it('reads after:YYYY-MM-DD and before:YYYY-MM-DD', () => {
    const parsed = parseQuery('after:2018-02-01 before:2018-03-31 ليبيا');
    assert.equal(parsed.after, '2018-02-01');
    assert.equal(parsed.before, '2018-03-31');
    assert.deepEqual(parsed.notices, []);
  });

  it('ignores an impossible or malformed date with a notice', () => {
    for (const query of ['after:2018-02-30 ليبيا', 'before:yesterday ليبيا', 'after:2018-2-1 ليبيا']) {
      const parsed = parseQuery(query);
      assert.equal(parsed.after, undefined);
      assert.equal(parsed.before, undefined);
      assert.equal(parsed.notices[0]?.code, 'invalid-date');
      assert.match(parsed.notices[0]!.message, /YYYY-MM-DD/);
      assert.equal(parsed.required.length, 1);
    }
  });

  it('searches the rest of the query as a phrase when a quote is not closed, with a notice', () => {
    const parsed = parseQuery('ليبيا "خالد حفتر');
    assert.deepEqual(parsed.required[1], { alternatives: [{ kind: 'phrase', field: 'any', text: 'خالد حفتر' }] });
    assert.equal(parsed.notices[0]?.code, 'unclosed-quote');
  });

  it('explains operators without a value, negated filters, and queries of exclusions only', () => {
    assert.equal(parseQuery('source: ليبيا').notices[0]?.code, 'empty-operator');
    assert.equal(parseQuery('-source:BBC ليبيا').notices[0]?.code, 'negated-filter');
    assert.equal(parseQuery('-حفتر').notices[0]?.code, 'only-exclusions');
    assert.deepEqual(parseQuery('-حفتر source:BBC').notices, []);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            '"',
            '«',
            '»',
            '“',
            '”',
            '-',
            '*',
            ':',
            ' ',
            'O',
            'R',
            'a',
            'ب',
            'source',
            'title',
            'after',
            '2018-01-01',
          ),
        }),
        (query) => {
          parseQuery(query);
        },
      ),
      { numRuns: 500 },
    );
  });
});
