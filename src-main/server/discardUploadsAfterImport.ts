import type { ApiHandlers } from '../api/dispatch';
import type { EventHub } from '../api/eventHub';
import type { ImportPathPolicy } from './importPathPolicy';
import type { UploadStore } from './uploadStore';

/**
 * An upload's files are needed only until their import ends (their text is then in the project):
 * when `import.done` arrives for a job that imported an upload's folder, the folder is deleted.
 * A small import can finish before `import.start` answers, so finished jobs are remembered briefly.
 */
export function discardUploadsAfterImport(
  handlers: ApiHandlers,
  events: EventHub,
  uploads: UploadStore,
  policy: ImportPathPolicy,
  uploadFolders: () => string[],
): { handlers: ApiHandlers; stop(): void } {
  const foldersOfJob = new Map<string, string[]>();
  const finishedEarly = new Set<string>();

  const discard = (folders: string[]) => {
    for (const folder of folders) {
      policy.removeUploadFolder(folder);
      uploads
        .discardFolder(folder)
        .catch((error: unknown) => console.error(`qarin serve: could not delete ${folder}:`, error));
    }
  };

  const stop = events.subscribe((name, payload) => {
    if (name !== 'import.done') return;
    const { jobId } = payload as { jobId: string };
    const folders = foldersOfJob.get(jobId);
    if (folders) {
      foldersOfJob.delete(jobId);
      discard(folders);
    } else if (finishedEarly.size < 1000) {
      finishedEarly.add(jobId);
    }
  });

  const start = handlers['import.start'];
  return {
    stop,
    handlers: {
      ...handlers,
      'import.start': async (input) => {
        const known = uploadFolders();
        const folders = input.paths.filter((path) => known.includes(path));
        const started = await start(input);
        if (folders.length > 0) {
          if (finishedEarly.delete(started.jobId)) discard(folders);
          else foldersOfJob.set(started.jobId, folders);
        }
        return started;
      },
    },
  };
}
