/*
 * The WHATWG Encoding API, which Node and every browser provide but TypeScript's ES library does not
 * declare. Only the pure program (tsconfig.core.json) includes this file: the Node program gets these
 * from @types/node and the renderer's from the DOM library.
 */
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  decode(input?: Uint8Array): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
