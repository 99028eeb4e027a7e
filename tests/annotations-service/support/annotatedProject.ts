import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../../src-main/api/apiError';
import type { Bilingual } from '../../../src-main/api/bilingual';
import { invoke } from '../../../src-main/api/dispatch';
import type { EventPayload } from '../../../src-main/api/types';
import { openWorkbench } from '../../../src-main/services/openWorkbench';
import { runImport } from '../../../src-main/services/runImport';
import type { Workbench } from '../../../src-main/services/workbench';
import { seedIds, seedsDir } from '../../helpers/seeds';
import { tempDir } from '../../helpers/tempDir';

export type SeedKey = keyof typeof seedIds;

export interface AnnotatedProject {
  projectDir: string;
  /** A copy of the seeds the project was imported from, free to edit and re-import. */
  corpusDir: string;
  workbench: Workbench;
  /** Document id of each seed. */
  docIds: Record<SeedKey, string>;
  /** Every `annotations.changed` payload since opening (or since the last reopen). */
  changes: EventPayload<'annotations.changed'>[];
  text(docId: string): Promise<string>;
  /** Start and end of the first occurrence of `passage` in the document, for annotations.create. */
  rangeOf(docId: string, passage: string): Promise<{ start: number; end: number }>;
  reopen(): Promise<void>;
  close(): Promise<void>;
}

/** A fresh project holding the five seed reports, imported from a copy that tests may edit. */
export async function openSeedProject(projectDir = tempDir('qarin-annotations-')): Promise<AnnotatedProject> {
  const corpusDir = tempDir('qarin-annotations-corpus-');
  cpSync(seedsDir, corpusDir, { recursive: true });
  const project: AnnotatedProject = {
    projectDir,
    corpusDir,
    workbench: await openWorkbench({ projectDir }),
    docIds: {} as Record<SeedKey, string>,
    changes: [],
    async text(docId) {
      return (await invoke(project.workbench.handlers, 'document.get', { id: docId })).text;
    },
    async rangeOf(docId, passage) {
      const start = (await project.text(docId)).indexOf(passage);
      if (start === -1) throw new Error(`"${passage}" is not in ${docId}`);
      return { start, end: start + passage.length };
    },
    async reopen() {
      await project.workbench.close();
      project.workbench = await openWorkbench({ projectDir });
      listen();
    },
    close: () => project.workbench.close(),
  };
  const listen = () =>
    project.workbench.events.subscribe((event, payload) => {
      if (event === 'annotations.changed') project.changes.push(payload as EventPayload<'annotations.changed'>);
    });
  listen();
  const report = await runImport(project.workbench, [corpusDir]);
  for (const [key, file] of Object.entries(seedIds) as [SeedKey, string][]) {
    const added = report.added.find((entry) => entry.path === join(corpusDir, file));
    if (added === undefined) throw new Error(`seed ${file} was not imported`);
    project.docIds[key] = added.id;
  }
  return project;
}

/** The ApiError a call rejected with, for asserting its code and both lines of its message. */
export async function apiErrorOf(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the call succeeded, but an ApiError was expected');
}

/** True when a message has an English and an Arabic version, as user-facing annotation errors do. */
export function isBilingual(message: Bilingual | undefined): boolean {
  return message !== undefined && /[A-Za-z]/.test(message.en) && /\p{Script=Arabic}/u.test(message.ar);
}
