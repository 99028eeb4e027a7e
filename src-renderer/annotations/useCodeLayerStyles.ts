import { useEffect } from 'react';
import type { ListedCode } from '../../src-main/api/types';
import { codeLayerStyles } from './highlightLayers';

let sheet: CSSStyleSheet | undefined;

/**
 * Keeps a ::highlight rule per code colour. A constructed stylesheet rather than a <style>
 * element: the Content-Security-Policy forbids inline styles, and the CSSOM is not inline.
 */
export function useCodeLayerStyles(codes: readonly ListedCode[]): void {
  useEffect(() => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    sheet.replaceSync(codeLayerStyles(codes));
  }, [codes]);
}
