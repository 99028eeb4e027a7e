import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FactDocument } from '../../src-main/core/compare/facts/factTypes';
import { findBoilerplate } from '../../src-main/core/import/boilerplate';
import type { Span } from '../../src-main/core/text/span';
import { seedIds, seedsDir } from '../helpers/seeds';

/**
 * Sentence spans for the fact tests: split at . ! ? ؟ ؛ and line breaks, never inside «…» or “…”.
 * The comparison engine has the real splitter; the facts only need spans in reading order.
 */
export function simpleSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let depth = 0;
  const close = (end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed !== '') spans.push({ start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '«' || char === '“') depth++;
    else if ((char === '»' || char === '”') && depth > 0) depth--;
    else if (char === '\n') close(i + 1);
    else if (depth === 0 && '.!?؟؛'.includes(char) && !/\d/.test(text[i + 1] ?? '')) close(i + 1);
  }
  close(text.length);
  return spans;
}

export function factDocument(id: string, text: string): FactDocument {
  return { id, text, sentences: simpleSentences(text), boilerplate: findBoilerplate(text) };
}

export function seedDocument(seed: keyof typeof seedIds): FactDocument {
  return factDocument(seed, readFileSync(join(seedsDir, seedIds[seed]), 'utf8'));
}
