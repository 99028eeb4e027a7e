import type { Paragraph } from '../reader/paragraphs';

/** One aligned group as the row layout sees it: for some columns, the index of the block holding its member. */
export interface RowGroup {
  members: ReadonlyArray<{ column: number; block: number }>;
}

/**
 * Paragraphs cut where sentences start, so every sentence opens a block of its own that can be
 * given a row's height. Each piece keeps its paragraph's number and direction, and its text is
 * still exactly the stored slice, so ranges, offsets and highlights map as they do on whole paragraphs.
 */
export function cutAtSentences(paragraphs: readonly Paragraph[], sentenceStarts: readonly number[]): Paragraph[] {
  const starts = [...sentenceStarts].sort((a, b) => a - b);
  const pieces: Paragraph[] = [];
  let next = 0;
  for (const paragraph of paragraphs) {
    while (next < starts.length && starts[next]! <= paragraph.start) next++;
    let from = paragraph.start;
    while (next < starts.length && starts[next]! < paragraph.end) {
      const cut = starts[next]!;
      next++;
      // Text before the first sentence (spaces, a bullet) stays with it rather than making a row of its own.
      if (paragraph.text.slice(0, cut - paragraph.start).trim() === '') continue;
      pieces.push({
        ...paragraph,
        start: from,
        end: cut,
        text: paragraph.text.slice(from - paragraph.start, cut - paragraph.start),
      });
      from = cut;
    }
    pieces.push({ ...paragraph, start: from, end: paragraph.end, text: paragraph.text.slice(from - paragraph.start) });
  }
  return pieces;
}

/**
 * Assigns every block of every column a row, so that the members of an aligned group share one row
 * and every other block has a row to itself (the other columns' cells stay empty). Groups are taken
 * in the given order and a member is kept only while it comes after the members already placed in
 * its column: rows run down every column in reading order, so a moved sentence keeps its place in
 * its own report and is left out of the row instead of reordering the text.
 * Returns, per column, the row of each block, and the number of rows.
 */
export function assignRows(
  blockCounts: readonly number[],
  groups: readonly RowGroup[],
): { rowOf: number[][]; rowCount: number } {
  const last = blockCounts.map(() => -1);
  const placed: Array<Array<{ column: number; block: number }>> = [];
  for (const group of groups) {
    const kept = group.members.filter(
      (member, index, all) =>
        member.block > last[member.column]! &&
        member.block < blockCounts[member.column]! &&
        all.findIndex((other) => other.column === member.column) === index,
    );
    if (kept.length < 2) continue;
    for (const member of kept) last[member.column] = member.block;
    placed.push(kept);
  }

  const rowOf = blockCounts.map((count) => new Array<number>(count).fill(-1));
  const nextBlock = blockCounts.map(() => 0);
  let rowCount = 0;
  // Blocks of `column` before `upTo` that no group holds each take a row of their own.
  const soloRowsBefore = (column: number, upTo: number) => {
    for (; nextBlock[column]! < upTo; nextBlock[column]!++) rowOf[column]![nextBlock[column]!] = rowCount++;
  };
  for (const members of placed) {
    for (const member of members) soloRowsBefore(member.column, member.block);
    for (const member of members) {
      rowOf[member.column]![member.block] = rowCount;
      nextBlock[member.column] = member.block + 1;
    }
    rowCount++;
  }
  blockCounts.forEach((count, column) => soloRowsBefore(column, count));
  return { rowOf, rowCount };
}

/**
 * Levels the columns' blocks row by row: each block is as tall as the tallest block of its row, and
 * a margin above it stands in for the rows where its column has nothing. Natural heights are read
 * with the previous levelling removed, so a narrower window or a larger font is measured afresh.
 */
export function levelRows(
  columns: ReadonlyArray<{ blocks: readonly HTMLElement[]; rows: readonly number[]; end: HTMLElement }>,
  rowCount: number,
): void {
  unlevelRows(columns);
  const heights = new Array<number>(rowCount).fill(0);
  for (const column of columns)
    column.blocks.forEach((block, index) => {
      const row = column.rows[index];
      if (row !== undefined && row >= 0) heights[row] = Math.max(heights[row]!, block.getBoundingClientRect().height);
    });
  const sum = (from: number, to: number) => heights.slice(from, to).reduce((total, height) => total + height, 0);
  for (const column of columns) {
    let nextRow = 0;
    column.blocks.forEach((block, index) => {
      const row = column.rows[index];
      // A hidden block (collapsed boilerplate) leaves its row empty in this column.
      if (row === undefined || row < 0 || block.hidden) return;
      block.style.marginBlockStart = `${sum(nextRow, row)}px`;
      block.style.minHeight = `${heights[row]}px`;
      nextRow = row + 1;
    });
    column.end.style.paddingBlockEnd = `${sum(nextRow, rowCount)}px`;
  }
}

/** Gives the blocks back their natural heights and places (the free-flow layout). */
export function unlevelRows(columns: ReadonlyArray<{ blocks: readonly HTMLElement[]; end: HTMLElement }>): void {
  for (const column of columns) {
    column.end.style.paddingBlockEnd = '';
    for (const block of column.blocks) {
      block.style.minHeight = '';
      block.style.marginBlockStart = '';
    }
  }
}
