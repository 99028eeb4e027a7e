import type { Comparison } from '../../src-main/api/compareSchemas';

export type { Comparison, FactRow, FactCell, AlignmentGroup, DocSpan } from '../../src-main/api/compareSchemas';
export type ComparedDocument = Comparison['documents'][number];
