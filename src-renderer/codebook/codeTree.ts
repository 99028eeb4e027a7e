import type { ListedCode } from '../../src-main/api/types';

export interface CodeTreeRow {
  code: ListedCode;
  /** 0 for a top-level code. */
  depth: number;
  hasChildren: boolean;
}

function byName(a: ListedCode, b: ListedCode): number {
  return a.name.localeCompare(b.name, 'ar');
}

function childrenByParent(codes: readonly ListedCode[]): Map<string | undefined, ListedCode[]> {
  const known = new Set(codes.map((code) => code.id));
  const children = new Map<string | undefined, ListedCode[]>();
  for (const code of codes) {
    // A parent that no longer exists would hide its children: show them at the top instead.
    const parent = code.parentId !== undefined && known.has(code.parentId) ? code.parentId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  for (const list of children.values()) list.sort(byName);
  return children;
}

/**
 * The codebook in reading order, parents before their children, siblings by name; codes under a
 * collapsed parent are left out. The service refuses cycles; should a damaged codebook hold one,
 * its codes still show, and nothing loops.
 */
export function codeTreeRows(codes: readonly ListedCode[], collapsed: ReadonlySet<string> = new Set()): CodeTreeRow[] {
  const children = childrenByParent(codes);
  const rows: CodeTreeRow[] = [];
  const visited = new Set<string>();
  const walk = (parent: string | undefined, depth: number) => {
    for (const code of children.get(parent) ?? []) {
      if (visited.has(code.id)) continue;
      visited.add(code.id);
      const hasChildren = (children.get(code.id)?.length ?? 0) > 0;
      rows.push({ code, depth, hasChildren });
      if (!collapsed.has(code.id)) walk(code.id, depth + 1);
    }
  };
  walk(undefined, 0);
  // Codes caught in a cycle have no way down from the top: show them there rather than lose them.
  const reachable = codeWithDescendants(codes, undefined);
  for (const code of [...codes].sort(byName)) {
    if (reachable.has(code.id) || visited.has(code.id)) continue;
    visited.add(code.id);
    rows.push({ code, depth: 0, hasChildren: (children.get(code.id)?.length ?? 0) > 0 });
    if (!collapsed.has(code.id)) walk(code.id, 1);
  }
  return rows;
}

/**
 * The code and every code nested under it: what cannot become its parent. For `undefined` (the top
 * of the tree), every code reachable from the top.
 */
export function codeWithDescendants(codes: readonly ListedCode[], id: string | undefined): Set<string> {
  const children = childrenByParent(codes);
  const found = new Set<string>(id === undefined ? [] : [id]);
  const stack: Array<string | undefined> = [id];
  while (stack.length > 0) {
    for (const child of children.get(stack.pop()) ?? []) {
      if (found.has(child.id)) continue;
      found.add(child.id);
      stack.push(child.id);
    }
  }
  return found;
}

/** «parent › child», as a code is cited in exports and in the picker. */
export function codePath(code: ListedCode | undefined, codesById: ReadonlyMap<string, ListedCode>): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (
    let current = code;
    current && !seen.has(current.id);
    current = current.parentId ? codesById.get(current.parentId) : undefined
  ) {
    seen.add(current.id);
    names.unshift(current.name);
  }
  return names.join(' › ');
}
