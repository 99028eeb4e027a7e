import type { Code } from '../annotations/code';

/**
 * Names from the root of the codebook down to `code`. A parent that is missing or a cycle (a
 * codebook edited by hand) ends the walk rather than failing the export.
 */
export function codePath(code: Code, codesById: ReadonlyMap<string, Code>): string[] {
  const names = [code.name];
  const seen = new Set([code.id]);
  let parentId = code.parentId;
  while (parentId !== undefined && !seen.has(parentId)) {
    const parent = codesById.get(parentId);
    if (parent === undefined) break;
    names.unshift(parent.name);
    seen.add(parent.id);
    parentId = parent.parentId;
  }
  return names;
}
