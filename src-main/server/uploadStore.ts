import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, unlink } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Why one uploaded file was not kept; the page says it in the user's language, naming the file. */
export type UploadRefusal =
  | { code: 'too-large'; limitBytes: number }
  | { code: 'bad-name' }
  | { code: 'duplicate-name' }
  | { code: 'unknown-upload' }
  | { code: 'write-failed'; message: string };

export class UploadRefusedError extends Error {
  constructor(readonly refusal: UploadRefusal) {
    super(refusal.code === 'write-failed' ? refusal.message : refusal.code);
    this.name = 'UploadRefusedError';
  }
}

interface Upload {
  folder: string;
  names: Set<string>;
}

/**
 * The parts of a name the page sends (a file's name, or its `webkitRelativePath` inside a chosen
 * folder), or undefined when any part could leave the upload's folder or is not a plain name.
 */
export function safeRelativeParts(name: string): string[] | undefined {
  const parts = name.split('/');
  if (parts.length > 64) return undefined;
  const plain = parts.every(
    (part) =>
      part.length > 0 &&
      part !== '.' &&
      part !== '..' &&
      Buffer.byteLength(part) <= 255 &&
      !/[\\\u0000]/.test(part) &&
      !/^[A-Za-z]:$/.test(part),
  );
  return plain ? parts : undefined;
}

export interface UploadStore {
  /** A new, empty folder for one upload (one import). */
  create(): Promise<{ uploadId: string; folder: string }>;
  folderOf(uploadId: string): string | undefined;
  /** The folders of the uploads not yet imported or discarded. */
  folders(): string[];
  /**
   * Streams one file's body into the upload's folder under its relative name, refusing it once it
   * passes the import's size limit (nothing of it is kept). Other files of the upload are untouched.
   */
  receive(uploadId: string, name: string, body: IncomingMessage): Promise<{ bytes: number }>;
  discard(uploadId: string): Promise<void>;
  discardFolder(folder: string): Promise<void>;
  discardAll(): Promise<void>;
}

/**
 * Uploaded files wait in a folder of their own under the system's temporary folder until they
 * are imported (their text is then in the project) or the upload is discarded.
 */
export function createUploadStore(options: { maxFileBytes: number; root?: string }): UploadStore {
  const uploads = new Map<string, Upload>();
  const root = options.root ?? tmpdir();

  async function discard(uploadId: string): Promise<void> {
    const upload = uploads.get(uploadId);
    if (!upload) return;
    uploads.delete(uploadId);
    await rm(upload.folder, { recursive: true, force: true });
  }

  return {
    async create() {
      const folder = await mkdtemp(join(root, 'qarin-upload-'));
      const uploadId = randomUUID();
      uploads.set(uploadId, { folder, names: new Set() });
      return { uploadId, folder };
    },

    folderOf: (uploadId) => uploads.get(uploadId)?.folder,

    folders: () => [...uploads.values()].map((upload) => upload.folder),

    async receive(uploadId, name, body) {
      const upload = uploads.get(uploadId);
      if (!upload) throw new UploadRefusedError({ code: 'unknown-upload' });
      const parts = safeRelativeParts(name);
      if (!parts) throw new UploadRefusedError({ code: 'bad-name' });
      const key = parts.join('/').normalize('NFC');
      if (upload.names.has(key)) throw new UploadRefusedError({ code: 'duplicate-name' });
      const declared = Number(body.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxFileBytes) {
        throw new UploadRefusedError({ code: 'too-large', limitBytes: options.maxFileBytes });
      }
      upload.names.add(key);
      const path = join(upload.folder, ...parts);
      await mkdir(dirname(path), { recursive: true });
      let bytes = 0;
      try {
        await new Promise<void>((resolve, reject) => {
          // 'wx': never follow or overwrite something already there.
          const file = createWriteStream(path, { flags: 'wx' });
          let failed = false;
          const fail = (error: unknown) => {
            if (failed) return;
            failed = true;
            body.unpipe(file);
            file.destroy();
            reject(error);
          };
          body.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            if (bytes <= options.maxFileBytes) return;
            fail(new UploadRefusedError({ code: 'too-large', limitBytes: options.maxFileBytes }));
          });
          body.on('error', fail);
          body.on('aborted', () => fail(new Error('the upload was interrupted')));
          file.on('error', fail);
          file.on('close', () => {
            if (!failed) resolve();
          });
          body.pipe(file);
        });
      } catch (error) {
        upload.names.delete(key);
        await unlink(path).catch(() => {});
        if (error instanceof UploadRefusedError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new UploadRefusedError({ code: 'write-failed', message });
      }
      return { bytes };
    },

    discard,

    async discardFolder(folder) {
      for (const [uploadId, upload] of uploads) if (upload.folder === folder) await discard(uploadId);
    },

    async discardAll() {
      await Promise.all([...uploads.keys()].map(discard));
    },
  };
}
