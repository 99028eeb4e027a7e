import type { ExportResult } from '../../src-main/api/types';

function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Hands an export to the user as a file download: the browser's save flow in `qarin serve`, the
 * desktop app's save dialog in Electron. Nothing leaves the machine; the link points at a blob.
 */
export function saveExportFile(result: ExportResult): void {
  const body = result.encoding === 'base64' ? bytesOfBase64(result.content) : result.content;
  const url = URL.createObjectURL(new Blob([body], { type: result.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = result.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; revoking later leaves slow save dialogs time.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
