import { GatheredBytes, PIECE_BYTES } from './gatheredBytes';

/**
 * The UTF-8 bytes of `JSON.stringify(value)`, a megabyte or so at a time, made as they are asked
 * for; each piece is valid only until the next is asked for (see `GatheredBytes`). Plain objects
 * are walked member by member down to the arrays they hold; each element of an array (a record of
 * a store, such as one report) is stringified whole and encoded straight into the piece.
 *
 * The library of a large project is a JSON text of over a hundred million characters: built
 * whole, it held 250 MB of the main thread's heap, and as much again in garbage, while it was
 * written. Gathered as strings joined into pieces of text, it was copied once more than needed:
 * at four times ANT, the joins and the encoding after them took 1.7-2.4 s at the end of an import,
 * against 0.65-1.0 s encoded straight.
 */
export function* jsonBytes(value: unknown, pieceBytes = PIECE_BYTES): Generator<Uint8Array> {
  const gathered = new GatheredBytes(pieceBytes);
  if (isWalked(value)) {
    yield* walk(value, gathered, new Set());
  } else {
    const text = JSON.stringify(value) as string | undefined;
    if (text !== undefined) yield* gathered.text(text);
  }
  yield* gathered.flush();
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

/** Adds the text of `value`, which `isWalked`, to `gathered`, yielding each piece as it fills. */
function* walk(value: object, gathered: GatheredBytes, ancestors: Set<object>): Generator<Uint8Array> {
  // JSON.stringify refuses a structure that contains itself; walking one would never end.
  if (ancestors.has(value)) throw new TypeError('Converting circular structure to JSON');
  ancestors.add(value);
  if (Array.isArray(value)) {
    yield* gathered.text('[');
    for (let at = 0; at < value.length; at++) {
      // Whole: walking each report's fields as well took eight times as long as JSON.stringify.
      // What JSON.stringify leaves out of an object (undefined, a function) is null in an array.
      const element = (JSON.stringify(value[at]) as string | undefined) ?? 'null';
      yield* gathered.text(at > 0 ? `,${element}` : element);
    }
    yield* gathered.text(']');
  } else {
    yield* gathered.text('{');
    let first = true;
    for (const key of Object.keys(value)) {
      const member = (value as Record<string, unknown>)[key];
      const walked = isWalked(member);
      const leaf = walked ? undefined : (JSON.stringify(member) as string | undefined);
      // Left out, as JSON.stringify leaves out a member that is undefined or a function.
      if (!walked && leaf === undefined) continue;
      yield* gathered.text(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (leaf === undefined) yield* walk(member as object, gathered, ancestors);
      else yield* gathered.text(leaf);
    }
    yield* gathered.text('}');
  }
  ancestors.delete(value);
}
