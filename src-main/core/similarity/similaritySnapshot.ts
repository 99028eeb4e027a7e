import type { SimilarityIndex, SimilaritySignature } from './similarityIndex';

/** Changes whenever shingling, winnowing, keywords or this layout change: older snapshots are rebuilt. */
export const SIMILARITY_VERSION = 'qarin-similarity-1';

interface SnapshotHeader {
  version: string;
  /** The corpus the signatures were computed from (see `corpusFingerprint`). */
  fingerprint: string;
  ids: string[];
  days: (number | null)[];
  /** Per document: fingerprint count, keyword count. */
  counts: [number, number][];
}

export interface SimilaritySnapshot {
  fingerprint: string;
  documents: { id: string; day: number | undefined; signature: SimilaritySignature }[];
}

/**
 * The signatures as one binary blob: a length, a JSON header (ids, days, counts) padded to four
 * bytes, then per document its fingerprints and keyword hashes as little-endian 32-bit words and
 * its keyword weights as 32-bit floats. About a fifth of a word of text per report word.
 */
export function packSimilarity(index: SimilarityIndex, fingerprint: string): Uint8Array {
  const header: SnapshotHeader = { version: SIMILARITY_VERSION, fingerprint, ids: [], days: [], counts: [] };
  let words = 0;
  for (const { id, day, signature } of index.entries()) {
    header.ids.push(id);
    header.days.push(day ?? null);
    header.counts.push([signature.fingerprints.length, signature.keywords.terms.length]);
    words += signature.fingerprints.length + 2 * signature.keywords.terms.length;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const padded = (4 + json.length + 3) & ~3;
  const bytes = new Uint8Array(padded + words * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, json.length, true);
  bytes.set(json, 4);
  let at = padded;
  for (const { signature } of index.entries()) {
    for (const value of signature.fingerprints) {
      view.setUint32(at, value, true);
      at += 4;
    }
    for (const value of signature.keywords.terms) {
      view.setUint32(at, value, true);
      at += 4;
    }
    for (const value of signature.keywords.weights) {
      view.setFloat32(at, value, true);
      at += 4;
    }
  }
  return bytes;
}

/** Reads a packed snapshot; throws when it is damaged or was written by another version. */
export function unpackSimilarity(bytes: Uint8Array): SimilaritySnapshot {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4) throw new Error('similarity snapshot is truncated');
  const length = view.getUint32(0, true);
  if (4 + length > bytes.length) throw new Error('similarity snapshot header is truncated');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as SnapshotHeader;
  if (header.version !== SIMILARITY_VERSION) {
    throw new Error(`similarity snapshot has format ${String(header.version)}, expected ${SIMILARITY_VERSION}`);
  }
  const start = (4 + length + 3) & ~3;
  const words = header.counts.reduce((sum, [fingerprints, keywords]) => sum + fingerprints + 2 * keywords, 0);
  if (start + words * 4 !== bytes.length) throw new Error('similarity snapshot has the wrong length');
  const payload = littleEndianWords(bytes, start, words);
  const floats = new Float32Array(payload.buffer, payload.byteOffset, payload.length);
  let at = 0;
  const documents = header.ids.map((id, n) => {
    const [fingerprintCount, keywordCount] = header.counts[n]!;
    const fingerprints = payload.subarray(at, (at += fingerprintCount));
    const terms = payload.subarray(at, (at += keywordCount));
    const weights = floats.subarray(at, (at += keywordCount));
    return { id, day: header.days[n] ?? undefined, signature: { fingerprints, keywords: { terms, weights } } };
  });
  return { fingerprint: header.fingerprint, documents };
}

const LITTLE_ENDIAN_HOST = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * The `count` 32-bit little-endian words from `start` as one array the signatures are views of:
 * copied whole on a little-endian machine, where reading them one at a time cost ANT's start
 * seconds; word by word elsewhere. (Weights are read as their bits and viewed as floats.)
 */
function littleEndianWords(bytes: Uint8Array, start: number, count: number): Uint32Array {
  const words = new Uint32Array(count);
  if (LITTLE_ENDIAN_HOST) {
    new Uint8Array(words.buffer).set(bytes.subarray(start, start + count * 4));
    return words;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < count; i++) words[i] = view.getUint32(start + i * 4, true);
  return words;
}
