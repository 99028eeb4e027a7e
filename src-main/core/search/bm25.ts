/**
 * BM25 (Robertson and Zaragoza, "The Probabilistic Relevance Framework", 2009), with the
 * per-document part quantized into FlexSearch's resolution slots: FlexSearch keeps, for each term,
 * its documents grouped in slots, so the slot a document lands in carries its term-frequency weight
 * and no extra per-posting storage is needed.
 */

const K1 = 1.2;
const B = 0.75;
const MAX_SATURATION = K1 + 1;

/** Number of FlexSearch resolution slots; slot 0 holds the heaviest postings. */
export const TF_SLOTS = 8;

/** BM25's term-frequency part for one term in one field, in (0, k1 + 1). */
export function tfSaturation(termFrequency: number, fieldLength: number, averageFieldLength: number): number {
  const lengthNorm = 1 - B + (B * fieldLength) / Math.max(averageFieldLength, 1);
  return (termFrequency * MAX_SATURATION) / (termFrequency + K1 * lengthNorm);
}

export function slotOfSaturation(saturation: number): number {
  const slot = Math.floor((1 - saturation / MAX_SATURATION) * TF_SLOTS);
  return Math.min(TF_SLOTS - 1, Math.max(0, slot));
}

const SLOT_SATURATION = Array.from({ length: TF_SLOTS }, (_, slot) => MAX_SATURATION * (1 - (slot + 0.5) / TF_SLOTS));

/** The saturation a slot stands for (the middle of its range). */
export function saturationOfSlot(slot: number): number {
  return SLOT_SATURATION[slot] ?? 0;
}

/** BM25's inverse document frequency, never negative. */
export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
