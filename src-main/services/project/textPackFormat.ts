import { join } from 'node:path';

/*
 * The layout of the text store's packs, shared by the writer (`TextStore`) and the readers
 * (`TextCatalog`). A pack `texts/packs/<name>.pack` holds texts' UTF-8 bytes one after another;
 * its index `<name>.idx` holds one fixed-size record per text, appended after the text's bytes:
 *
 *   bytes  0..31  the text's SHA-256
 *   bytes 32..39  where its bytes start in the pack (unsigned, little-endian)
 *   bytes 40..47  how many bytes it has (unsigned, little-endian)
 *
 * Fixed-size records let a reader ignore a record torn by a crash (the index's length is then not
 * a multiple of RECORD_BYTES) and read only what an index gained since it last looked.
 */

export const RECORD_BYTES = 48;

/** Where a stored text's bytes are. */
export interface TextLocation {
  pack: string;
  offset: number;
  length: number;
}

export function packsFolder(textsDir: string): string {
  return join(textsDir, 'packs');
}

export const PACK_SUFFIX = '.pack';
export const INDEX_SUFFIX = '.idx';

/** Writes the record of a text at `at` in `target`. */
export function encodeRecord(target: Buffer, at: number, sha256: string, offset: number, length: number): void {
  target.write(sha256, at, 32, 'hex');
  target.writeBigUInt64LE(BigInt(offset), at + 32);
  target.writeBigUInt64LE(BigInt(length), at + 40);
}

/** Where the record at `at` in `records` says its text is; undefined if only damage could have written it. */
export function decodeRecord(records: Buffer, at: number): { offset: number; length: number } | undefined {
  const offset = records.readBigUInt64LE(at + 32);
  const length = records.readBigUInt64LE(at + 40);
  if (offset > BigInt(Number.MAX_SAFE_INTEGER) || length > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return { offset: Number(offset), length: Number(length) };
}
