import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ApiError } from '../../api/apiError';
import type { LexiconEntry, LexiconList, LexiconRemoveRequest } from '../../api/compareSchemas';
import { bundledFactLexicons, gazetteerAttribution } from '../../core/compare/facts/bundledFactLexicons';
import { createFactExtractor } from '../../core/compare/facts/createFactExtractor';
import { extractFacts as extractBundledFacts } from '../../core/compare/facts/extractFacts';
import { extendFactLexicons } from '../../core/compare/facts/factLexicons';
import type { ExtractFacts } from '../../core/compare/facts/factTypes';
import { decodeLexiconFile } from '../../core/compare/facts/lexiconFileText';
import type { LexiconAddition } from '../../core/compare/facts/lexiconAddition';
import {
  formatLexiconLine,
  lexiconAdditions,
  lexiconEntryName,
  parseLexiconLines,
} from '../../core/compare/facts/lexiconAdditionLines';
import { writeFileDurably } from '../persistence';
import { fileStamp } from '../persistence/fileStamp';
import { nodeErrorCode } from '../persistence/nodeErrorCode';
import { ProjectLockedError, ProjectWriterLock } from '../persistence/ProjectWriterLock';
import { projectMessages } from '../project/projectMessages';
import { lexiconMessages } from './lexiconMessages';

/** The file `compare.lexicons.add` appends to; users may keep entries in any other `.tsv`/`.txt` too. */
export const ADDED_LEXICON_FILE = 'additions.tsv';

const LEXICON_FILE = /\.(tsv|txt)$/i;

/** How the lexicon writes are named among the holders of the project's writer lock. */
const LOCK_HOLDER = 'lexicons';
/** Another process's lexicon write takes milliseconds; an import or annotating session holds the lock longer. */
const LOCK_WAIT_MS = 10_000;
/** Writes retried when the file changed between reading it and replacing it (a hand edit saved meanwhile). */
const WRITE_ATTEMPTS = 5;
const UTF8_BOM = '\uFEFF';

/**
 * The writes in flight per folder in this process, chained: the writer lock is shared by the holders
 * of one process, so it cannot order two writes made here at the same time.
 */
const writesInProcess = new Map<string, Promise<unknown>>();

class ChangedWhileWriting extends Error {}

const NEW_FILE_HEADER = [
  '# Qarin: additions to the facts lexicons. One entry a line, fields separated by a tab, lists by |.',
  '# إضافات المستخدم إلى معاجم جدول الحقائق: مدخل في كل سطر، والحقول يفصل بينها Tab، وعناصر القائمة |.',
  '#   title        TEXT  rank|role',
  '#   place        NAME  country|capital|city|region|organisation  [CC]  [ALIAS|ALIAS]',
  '#   framing      SET   MEMBER  FORM|FORM  [SET LABEL]',
  '#   given-name   NAME',
  '#   speech-verb  VERB',
  '',
].join('\n');

interface FolderReading {
  /** File names with their size and modification time: what says the reading is still current. */
  stamp: string;
  list: LexiconList;
  /** Built at the first comparison that needs it, not at every listing. */
  extract?: ExtractFacts;
}

/**
 * The user's additions to the facts lexicons, kept as text files in `<project>/lexicons/` so that
 * they travel with the project and can be edited by hand. The folder is read again whenever a
 * file in it changed (by this app or an editor); a bad line costs only itself, and a file is read
 * in the encoding it was saved in. A folder that cannot be read is an error naming it, while the
 * comparison goes on with the bundled lexicons.
 *
 * Changes are made under the project's writer lock, one at a time in this process, by re-reading
 * the file and replacing it whole (a temporary file renamed over it); a file changed by hand
 * between that reading and the rename is read again and the change made anew, so no line is lost.
 */
export class UserLexicons {
  private reading: FolderReading | undefined;

  constructor(
    readonly folder: string,
    /** The project's writer lock; by default the one of the project holding the folder. */
    private readonly writerLock = new ProjectWriterLock(join(dirname(folder), '.lock')),
  ) {}

  /** The facts extractor over the bundled lexicons extended with the folder's additions. */
  async extractor(): Promise<ExtractFacts> {
    let reading: FolderReading;
    try {
      reading = await this.read();
    } catch (error) {
      // The folder's error is for the lexicons dialog and `qarin lexicon`; a comparison still runs.
      if (error instanceof ApiError) return extractBundledFacts;
      throw error;
    }
    if (!reading.extract) {
      const additions = reading.list.entries.map(({ entry }) => entry);
      reading.extract =
        additions.length === 0
          ? extractBundledFacts
          : createFactExtractor(extendFactLexicons(bundledFactLexicons, lexiconAdditions(additions)));
    }
    return reading.extract;
  }

  async list(): Promise<LexiconList> {
    return (await this.read()).list;
  }

  /** Appends the entry to ADDED_LEXICON_FILE, unless the same entry is already listed. */
  async add(entry: LexiconEntry): Promise<LexiconList> {
    const line = formatLexiconLine(entry);
    const parsed = parseLexiconLines(line);
    const problem = parsed.problems[0];
    if (problem || !parsed.entries[0]) {
      throw new ApiError('invalid-input', problem?.reason ?? { en: 'Empty entry.', ar: 'مدخل فارغ.' });
    }
    const added = parsed.entries[0].entry;
    return this.write(async () => {
      const current = await this.list();
      if (current.entries.some(({ entry: known }) => sameEntry(known, added))) return;
      await mkdir(this.folder, { recursive: true }).catch((error: unknown) => {
        throw new ApiError('corrupt', lexiconMessages.folderUnusable(this.folder, error));
      });
      await this.rewrite(ADDED_LEXICON_FILE, (before) => {
        const text =
          before === undefined ? NEW_FILE_HEADER : before.endsWith('\n') || before === '' ? before : `${before}\n`;
        return `${text}${line}\n`;
      });
    });
  }

  /** Removes every line that adds the named entry, from whichever file holds it. */
  async remove(request: LexiconRemoveRequest): Promise<LexiconList> {
    return this.write(async () => {
      const current = await this.list();
      const files = new Set(
        current.entries
          .filter(({ entry, name }) => entry.kind === request.kind && name === request.name)
          .map(({ file }) => file),
      );
      if (files.size === 0) {
        throw new ApiError('not-found', lexiconMessages.notFound(request.kind, request.name, this.folder));
      }
      for (const file of files) {
        await this.rewrite(file, (before) =>
          (before ?? '')
            .split('\n')
            .filter((line) => {
              const entry = parseLexiconLines(line).entries[0]?.entry;
              return !(entry && entry.kind === request.kind && lexiconEntryName(entry) === request.name);
            })
            .join('\n'),
        );
      }
    });
  }

  /** Runs a change after this process's earlier ones, holding the project's writer lock; answers the new list. */
  private async write(change: () => Promise<void>): Promise<LexiconList> {
    // One queue per folder however its path was spelled.
    const key = resolve(this.folder);
    const previous = writesInProcess.get(key) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(async () => {
        try {
          await this.writerLock.acquire(LOCK_HOLDER, LOCK_WAIT_MS);
        } catch (error) {
          if (!(error instanceof ProjectLockedError)) throw error;
          throw new ApiError('conflict', projectMessages.lockedByAnotherProcess(error.ownerPid, error.ownerCommand));
        }
        try {
          await change();
          return await this.list();
        } finally {
          await this.writerLock.release(LOCK_HOLDER);
        }
      });
    writesInProcess.set(key, run);
    try {
      return await run;
    } finally {
      if (writesInProcess.get(key) === run) writesInProcess.delete(key);
    }
  }

  /**
   * Replaces a file of the folder with `edit` of its current text, written as UTF-8 (with a mark
   * when the file had one or was in another encoding, so the Windows tool that made it reads it
   * back). Refuses a file with lines in no readable encoding, which rewriting would lose.
   */
  private async rewrite(name: string, edit: (text: string | undefined) => string): Promise<void> {
    const path = join(this.folder, name);
    for (let attempt = 1; ; attempt++) {
      const stamp = await fileStamp(path);
      const bytes = await readOptional(path);
      let text: string | undefined;
      let marked = false;
      if (bytes !== undefined) {
        const decoded = decodeLexiconFile(bytes);
        const unreadable = decoded.problems[0];
        if (unreadable) throw new ApiError('conflict', lexiconMessages.notRewritable(path, unreadable.line));
        text = decoded.text;
        marked = decoded.encoding !== 'utf-8' || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
      }
      const next = `${marked ? UTF8_BOM : ''}${edit(text)}`;
      try {
        await writeFileDurably(path, next, {
          beforeRename: async () => {
            if ((await fileStamp(path)) !== stamp) throw new ChangedWhileWriting();
          },
        });
        return;
      } catch (error) {
        if (!(error instanceof ChangedWhileWriting)) throw error;
        if (attempt === WRITE_ATTEMPTS) throw new ApiError('conflict', lexiconMessages.keptChanging(path));
      }
    }
  }

  private async read(): Promise<FolderReading> {
    const files = await this.lexiconFiles();
    const stamp = files.map((file) => `${file.name}:${file.size}:${file.mtimeMs}`).join('\n');
    if (this.reading?.stamp === stamp) return this.reading;
    const list: LexiconList = { folder: this.folder, entries: [], problems: [], attribution: gazetteerAttribution };
    // A file that could not be opened is read again next time, though its stamp has not changed.
    let complete = true;
    for (const { name } of files) {
      let bytes: Uint8Array | undefined;
      try {
        bytes = await readOptional(join(this.folder, name));
      } catch (error) {
        list.problems.push({ file: name, line: 1, reason: lexiconMessages.fileUnreadable(error) });
        complete = false;
        continue;
      }
      if (bytes === undefined) continue;
      const decoded = decodeLexiconFile(bytes);
      const parsed = parseLexiconLines(decoded.text);
      for (const { entry, line } of parsed.entries) {
        list.entries.push({ file: name, line, entry, name: lexiconEntryName(entry) });
      }
      const problems = [...decoded.problems, ...parsed.problems].sort((a, b) => a.line - b.line);
      for (const { line, reason } of problems) list.problems.push({ file: name, line, reason });
    }
    const reading: FolderReading = { stamp, list };
    this.reading = complete ? reading : undefined;
    return reading;
  }

  /** The folder's lexicon files; none when there is no folder yet, an ApiError naming it when it cannot be read. */
  private async lexiconFiles(): Promise<{ name: string; size: number; mtimeMs: number }[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT') return [];
      throw new ApiError('corrupt', lexiconMessages.folderUnusable(this.folder, error));
    }
    const files = [];
    for (const name of names.filter((file) => LEXICON_FILE.test(file)).sort()) {
      const info = await stat(join(this.folder, name)).catch(() => undefined);
      if (info?.isFile()) files.push({ name, size: info.size, mtimeMs: info.mtimeMs });
    }
    return files;
  }
}

function sameEntry(a: LexiconAddition, b: LexiconAddition): boolean {
  return formatLexiconLine(a) === formatLexiconLine(b);
}

async function readOptional(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (nodeErrorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}
