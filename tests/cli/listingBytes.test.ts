import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { prettyJsonArrayBytes } from '../../src-main/services/project/writeLibraryListing';

const text = (parts: Uint8Array[]) => Buffer.concat(parts).toString('utf8');

describe('the library listing is written a part at a time', () => {
  it('its summaries are, byte for byte, JSON.stringify of the array with two spaces', () => {
    const arabic = fc.string({ unit: fc.constantFrom(...'حفتر الهدنة، «قال» ١٢٣ ـ\u064E\n"\\'.split('')) });
    const summary = fc.record(
      {
        id: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: 16, maxLength: 16 }),
        title: fc.oneof(arabic, fc.string()),
        source: arabic,
        date: fc.string(),
        wordCount: fc.nat(),
        warningCount: fc.nat(),
        tags: fc.array(fc.oneof(arabic, fc.integer())),
        nested: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))),
      },
      { requiredKeys: ['id', 'title', 'wordCount', 'warningCount'] },
    );
    fc.assert(
      fc.property(fc.array(summary, { maxLength: 8 }), (summaries) => {
        assert.equal(text(prettyJsonArrayBytes(summaries)), JSON.stringify(summaries, null, 2));
      }),
    );
  });

  it('a listing of several megabytes is the same across the chunks it is written in', () => {
    const title = 'اجتماع اللجنة العسكرية المشتركة في سرت «5+5» '.repeat(12);
    const summaries = Array.from({ length: 4000 }, (_, at) => ({
      id: `r${at}`,
      title: `${title}${at}`,
      wordCount: at,
    }));
    const parts = prettyJsonArrayBytes(summaries);
    assert.ok(parts.length > 2, 'written in several chunks');
    assert.equal(text(parts), JSON.stringify(summaries, null, 2));
  });

  it('an empty library lists an empty array', () => {
    assert.equal(text(prettyJsonArrayBytes([])), '[]');
  });
});
