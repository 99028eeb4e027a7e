import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTrec } from '../src-main/core/import/formats/trec';
import type { IndexableDocument } from '../src-main/core/search/indexableDocument';

/** The ANT multi-source corpus (31,525 Arabic news reports, TREC format); see its README. */
export const ANT_TARBALL = fileURLToPath(new URL('../../shared/corpora/ant-multisource-v2.1.tar.gz', import.meta.url));

const UNPACKED_MARKER = '.unpacked';

/**
 * Unpacks the tarball once into a folder under the OS temp dir (never into the repo) and returns
 * it; later runs find the marker written after a complete unpack and skip the 2 s of tar.
 */
export function unpackCorpus(tarball = ANT_TARBALL): string {
  const folder = join(tmpdir(), 'qarin-bench-corpus');
  if (existsSync(join(folder, UNPACKED_MARKER))) return folder;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const tar = spawnSync('tar', ['xzf', tarball, '-C', folder], { stdio: 'inherit' });
  if (tar.status !== 0) throw new Error(`tar failed to unpack ${tarball} (status ${tar.status})`);
  writeFileSync(join(folder, UNPACKED_MARKER), new Date().toISOString());
  return folder;
}

function reportFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt') && entry.name !== 'README.md')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export interface LoadedCorpus {
  documents: IndexableDocument[];
  /** Files the TREC importer refused, with its reason. */
  rejected: { path: string; reason: string }[];
}

/** Every report of the corpus, read with the app's own TREC importer. */
export function loadCorpus(tarball = ANT_TARBALL): LoadedCorpus {
  return loadCorpusFolder(unpackCorpus(tarball));
}

/** Every report of the TREC files under `folder`, read with the app's own TREC importer. */
export function loadCorpusFolder(folder: string): LoadedCorpus {
  const documents: IndexableDocument[] = [];
  const rejected: LoadedCorpus['rejected'] = [];
  for (const path of reportFiles(folder)) {
    try {
      for (const parsed of parseTrec(readFileSync(path, 'utf8'))) {
        const document: IndexableDocument = {
          id: parsed.meta.externalId ?? `${relative(folder, path)}#${parsed.key}`,
          title: parsed.meta.title ?? '',
          text: parsed.text,
          boilerplate: [],
        };
        if (parsed.meta.source !== undefined) document.source = parsed.meta.source;
        if (parsed.meta.category !== undefined) document.category = parsed.meta.category;
        if (parsed.meta.date !== undefined) document.date = parsed.meta.date;
        documents.push(document);
      }
    } catch (error) {
      rejected.push({ path: relative(folder, path), reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { documents, rejected };
}
