import { sha256Hex } from '../text/sha256Hex';

/**
 * A GUID derived from what it names (name-based, like a version 5 UUID but over SHA-256), so that
 * exporting the same project twice gives the same GUIDs and a QDA tool can recognise a re-import.
 */
export function stableGuid(kind: string, id: string): string {
  const hex = sha256Hex(`qarin:${kind}:${id}`);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
