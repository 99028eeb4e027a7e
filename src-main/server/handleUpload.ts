import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ImportPathPolicy } from './importPathPolicy';
import { sendJson } from './sendJson';
import { UploadRefusedError, type UploadRefusal, type UploadStore } from './uploadStore';

const refusalStatus: Record<UploadRefusal['code'], number> = {
  'too-large': 413,
  'bad-name': 400,
  'duplicate-name': 409,
  'unknown-upload': 404,
  'write-failed': 500,
};

function refusalMessage(name: string, refusal: UploadRefusal): string {
  switch (refusal.code) {
    case 'too-large':
      return `${name}: over the ${Math.round(refusal.limitBytes / 1024 / 1024)} MB limit of an imported file`;
    case 'bad-name':
      return `${name}: not a plain file name`;
    case 'duplicate-name':
      return `${name}: a file of this name is already in the upload`;
    case 'unknown-upload':
      return 'no such upload (it was imported or discarded)';
    case 'write-failed':
      return `${name}: ${refusal.message}`;
  }
}

/**
 * The browser's way to import: `POST /api/uploads` opens an upload (a folder of its own) and says
 * the size limit; `PUT /api/uploads/<id>/files?name=<relative name>` streams one file's bytes into
 * it; `import.start` then takes that folder like any path; `DELETE /api/uploads/<id>` discards it.
 * A refused file is answered with its name and why (`refusal`), and the upload goes on.
 */
export async function handleUpload(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  url: URL,
  uploads: UploadStore,
  policy: ImportPathPolicy,
  maxFileBytes: number,
): Promise<void> {
  const parts = pathname.split('/').slice(3);
  if (parts.length === 0 && request.method === 'POST') {
    const created = await uploads.create();
    await policy.addUploadFolder(created.folder);
    sendJson(response, 200, { ok: true, result: { ...created, maxFileBytes } });
    return;
  }
  const uploadId = parts[0] ?? '';
  if (parts.length === 1 && request.method === 'DELETE') {
    const folder = uploads.folderOf(uploadId);
    if (folder) policy.removeUploadFolder(folder);
    await uploads.discard(uploadId);
    sendJson(response, 200, { ok: true, result: { discarded: folder !== undefined } });
    return;
  }
  if (parts.length === 2 && parts[1] === 'files' && request.method === 'PUT') {
    const name = url.searchParams.get('name') ?? '';
    try {
      const { bytes } = await uploads.receive(uploadId, name, request);
      sendJson(response, 200, { ok: true, result: { name, bytes } });
    } catch (error) {
      if (!(error instanceof UploadRefusedError)) throw error;
      // What is left of a refused body is not worth reading; closing tells the browser to stop sending.
      if (!request.complete) {
        response.setHeader('Connection', 'close');
        request.resume();
      }
      sendJson(response, refusalStatus[error.refusal.code], {
        ok: false,
        error: { code: 'invalid-input', message: refusalMessage(name, error.refusal), refusal: error.refusal },
      });
    }
    return;
  }
  const message = `${request.method} ${pathname} is not an upload call.`;
  sendJson(response, 405, { ok: false, error: { code: 'invalid-input', message } });
}
