/** Characters gathered into one piece by `jsonPieces` before it is handed on. */
const PIECE_CHARACTERS = 1 << 20;

/**
 * `JSON.stringify(value)` as a sequence of pieces that join to exactly that text, made one at a
 * time as they are asked for. Plain objects are walked member by member down to the arrays they
 * hold; each element of an array (a record of a store, such as one report) is stringified whole,
 * and the results are gathered into pieces of about `pieceCharacters`.
 *
 * The library of a large project is a JSON text of over a hundred million characters: built
 * whole, it held 250 MB of the main thread's heap, and as much again in garbage, while it was
 * written. In pieces, only the piece being written is held.
 */
export function* jsonPieces(value: unknown, pieceCharacters = PIECE_CHARACTERS): Generator<string> {
  if (!isWalked(value)) {
    const text = JSON.stringify(value) as string | undefined;
    if (text !== undefined) yield text;
    return;
  }
  const gathered = new GatheredText(pieceCharacters);
  yield* walk(value, gathered, new Set());
  if (gathered.length > 0) yield gathered.take();
}

/** Parts of text gathered until they make a piece. */
class GatheredText {
  private parts: string[] = [];
  length = 0;

  constructor(private readonly pieceCharacters: number) {}

  /** Adds `part`; true when the parts gathered make a piece, to be taken before adding more. */
  add(part: string): boolean {
    this.parts.push(part);
    this.length += part.length;
    return this.length >= this.pieceCharacters;
  }

  take(): string {
    const piece = this.parts.join('');
    this.parts = [];
    this.length = 0;
    return piece;
  }
}

/** Whether `value` is stringified member by member here, as JSON.stringify would walk it. */
function isWalked(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  // Anything else (dates, boxed values, anything with `toJSON`) is left to JSON.stringify whole.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Adds the text of `value`, which `isWalked`, to `gathered`, yielding each piece as it fills. It
 * yields only whole pieces, not parts: a yield for each of 120,000 reports cost a third more time.
 */
function* walk(value: object, gathered: GatheredText, ancestors: Set<object>): Generator<string> {
  // JSON.stringify refuses a structure that contains itself; walking one would never end.
  if (ancestors.has(value)) throw new TypeError('Converting circular structure to JSON');
  ancestors.add(value);
  if (Array.isArray(value)) {
    if (gathered.add('[')) yield gathered.take();
    for (let at = 0; at < value.length; at++) {
      if (at > 0 && gathered.add(',')) yield gathered.take();
      // Whole: walking each report's fields as well took eight times as long as JSON.stringify.
      // What JSON.stringify leaves out of an object (undefined, a function) is null in an array.
      if (gathered.add((JSON.stringify(value[at]) as string | undefined) ?? 'null')) yield gathered.take();
    }
    if (gathered.add(']')) yield gathered.take();
  } else {
    if (gathered.add('{')) yield gathered.take();
    let first = true;
    for (const key of Object.keys(value)) {
      const member = (value as Record<string, unknown>)[key];
      const walked = isWalked(member);
      const leaf = walked ? undefined : (JSON.stringify(member) as string | undefined);
      // Left out, as JSON.stringify leaves out a member that is undefined or a function.
      if (!walked && leaf === undefined) continue;
      if (gathered.add(`${first ? '' : ','}${JSON.stringify(key)}:`)) yield gathered.take();
      first = false;
      if (leaf === undefined) yield* walk(member as object, gathered, ancestors);
      else if (gathered.add(leaf)) yield gathered.take();
    }
    if (gathered.add('}')) yield gathered.take();
  }
  ancestors.delete(value);
}
