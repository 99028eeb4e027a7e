import type { Code } from '../annotations/code';

/**
 * The codebook as a tree read top to bottom: each code followed by its children, with its depth.
 * A code whose parent is missing, or that sits in a cycle (a codebook edited by hand), becomes a root
 * rather than disappearing from the report.
 */
export function codebookOrder(codes: readonly Code[]): Array<{ code: Code; depth: number }> {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const children = new Map<string | undefined, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== undefined && byId.has(code.parentId) ? code.parentId : undefined;
    const list = children.get(parent) ?? [];
    list.push(code);
    children.set(parent, list);
  }
  const ordered: Array<{ code: Code; depth: number }> = [];
  const seen = new Set<string>();
  const visit = (code: Code, depth: number) => {
    if (seen.has(code.id)) return;
    seen.add(code.id);
    ordered.push({ code, depth });
    for (const child of children.get(code.id) ?? []) visit(child, depth + 1);
  };
  for (const root of children.get(undefined) ?? []) visit(root, 0);
  for (const code of codes) visit(code, 0);
  return ordered;
}
