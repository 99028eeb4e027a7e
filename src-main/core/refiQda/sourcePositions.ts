import type { QdaSelection } from './refiQdaModel';

/** How a tool counted a Windows line end (CR LF): as two positions, or as one. */
export type LineEndReading = 'crlf-as-two' | 'crlf-as-one';

export interface PlacedSource {
  /** The text as Qarin keeps it: no byte-order mark, LF line ends. */
  text: string;
  /** The reading that was chosen; absent when the text has no CR LF and both agree. */
  reading?: LineEndReading;
  /** UTF-16 ranges into `text`, by selection GUID. */
  ranges: Map<string, { start: number; end: number }>;
  /** Selections that do not fit the text in the chosen reading, to report (never to shift). */
  outside: QdaSelection[];
}

/** UTF-16 offsets of every code point boundary of `text` (its length in code points + 1 entries). */
function codePointBoundaries(text: string): (codePoint: number) => number | undefined {
  if (!/[\uD800-\uDFFF]/.test(text)) return (codePoint) => (codePoint <= text.length ? codePoint : undefined);
  const boundaries: number[] = [];
  let unit = 0;
  for (const character of text) {
    boundaries.push(unit);
    unit += character.length;
  }
  boundaries.push(unit);
  return (codePoint) => boundaries[codePoint];
}

const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Places a source's selections on its text. Positions count code points; a text with CR LF line
 * ends is read both ways (CR LF as two positions, as most tools do, or as one), and the reading
 * under which more selections quote what their names say wins; failing names, the one that keeps
 * more selections inside the text; failing that, two positions, the literal count. Nothing is moved
 * to make it fit: what does not fit is returned in `outside`.
 */
export function placeSelections(raw: string, selections: readonly QdaSelection[]): PlacedSource {
  const withoutBom = raw.replace(/^\uFEFF/, '');
  const text = withoutBom.replace(/\r\n/g, '\n');
  const inText = codePointBoundaries(text);
  const candidates: { reading?: LineEndReading; toUnit: (codePoint: number) => number | undefined }[] = [];
  if (text.length === withoutBom.length) {
    candidates.push({ toUnit: inText });
  } else {
    const inRaw = codePointBoundaries(withoutBom);
    // Raw offsets of each LF that ends a CR LF: a raw offset past k of them is k units further on.
    const pairEnds: number[] = [];
    for (let at = withoutBom.indexOf('\r\n'); at !== -1; at = withoutBom.indexOf('\r\n', at + 2)) pairEnds.push(at + 1);
    const crsBefore = (rawOffset: number) => {
      let low = 0;
      let high = pairEnds.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (pairEnds[middle]! <= rawOffset) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    candidates.push({
      reading: 'crlf-as-two',
      toUnit: (codePoint) => {
        const rawOffset = inRaw(codePoint);
        return rawOffset === undefined ? undefined : rawOffset - crsBefore(rawOffset);
      },
    });
    candidates.push({ reading: 'crlf-as-one', toUnit: inText });
  }

  const placements = candidates.map((candidate) => {
    const ranges = new Map<string, { start: number; end: number }>();
    const outside: QdaSelection[] = [];
    let matches = 0;
    for (const selection of selections) {
      const start = candidate.toUnit(selection.start);
      const end = candidate.toUnit(selection.end);
      if (start === undefined || end === undefined) {
        outside.push(selection);
        continue;
      }
      ranges.set(selection.guid, { start, end });
      const name = collapsed(selection.name ?? '');
      if (name.length > 0 && collapsed(text.slice(start, end)).startsWith(name)) matches += 1;
    }
    return { reading: candidate.reading, ranges, outside, matches };
  });
  const better = (other: (typeof placements)[number], winner: (typeof placements)[number]) =>
    other.matches > winner.matches ||
    (other.matches === winner.matches && other.outside.length < winner.outside.length);
  const best = placements.reduce((winner, other) => (better(other, winner) ? other : winner));
  const placed: PlacedSource = { text, ranges: best.ranges, outside: best.outside };
  if (best.reading !== undefined) placed.reading = best.reading;
  return placed;
}
