import assert from 'node:assert/strict';
import type { FactDocument, FactRow } from '../../src-main/core/compare/facts/factTypes';

/** Every cell's text is exactly the stored text at its span: the view scrolls and paints by these offsets. */
export function assertCellsPointIntoTexts(rows: FactRow[], documents: FactDocument[]): void {
  const byId = new Map(documents.map((document) => [document.id, document]));
  for (const row of rows) {
    for (const cell of row.cells) {
      const document = byId.get(cell.docId);
      assert.ok(document, `a cell of «${row.label}» names an unknown report ${cell.docId}`);
      assert.equal(document.text.slice(cell.start, cell.end), cell.text, `the span of «${cell.text}»`);
    }
  }
}

/** A row's cells as "docId: text", in the order the row gives them. */
export function cellTexts(row: FactRow): string[] {
  return row.cells.map((cell) => `${cell.docId}: ${cell.text}`);
}
