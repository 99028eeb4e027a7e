/** One file to upload, under the name it has inside what the user chose (`reports/cnn/1.txt`). */
export interface UploadItem {
  file: File;
  name: string;
}

export type UploadRefusalCode =
  'too-large' | 'bad-name' | 'duplicate-name' | 'unknown-upload' | 'write-failed' | 'network';

/** A file the upload did not keep, by name, and why: it becomes an error of the import's report. */
export interface UploadRefusal {
  name: string;
  code: UploadRefusalCode;
  limitBytes?: number;
  message?: string;
}

export interface UploadResult {
  uploadId: string;
  /** The folder on the serving machine holding the upload, for `import.start`. */
  folder: string;
  uploaded: number;
  refused: UploadRefusal[];
}

export interface Uploader {
  /** Uploads every file (one after another); rejects with an AbortError when `signal` aborts. */
  upload(
    items: readonly UploadItem[],
    onProgress: (done: number, total: number, name: string) => void,
    signal: AbortSignal,
  ): Promise<UploadResult>;
  /** Deletes an upload that will not be imported (cancelled). */
  discard(uploadId: string): Promise<void>;
}

type Answer<T> =
  | { ok: true; result: T }
  | { ok: false; error: { code: string; message: string; refusal?: Omit<UploadRefusal, 'name'> } };

/**
 * Uploads for `qarin serve`: the page cannot give the server a picked file's path, so it sends the
 * file's bytes, with the session token as a header like every call. A file over the limit the
 * server announces is refused here without being sent.
 */
export function createHttpUploader(token: string, baseUrl = ''): Uploader {
  const headers = { Authorization: `Bearer ${token}` };
  const discard = async (uploadId: string) => {
    await fetch(`${baseUrl}/api/uploads/${uploadId}`, { method: 'DELETE', headers }).catch(() => undefined);
  };

  return {
    async upload(items, onProgress, signal) {
      const opened = await fetch(`${baseUrl}/api/uploads`, { method: 'POST', headers, signal });
      const created = (await opened.json()) as Answer<{ uploadId: string; folder: string; maxFileBytes: number }>;
      if (!created.ok) throw new Error(created.error.message);
      const { uploadId, folder, maxFileBytes } = created.result;
      const refused: UploadRefusal[] = [];
      let uploaded = 0;
      // A cancelled upload leaves nothing behind on the server.
      signal.addEventListener('abort', () => void discard(uploadId), { once: true });
      for (const [index, { file, name }] of items.entries()) {
        signal.throwIfAborted();
        onProgress(index, items.length, name);
        if (file.size > maxFileBytes) {
          refused.push({ name, code: 'too-large', limitBytes: maxFileBytes });
          continue;
        }
        let response: Response;
        try {
          response = await fetch(`${baseUrl}/api/uploads/${uploadId}/files?name=${encodeURIComponent(name)}`, {
            method: 'PUT',
            headers: { ...headers, 'Content-Type': 'application/octet-stream' },
            body: file,
            signal,
          });
        } catch (error) {
          if (signal.aborted) throw error;
          refused.push({ name, code: 'network', message: error instanceof Error ? error.message : String(error) });
          continue;
        }
        const answer = (await response.json().catch(() => undefined)) as Answer<unknown> | undefined;
        if (answer?.ok) uploaded += 1;
        else {
          const message = answer?.error.message ?? `HTTP ${response.status}`;
          refused.push({ name, code: 'write-failed', message, ...answer?.error.refusal });
        }
      }
      onProgress(items.length, items.length, '');
      return { uploadId, folder, uploaded, refused };
    },

    discard,
  };
}
