export { SHINGLE_WORDS, hashWord, shingleSequence, distinctShingles, WORD_BREAK, SHINGLE_BREAK } from './shingles';
export { textWords } from './textWords';
export { winnow, WINNOW_WINDOW } from './winnow';
export { keywordVector, keywordCosine, KEYWORDS_PER_DOCUMENT, type KeywordVector } from './keywordVector';
export { countShared, countSharedPassages, MIN_PASSAGE_WORDS } from './sharedText';
export { dayNumber } from './dayNumber';
export {
  SimilarityIndex,
  DEFAULT_CLUSTER_SIMILARITY,
  combineShares,
  signatureOf,
  storyLink,
  type SimilarMatch,
  type ClusterOptions,
  type SimilaritySignature,
  type StoryLinkSide,
} from './similarityIndex';
export { packSimilarity, unpackSimilarity, SIMILARITY_VERSION, type SimilaritySnapshot } from './similaritySnapshot';
export { describeClusters, type StoryCluster, type ClusterMember } from './storyClusters';
