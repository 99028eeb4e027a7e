import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { queryNoticeText } from '../../src-shared/queryNoticeText';
import { typoReadingsByWord } from '../../src-shared/typoReadings';

describe('the typo notice names each typed word once, spelt as the reader writes it', () => {
  const corrections = [
    { typed: 'نطيجه', readAs: 'نتيجه', typedSpelling: 'نطيجة', readAsSpelling: 'نتيجة' },
    { typed: 'نطيجه', readAs: 'نطيره' },
    { typed: 'حفطر', readAs: 'حفتر', typedSpelling: 'حفطر', readAsSpelling: 'حفتر' },
  ];

  it('groups the readings by the word typed, using the spellings the reply gives', () => {
    assert.deepEqual(typoReadingsByWord(corrections), [
      { typed: 'نطيجة', readings: ['نتيجة', 'نطيره'] },
      { typed: 'حفطر', readings: ['حفتر'] },
    ]);
  });

  it('says so in Arabic and in English', () => {
    const groups = typoReadingsByWord(corrections);
    assert.equal(
      queryNoticeText.ar.typoReadings(groups),
      'هل تقصد «نتيجة» أو «نطيره» بدل «نطيجة»، و«حفتر» بدل «حفطر»؟ عُرضت نتائجها أيضًا.',
    );
    assert.equal(
      queryNoticeText.en.typoReadings(groups),
      'Also showing results for «نتيجة» or «نطيره» (you typed «نطيجة»); «حفتر» (you typed «حفطر»).',
    );
  });
});
