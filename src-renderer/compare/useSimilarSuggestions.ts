import type { PickerSuggestion } from './ComparePicker';

/**
 * The reports most like `documentId`, to offer first when choosing what to compare it with.
 * Until the engine answers `compare.similar`, there are none and the picker offers the library.
 */
export function useSimilarSuggestions(documentId: string | undefined): PickerSuggestion[] | undefined {
  void documentId;
  return undefined;
}
