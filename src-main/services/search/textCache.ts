import type { TextStore } from '../project/textStore';

/**
 * The most recently read document texts, so that snippets and phrase checks for a page of results
 * do not go back to disk for every query. Evicts least recently used texts past `capacity`.
 */
export class TextCache {
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly store: TextStore,
    private readonly capacity = 512,
  ) {}

  get(sha256: string): string | undefined {
    const cached = this.texts.get(sha256);
    if (cached !== undefined) {
      this.texts.delete(sha256);
      this.texts.set(sha256, cached);
      return cached;
    }
    const text = this.store.read(sha256);
    if (text !== undefined) this.remember(sha256, text);
    return text;
  }

  remember(sha256: string, text: string): void {
    this.texts.set(sha256, text);
    if (this.texts.size > this.capacity) this.texts.delete(this.texts.keys().next().value as string);
  }
}
