/**
 * Shapes of the few browser globals that code passed to `page.evaluate` touches. The Node test
 * program is compiled without the DOM library (so main-process code cannot use `document` by
 * mistake); each file that runs code in the page declares these globals for itself, from these types.
 */
export interface PageRange {
  toString(): string;
}

export interface PageElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  readonly clientHeight: number;
  readonly textContent: string | null;
  scrollTop: number;
}

export interface PageDocument {
  readonly documentElement: {
    readonly dir: string;
    readonly lang: string;
    readonly dataset: Record<string, string | undefined>;
  };
  readonly fonts: { readonly ready: Promise<unknown>; check(font: string, text?: string): boolean };
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): { readonly length: number };
  addEventListener(type: string, listener: () => void, capture?: boolean): void;
}

export interface PageCss {
  readonly highlights: {
    get(name: string): (Iterable<PageRange> & { readonly size: number }) | undefined;
    has(name: string): boolean;
  };
}

export interface PageWindow {
  qarinKeystrokeAt?: number;
}

export type PageRequestAnimationFrame = (callback: (now: number) => void) => number;
export type PageGetComputedStyle = (element: unknown) => { readonly fontFamily: string; readonly direction: string };
