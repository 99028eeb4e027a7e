import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_BYTES, decodeRecord, packsFolder } from '../../src-main/services/project/textPackFormat';

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The pack and index files of the text store at `textsDir`, by name. */
export function packFiles(textsDir: string): { packs: string[]; indexes: string[] } {
  const folder = packsFolder(textsDir);
  const names = existsSync(folder) ? readdirSync(folder).sort() : [];
  return {
    packs: names.filter((name) => name.endsWith('.pack')).map((name) => join(folder, name)),
    indexes: names.filter((name) => name.endsWith('.idx')).map((name) => join(folder, name)),
  };
}

/** How many bytes all packs of the store hold. */
export function packBytes(textsDir: string): number {
  return packFiles(textsDir).packs.reduce((sum, pack) => sum + statSync(pack).size, 0);
}

/** For each pack, its size and where the last text its index names ends: equal when nothing is torn. */
export function packEnds(textsDir: string): { pack: string; size: number; namedUpTo: number; torn: number }[] {
  return packFiles(textsDir).indexes.map((index) => {
    const records = readFileSync(index);
    let namedUpTo = 0;
    for (let at = 0; at + RECORD_BYTES <= records.length; at += RECORD_BYTES) {
      const { offset, length } = decodeRecord(records, at) ?? { offset: 0, length: 0 };
      namedUpTo = Math.max(namedUpTo, offset + length);
    }
    const pack = index.replace(/\.idx$/, '.pack');
    return { pack, size: statSync(pack).size, namedUpTo, torn: records.length % RECORD_BYTES };
  });
}
