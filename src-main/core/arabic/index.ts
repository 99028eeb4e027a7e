export { analyze } from './analyze';
export { normalizeArabic } from './normalizeArabic';
export { scanTokens, type TokenVisitor } from './scanTokens';
export { stemArabic } from './stemArabic';
export { stemCandidates } from './stemCandidates';
export type { Token } from './token';
