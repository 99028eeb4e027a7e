import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codePointToUtf16, utf16ToCodePoint } from '../../src-main/core/export/codePointOffsets';

// U+1F600 (emoji), U+1D400 (mathematical bold A) and U+20000 (CJK Extension B) are two code units each.
const mixed = 'قال 😀 الناطق 𝐀 باسم 𠀀 الجيش';

test('Arabic-only text counts the same in code units and code points', () => {
  const text = 'اجتماع عسكري حاسم في سرت';
  for (let offset = 0; offset <= text.length; offset += 1) {
    assert.equal(utf16ToCodePoint(text, offset), offset);
    assert.equal(codePointToUtf16(text, offset), offset);
  }
});

test('each supplementary-plane character before an offset shifts it by one', () => {
  const afterEmoji = mixed.indexOf('الناطق');
  const afterBold = mixed.indexOf('باسم');
  const afterCjk = mixed.indexOf('الجيش');
  assert.equal(utf16ToCodePoint(mixed, afterEmoji), afterEmoji - 1);
  assert.equal(utf16ToCodePoint(mixed, afterBold), afterBold - 2);
  assert.equal(utf16ToCodePoint(mixed, afterCjk), afterCjk - 3);
  assert.equal(utf16ToCodePoint(mixed, mixed.length), Array.from(mixed).length);
  assert.equal(codePointToUtf16(mixed, afterCjk - 3), afterCjk);
});

test('code point offsets agree with Array.from on the same slice', () => {
  const afterBold = mixed.indexOf('باسم');
  assert.equal(Array.from(mixed).slice(0, utf16ToCodePoint(mixed, afterBold)).join(''), mixed.slice(0, afterBold));
});

test('offsets inside a surrogate pair or outside the text are rejected', () => {
  const insideEmoji = mixed.indexOf('😀') + 1;
  assert.throws(() => utf16ToCodePoint(mixed, insideEmoji), /inside a surrogate pair/);
  assert.throws(() => utf16ToCodePoint(mixed, mixed.length + 1), /outside/);
  assert.throws(() => utf16ToCodePoint(mixed, -1), /outside/);
  assert.throws(() => codePointToUtf16(mixed, Array.from(mixed).length + 1), /beyond/);
  assert.throws(() => codePointToUtf16(mixed, 1.5), /non-negative integer/);
});

test('a lone surrogate counts as one code point both ways', () => {
  const broken = 'أ\uD83Dب';
  assert.equal(utf16ToCodePoint(broken, 3), 3);
  assert.equal(codePointToUtf16(broken, 2), 2);
});

test('conversion round-trips for every code point boundary of mixed Arabic, emoji and astral text', () => {
  const unit = fc.constantFrom('ا', 'ب', 'ج', ' ', '،', '😀', '👍🏽', '𝐀', '𠀀', 'a', '\n');
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const codePoints = Array.from(text).length;
      for (let cp = 0; cp <= codePoints; cp += 1) {
        assert.equal(utf16ToCodePoint(text, codePointToUtf16(text, cp)), cp);
      }
    }),
  );
});
