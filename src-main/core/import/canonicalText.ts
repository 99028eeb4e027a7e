const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The one form in which text is stored (see DESIGN.md, "The text model"): no leading byte-order
 * mark, LF line endings, NFC. Offsets, hashes and annotation anchors are only stable if every
 * importer produces exactly this form, so they all go through here.
 */
export function canonicalText(text: string): string {
  const withoutBom = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  // Most texts have no CR: finding that out is cheaper than matching for one.
  const lineFeeds = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  return lineFeeds.normalize('NFC');
}
