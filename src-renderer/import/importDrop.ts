import type { UploadItem } from '../api/createHttpUploader';

/**
 * What was dropped on the window, to import at once: in the desktop app the paths main granted,
 * in the browser the files themselves, to upload.
 */
export type ImportDrop = { kind: 'paths'; paths: string[] } | { kind: 'files'; items: UploadItem[] };
