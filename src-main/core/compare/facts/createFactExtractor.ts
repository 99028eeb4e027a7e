import { compileLexicons } from './compiledLexicons';
import { numberRows } from './extractNumbers';
import { personRows } from './extractPeople';
import { placeRows } from './extractPlaces';
import { quoteRows } from './extractQuotes';
import { wordingRows } from './extractWording';
import type { FactLexicons } from './factLexicons';
import { readFactText } from './factText';
import type { ExtractFacts } from './factTypes';

/**
 * A fact extractor over the given lexicons (the bundled ones, or those extended with a user's
 * entries through extendFactLexicons). The lexicons are compiled once; each call reads the reports
 * once and returns the rows by kind: people, numbers, quotes, places, then wording.
 */
export function createFactExtractor(lexicons: FactLexicons): ExtractFacts {
  let compiled: ReturnType<typeof compileLexicons> | undefined;
  return (documents, aligned) => {
    compiled ??= compileLexicons(lexicons);
    const texts = documents.map(readFactText);
    return [
      ...personRows(compiled, texts),
      ...numberRows(compiled, texts),
      ...quoteRows(compiled, texts),
      ...placeRows(compiled, texts),
      ...wordingRows(compiled, texts, aligned),
    ];
  };
}
