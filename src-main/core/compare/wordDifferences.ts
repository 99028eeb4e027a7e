import type { WordDifference } from './comparisonResult';
import type { PreparedDocument } from './preparedDocument';

/** One side of an aligned pair: a report, its normalized word codes and a sentence's token range. */
export interface PairSide {
  document: PreparedDocument;
  exacts: Int32Array;
  from: number;
  to: number;
}

/** Beyond this many cells the table would cost more than the pair is worth: the middle is one substitution. */
const MAX_TABLE_CELLS = 4_000_000;

/**
 * Which words of `member` and `base` pair up as equal (a longest common subsequence on the
 * normalized forms), as a list of [baseToken, memberToken] in order.
 */
function commonWords(base: PairSide, member: PairSide): [number, number][] {
  const pairs: [number, number][] = [];
  let bFrom = base.from;
  let mFrom = member.from;
  let bTo = base.to;
  let mTo = member.to;
  while (bFrom < bTo && mFrom < mTo && base.exacts[bFrom] === member.exacts[mFrom]) pairs.push([bFrom++, mFrom++]);
  const tail: [number, number][] = [];
  while (bTo > bFrom && mTo > mFrom && base.exacts[bTo - 1] === member.exacts[mTo - 1]) tail.push([--bTo, --mTo]);
  const rows = bTo - bFrom;
  const columns = mTo - mFrom;
  if (rows > 0 && columns > 0 && (rows + 1) * (columns + 1) <= MAX_TABLE_CELLS) {
    const width = columns + 1;
    const table = new Int32Array((rows + 1) * width);
    for (let i = rows - 1; i >= 0; i--) {
      const code = base.exacts[bFrom + i];
      for (let j = columns - 1; j >= 0; j--) {
        table[i * width + j] =
          code === member.exacts[mFrom + j]
            ? table[(i + 1) * width + j + 1]! + 1
            : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < rows && j < columns) {
      if (base.exacts[bFrom + i] === member.exacts[mFrom + j]) pairs.push([bFrom + i++, mFrom + j++]);
      else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
      else j++;
    }
  }
  for (let k = tail.length - 1; k >= 0; k--) pairs.push(tail[k]!);
  return pairs;
}

function spanOf(side: PairSide, from: number, to: number): { start: number; end: number } {
  return { start: side.document.tokens[from]!.start, end: side.document.tokens[to - 1]!.end };
}

/**
 * The word-level differences of an aligned pair, measured on the normalized forms: words only in
 * the member are insertions (spans in the member), words only in the base are deletions (spans in
 * the base), a run replaced by another is a substitution (spans on both sides), and words equal
 * once normalized but spelled differently (hamza, diacritics, ة/ه, ى/ي, tatweel) are minor.
 * Base words the member shares are flagged in `sharedBaseTokens`, for the variation heat map.
 */
export function wordDifferences(
  base: PairSide,
  member: PairSide,
  group: number,
  sharedBaseTokens?: Uint8Array,
): WordDifference[] {
  const differences: WordDifference[] = [];
  const baseId = base.document.id;
  const memberId = member.document.id;
  const push = (side: PairSide, from: number, to: number, kind: WordDifference['kind']) => {
    const against = side === base ? memberId : baseId;
    differences.push({ docId: side.document.id, ...spanOf(side, from, to), kind, group, againstDocId: against });
  };
  let b = base.from;
  let m = member.from;
  const gap = (bTo: number, mTo: number) => {
    if (b < bTo && m < mTo) {
      push(member, m, mTo, 'substitute');
      push(base, b, bTo, 'substitute');
    } else if (m < mTo) push(member, m, mTo, 'insert');
    else if (b < bTo) push(base, b, bTo, 'delete');
  };
  for (const [bEqual, mEqual] of commonWords(base, member)) {
    gap(bEqual, mEqual);
    if (sharedBaseTokens) sharedBaseTokens[bEqual] = 1;
    const baseToken = base.document.tokens[bEqual]!;
    const memberToken = member.document.tokens[mEqual]!;
    const baseRaw = base.document.text.slice(baseToken.start, baseToken.end);
    if (baseRaw !== member.document.text.slice(memberToken.start, memberToken.end))
      push(member, mEqual, mEqual + 1, 'minor');
    b = bEqual + 1;
    m = mEqual + 1;
  }
  gap(base.to, member.to);
  return differences;
}
