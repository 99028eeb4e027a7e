import { randomUUID } from 'node:crypto';
import type { Code } from '../../core/annotations/code';
import { codeNameKey, isSameOrNestedUnder } from '../../core/annotations/codeTree';
import type { AnnotationChange } from '../../core/annotations/annotationChange';
import type { StoredHighlight } from '../../core/annotations/annotationData';
import { annotationError, annotationMessages } from './annotationMessages';
import type { AnnotationState } from '../../core/annotations/annotationState';
import { nextPaletteColor } from './codePalette';

/**
 * The codebook's rules, as changes computed from a state: names unique among siblings (compared
 * the way search compares Arabic, so «أهداف» and «اهداف» clash), no code nested in itself, and
 * highlights that follow their codes through merges and deletions.
 */

type Decision<R> = { change: AnnotationChange; result: R };

function codeOrThrow(state: AnnotationState, id: string): Code {
  const code = state.code(id);
  if (code === undefined) throw annotationError('not-found', annotationMessages.noCode(id));
  return code;
}

function parentName(state: AnnotationState, parentId: string | undefined): string | undefined {
  return parentId === undefined ? undefined : state.code(parentId)?.name;
}

/** Throws when a code other than those in `ignoring` already has this name under `parentId`. */
function assertNameFree(
  state: AnnotationState,
  name: string,
  parentId: string | undefined,
  ignoring: ReadonlySet<string>,
): void {
  const key = codeNameKey(name);
  const clash = state
    .allCodes()
    .some((code) => !ignoring.has(code.id) && code.parentId === parentId && codeNameKey(code.name) === key);
  if (clash)
    throw annotationError('conflict', annotationMessages.duplicateCodeName(name.trim(), parentName(state, parentId)));
}

/**
 * Every code with how many highlights carry it (`count`) and how many carry it or a code nested under
 * it (`countWithDescendants`): a highlight coded with a code and its child counts once for their ancestor.
 */
export function codesWithCounts(state: AnnotationState): Array<Code & { count: number; countWithDescendants: number }> {
  const codes = state.allCodes();
  const direct = new Map<string, Set<string>>();
  for (const highlight of state.allHighlights()) {
    for (const codeId of highlight.codeIds) {
      let ids = direct.get(codeId);
      if (ids === undefined) direct.set(codeId, (ids = new Set()));
      ids.add(highlight.id);
    }
  }
  const children = new Map<string | undefined, string[]>();
  for (const code of codes) children.set(code.parentId, [...(children.get(code.parentId) ?? []), code.id]);
  const withDescendants = (id: string, seen: Set<string>): Set<string> => {
    const highlights = new Set(direct.get(id) ?? []);
    for (const child of children.get(id) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      for (const highlightId of withDescendants(child, seen)) highlights.add(highlightId);
    }
    return highlights;
  };
  return codes.map((code) => ({
    ...code,
    count: direct.get(code.id)?.size ?? 0,
    countWithDescendants: withDescendants(code.id, new Set([code.id])).size,
  }));
}

export function createCode(
  state: AnnotationState,
  input: { name: string; color?: string | undefined; parentId?: string | undefined; description?: string | undefined },
): Decision<Code> {
  if (input.parentId !== undefined) codeOrThrow(state, input.parentId);
  assertNameFree(state, input.name, input.parentId, new Set());
  const codes = state.allCodes();
  const code: Code = {
    id: randomUUID(),
    name: input.name.trim(),
    color:
      input.color ??
      nextPaletteColor(
        codes.map((existing) => existing.color),
        codes.length,
      ),
  };
  if (input.parentId !== undefined) code.parentId = input.parentId;
  if (input.description !== undefined && input.description.trim() !== '') code.description = input.description;
  return { change: { codes: { put: [code] } }, result: code };
}

export function updateCode(
  state: AnnotationState,
  input: {
    id: string;
    name?: string | undefined;
    color?: string | undefined;
    parentId?: string | null | undefined;
    description?: string | undefined;
  },
): Decision<Code> {
  const existing = codeOrThrow(state, input.id);
  const updated: Code = { ...existing };
  if (input.name !== undefined) updated.name = input.name.trim();
  if (input.color !== undefined) updated.color = input.color;
  if (input.parentId === null) delete updated.parentId;
  else if (input.parentId !== undefined) {
    const parent = codeOrThrow(state, input.parentId);
    if (isSameOrNestedUnder(state, parent.id, existing.id)) {
      throw annotationError('conflict', annotationMessages.codeCycle(existing.name, parent.name));
    }
    updated.parentId = parent.id;
  }
  if (input.description !== undefined) {
    if (input.description.trim() === '') delete updated.description;
    else updated.description = input.description;
  }
  if (updated.name !== existing.name || updated.parentId !== existing.parentId) {
    assertNameFree(state, updated.name, updated.parentId, new Set([existing.id]));
  }
  return { change: { codes: { put: [updated] } }, result: updated };
}

function replaceCode(
  highlight: StoredHighlight,
  removedId: string,
  replacementId: string | undefined,
  now: string,
): StoredHighlight {
  const codeIds = highlight.codeIds.flatMap((id) =>
    id === removedId ? (replacementId === undefined ? [] : [replacementId]) : [id],
  );
  return { ...highlight, codeIds: [...new Set(codeIds)], modified: now };
}

/** Moves `children` under `parentId`, refusing when one would share a name with a code already there. */
function reparent(
  state: AnnotationState,
  children: Code[],
  parentId: string | undefined,
  leaving: ReadonlySet<string>,
): Code[] {
  const moving = new Set(children.map((child) => child.id));
  const ignoring = new Set([...leaving, ...moving]);
  const namesThere = new Map<string, string>();
  for (const code of state.allCodes()) {
    if (!ignoring.has(code.id) && code.parentId === parentId) namesThere.set(codeNameKey(code.name), code.name);
  }
  return children.map((child) => {
    const key = codeNameKey(child.name);
    if (namesThere.has(key))
      throw annotationError('conflict', annotationMessages.siblingClash(child.name, parentName(state, parentId)));
    namesThere.set(key, child.name);
    const moved: Code = { ...child };
    if (parentId === undefined) delete moved.parentId;
    else moved.parentId = parentId;
    return moved;
  });
}

/**
 * Merges `sourceId` into `targetId`: the source's highlights take the target code (never twice),
 * its children move under the target, and the source is removed. When the target is nested inside
 * the source it first takes the source's place, so nothing ends up nested in itself.
 */
export function mergeCodes(
  state: AnnotationState,
  input: { sourceId: string; targetId: string },
  now: string,
): Decision<{ target: Code; highlightsMoved: number }> {
  const source = codeOrThrow(state, input.sourceId);
  const target = codeOrThrow(state, input.targetId);
  if (source.id === target.id) throw annotationError('invalid-input', annotationMessages.mergeIntoItself(source.name));

  const putCodes: Code[] = [];
  let keptTarget = target;
  if (isSameOrNestedUnder(state, target.id, source.id)) {
    keptTarget = reparent(state, [target], source.parentId, new Set([source.id]))[0] ?? target;
    putCodes.push(keptTarget);
  }
  const children = state.allCodes().filter((code) => code.parentId === source.id && code.id !== target.id);
  putCodes.push(...reparent(state, children, target.id, new Set([source.id])));

  const highlights = [...state.allHighlights()]
    .filter((highlight) => highlight.codeIds.includes(source.id))
    .map((highlight) => replaceCode(highlight, source.id, target.id, now));
  return {
    change: { codes: { put: putCodes, remove: [source.id] }, highlights: { put: highlights } },
    result: { target: keptTarget!, highlightsMoved: highlights.length },
  };
}

/**
 * Deletes a code; its children move up to its parent. Its highlights either lose the code, or
 * (`delete-highlights`) are deleted when it was their only code: a highlight that also carries
 * another code is the analyst's work under that other code, so it only loses this one.
 */
export function deleteCode(
  state: AnnotationState,
  input: { id: string; highlights: 'remove-code' | 'delete-highlights' },
  now: string,
): Decision<{ highlightsUncoded: number; highlightsDeleted: number }> {
  const code = codeOrThrow(state, input.id);
  const children = state.allCodes().filter((child) => child.parentId === code.id);
  const movedChildren = reparent(state, children, code.parentId, new Set([code.id]));
  const put: StoredHighlight[] = [];
  const removed: string[] = [];
  for (const highlight of state.allHighlights()) {
    if (!highlight.codeIds.includes(code.id)) continue;
    if (input.highlights === 'delete-highlights' && highlight.codeIds.length === 1) removed.push(highlight.id);
    else put.push(replaceCode(highlight, code.id, undefined, now));
  }
  const change: AnnotationChange = {
    codes: { put: movedChildren, remove: [code.id] },
    highlights: { put, remove: removed },
  };
  const memos = memosWithout(state, new Set(removed), now);
  if (memos.length > 0) change.memos = { put: memos };
  return { change, result: { highlightsUncoded: put.length, highlightsDeleted: removed.length } };
}

/** Memos that link any of `highlightIds`, with those links dropped: a memo outlives the highlights it cites. */
export function memosWithout(state: AnnotationState, highlightIds: ReadonlySet<string>, now: string) {
  return state
    .allMemos()
    .filter((memo) => memo.highlightIds.some((id) => highlightIds.has(id)))
    .map((memo) => ({ ...memo, highlightIds: memo.highlightIds.filter((id) => !highlightIds.has(id)), modified: now }));
}
