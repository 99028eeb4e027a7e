import { offsetAfterLetters } from './cliticVariants';
import type { CompiledLexicons, FramingUse } from './compiledLexicons';
import type { FramingMember, FramingSet } from './factLexicons';
import { factRow, type FactMention } from './factRow';
import { firstWordAfter, type FactText } from './factText';
import type { FactRow } from './factTypes';

/** A word of a framing set used inside one sentence. */
interface FramingHit extends FactMention {
  set: FramingSet;
  member: FramingMember;
}

export type AlignedGroup = { docId: string; start: number; end: number }[];

function framingHits(lexicons: CompiledLexicons, text: FactText, start: number, end: number): FramingHit[] {
  const { words, document } = text;
  const hits: FramingHit[] = [];
  for (let at = firstWordAfter(words, start); at < words.length && words[at]!.start < end;) {
    const word = words[at]!;
    if (word.start < start || word.end > end) {
      at++;
      continue;
    }
    const match = lexicons.framing.matchAt(words, at);
    const last = match === undefined ? undefined : words[at + match.length - 1]!;
    if (match === undefined || last!.end > end) {
      at++;
      continue;
    }
    const use: FramingUse = match.value;
    hits.push({
      docId: document.id,
      start: offsetAfterLetters(document.text, word.start, match.prefixLetters),
      end: last!.end,
      value: use.member.label,
      set: use.set,
      member: use.member,
    });
    at += match.length;
  }
  return hits;
}

/**
 * Sentences that alignment matched tell the same thing; where they use different members of one
 * framing set («قُتل» in one report, «استُشهد» in another), the row shows each report's word. Sets
 * whose members agree, and sets only one report uses, give no row: they are not a difference of wording.
 */
export function wordingRows(lexicons: CompiledLexicons, texts: FactText[], aligned: AlignedGroup[]): FactRow[] {
  const byId = new Map(texts.map((text) => [text.document.id, text]));
  const rows: FactRow[] = [];
  for (const group of aligned) {
    const members = group.filter((member) => byId.has(member.docId));
    const hits = members.flatMap((member) => framingHits(lexicons, byId.get(member.docId)!, member.start, member.end));
    const sets = [...new Set(hits.map((hit) => hit.set))];
    for (const set of sets) {
      const inSet = hits.filter((hit) => hit.set === set);
      const usage = new Map<string, string>();
      for (const hit of inSet) {
        const used = [...new Set(inSet.filter((h) => h.docId === hit.docId).map((h) => h.member.label))].sort();
        usage.set(hit.docId, used.join('\u0000'));
      }
      if (usage.size < 2 || new Set(usage.values()).size < 2) continue;
      const documents = members
        .filter((member) => usage.has(member.docId))
        .map((member) => byId.get(member.docId)!.document);
      const firstPerMember = inSet.filter(
        (hit, index) => inSet.findIndex((other) => other.docId === hit.docId && other.member === hit.member) === index,
      );
      rows.push(factRow('wording', set.label, firstPerMember, documents));
    }
  }
  return rows;
}
