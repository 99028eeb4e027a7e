import { bundledFactLexicons } from './bundledFactLexicons';
import { createFactExtractor } from './createFactExtractor';
import type { ExtractFacts } from './factTypes';

/** The facts table over Qarin's bundled lexicons and gazetteer. */
export const extractFacts: ExtractFacts = createFactExtractor(bundledFactLexicons);
