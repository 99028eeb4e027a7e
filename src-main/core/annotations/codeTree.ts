import { normalizeArabic } from '../arabic';
import type { AnnotationState } from './annotationState';

/*
 * The codebook as a tree: how code names compare, and which codes are nested under which. Pure, so
 * that selecting highlights by a code (and its children) and the codebook's rules agree.
 */

/** Names compare the way search compares Arabic, so «أهداف» and «اهداف» are the same name. */
export function codeNameKey(name: string): string {
  return normalizeArabic(name.trim()).toLowerCase();
}

/** True when `codeId` is `ancestorId` or nested (at any depth) under it. */
export function isSameOrNestedUnder(state: AnnotationState, codeId: string, ancestorId: string): boolean {
  const seen = new Set<string>();
  for (
    let current: string | undefined = codeId;
    current !== undefined && !seen.has(current);
    current = state.code(current)?.parentId
  ) {
    if (current === ancestorId) return true;
    seen.add(current);
  }
  return false;
}

/** The code and every code nested under it. */
export function codeWithDescendants(state: AnnotationState, id: string): Set<string> {
  const ids = new Set<string>();
  for (const code of state.allCodes()) if (isSameOrNestedUnder(state, code.id, id)) ids.add(code.id);
  return ids;
}
