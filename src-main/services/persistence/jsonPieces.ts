/** Characters gathered into one piece by `jsonPieces` before it is handed on. */
const PIECE_CHARACTERS = 1 << 20;

/**
 * `JSON.stringify(value)` as a sequence of pieces that join to exactly that text, made one at a
 * time as they are asked for. Arrays and plain objects are walked; each of their elements is
 * stringified alone, and the results are gathered into pieces of about `pieceCharacters`.
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
  const gathered: string[] = [];
  let gatheredLength = 0;
  for (const part of jsonParts(value, new Set())) {
    gathered.push(part);
    gatheredLength += part.length;
    if (gatheredLength >= pieceCharacters) {
      yield gathered.join('');
      gathered.length = 0;
      gatheredLength = 0;
    }
  }
  if (gatheredLength > 0) yield gathered.join('');
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

function* jsonParts(value: unknown, ancestors: Set<object>): Generator<string> {
  if (!isWalked(value)) {
    const text = JSON.stringify(value) as string | undefined;
    // What JSON.stringify leaves out of an object (undefined, a function) is null in an array.
    yield text ?? 'null';
    return;
  }
  // JSON.stringify refuses a structure that contains itself; walking one would never end.
  if (ancestors.has(value)) throw new TypeError('Converting circular structure to JSON');
  ancestors.add(value);
  if (Array.isArray(value)) {
    yield '[';
    for (let at = 0; at < value.length; at++) {
      if (at > 0) yield ',';
      yield* jsonParts(value[at] as unknown, ancestors);
    }
    yield ']';
  } else {
    yield '{';
    let first = true;
    for (const key of Object.keys(value)) {
      const member = (value as Record<string, unknown>)[key];
      const walked = isWalked(member);
      const leaf = walked ? undefined : (JSON.stringify(member) as string | undefined);
      // Left out, as JSON.stringify leaves out a member that is undefined or a function.
      if (!walked && leaf === undefined) continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      if (leaf !== undefined) yield leaf;
      else yield* jsonParts(member, ancestors);
    }
    yield '}';
  }
  ancestors.delete(value);
}
