import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../api/apiError';
import type { LexiconEntry, LexiconList, LexiconRemoveRequest } from '../../api/compareSchemas';
import { bundledFactLexicons, gazetteerAttribution } from '../../core/compare/facts/bundledFactLexicons';
import { createFactExtractor } from '../../core/compare/facts/createFactExtractor';
import { extractFacts as extractBundledFacts } from '../../core/compare/facts/extractFacts';
import { extendFactLexicons } from '../../core/compare/facts/factLexicons';
import type { ExtractFacts } from '../../core/compare/facts/factTypes';
import {
  formatLexiconLine,
  lexiconAdditions,
  lexiconEntryName,
  parseLexiconLines,
  type LexiconAddition,
} from '../../core/compare/facts/lexiconAdditionLines';
import { writeFileDurably } from '../persistence';
import { nodeErrorCode } from '../persistence/nodeErrorCode';

/** The file `compare.lexicons.add` appends to; users may keep entries in any other `.tsv`/`.txt` too. */
export const ADDED_LEXICON_FILE = 'additions.tsv';

const LEXICON_FILE = /\.(tsv|txt)$/i;

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
  extract: ExtractFacts;
}

/**
 * The user's additions to the facts lexicons, kept as text files in `<project>/lexicons/` so that
 * they travel with the project and can be edited by hand. The folder is read again whenever a
 * file in it changed (by this app or an editor); a bad line costs only itself.
 */
export class UserLexicons {
  private reading: FolderReading | undefined;

  constructor(readonly folder: string) {}

  /** The facts extractor over the bundled lexicons extended with the folder's additions. */
  async extractor(): Promise<ExtractFacts> {
    return (await this.read()).extract;
  }

  async list(): Promise<LexiconList> {
    return (await this.read()).list;
  }

  /** Appends the entry to ADDED_LEXICON_FILE, unless the same entry is already listed. */
  async add(entry: LexiconEntry): Promise<LexiconList> {
    const line = formatLexiconLine(entry as LexiconAddition);
    const parsed = parseLexiconLines(line);
    const problem = parsed.problems[0];
    if (problem || !parsed.entries[0]) {
      throw new ApiError('invalid-input', problem?.reason ?? { en: 'Empty entry.', ar: 'مدخل فارغ.' });
    }
    const added = parsed.entries[0].entry;
    const current = await this.list();
    if (!current.entries.some(({ entry: known }) => sameEntry(known as LexiconAddition, added))) {
      await mkdir(this.folder, { recursive: true });
      const path = join(this.folder, ADDED_LEXICON_FILE);
      const before = await readOptional(path);
      const text =
        before === undefined ? NEW_FILE_HEADER : before.endsWith('\n') || before === '' ? before : `${before}\n`;
      await writeFileDurably(path, `${text}${line}\n`);
    }
    return this.list();
  }

  /** Removes every line that adds the named entry, from whichever file holds it. */
  async remove(request: LexiconRemoveRequest): Promise<LexiconList> {
    const current = await this.list();
    const files = new Set(
      current.entries
        .filter(({ entry, name }) => entry.kind === request.kind && name === request.name)
        .map(({ file }) => file),
    );
    if (files.size === 0) {
      throw new ApiError('not-found', {
        en: `No added ${request.kind} «${request.name}» in ${this.folder}.`,
        ar: `لا يوجد مدخل مضاف من نوع ${request.kind} باسم «${request.name}» في ${this.folder}.`,
      });
    }
    for (const file of files) {
      const path = join(this.folder, file);
      const lines = ((await readOptional(path)) ?? '').split('\n');
      const kept = lines.filter((line) => {
        const entry = parseLexiconLines(line).entries[0]?.entry;
        return !(entry && entry.kind === request.kind && lexiconEntryName(entry) === request.name);
      });
      await writeFileDurably(path, kept.join('\n'));
    }
    return this.list();
  }

  private async read(): Promise<FolderReading> {
    const files = await this.lexiconFiles();
    const stamp = files.map((file) => `${file.name}:${file.size}:${file.mtimeMs}`).join('\n');
    if (this.reading?.stamp === stamp) return this.reading;
    const list: LexiconList = { folder: this.folder, entries: [], problems: [], attribution: gazetteerAttribution };
    for (const { name } of files) {
      const text = await readOptional(join(this.folder, name));
      if (text === undefined) continue;
      const parsed = parseLexiconLines(text);
      for (const { entry, line } of parsed.entries) {
        list.entries.push({ file: name, line, entry, name: lexiconEntryName(entry) });
      }
      for (const { line, reason } of parsed.problems) list.problems.push({ file: name, line, reason });
    }
    const additions = list.entries.map(({ entry }) => entry as LexiconAddition);
    const extract =
      additions.length === 0
        ? extractBundledFacts
        : createFactExtractor(extendFactLexicons(bundledFactLexicons, lexiconAdditions(additions)));
    this.reading = { stamp, list, extract };
    return this.reading;
  }

  private async lexiconFiles(): Promise<{ name: string; size: number; mtimeMs: number }[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT') return [];
      throw error;
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

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (nodeErrorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}
