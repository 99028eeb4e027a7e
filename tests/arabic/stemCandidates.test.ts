import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stemArabic } from '../../src-main/core/arabic/stemArabic';
import { stemCandidates } from '../../src-main/core/arabic/stemCandidates';

function share(a: string, b: string): boolean {
  return stemCandidates(a).some((stem) => stemCandidates(b).includes(stem));
}

describe('stemCandidates', () => {
  it('puts the light10 stem first', () => {
    for (const word of ['وزير', 'الوزير', 'الماني', 'كتاب']) assert.equal(stemCandidates(word)[0], stemArabic(word));
  });

  it('gives a word with a root و a stem that keeps it, where light10 alone fails', () => {
    assert.notEqual(stemArabic('وزير'), stemArabic('الوزير'));
    assert.deepEqual(stemCandidates('وزير'), ['زير', 'وزير']);
    assert.ok(share('وزير', 'الوزير'));
    assert.ok(share('وكاله', 'الوكاله'));
    assert.ok(share('وزيره', 'الوزير'));
  });

  it('still conflates the conjunction و', () => {
    assert.ok(share('وقال', 'قال'));
  });

  it('gives a word whose أل looks like the article a stem that keeps it', () => {
    // «ألماني» normalizes to «الماني» and light10 strips «ال» from it.
    assert.notEqual(stemArabic('الماني'), stemArabic('الالماني'));
    assert.ok(share('الماني', 'الالماني'));
    assert.ok(share('العاب', 'الالعاب'));
  });

  it('gives a single stem to a word without an ambiguous beginning', () => {
    assert.deepEqual(stemCandidates('وقت'), ['وقت']);
    assert.deepEqual(stemCandidates('كتاب'), ['كتاب']);
  });
});
