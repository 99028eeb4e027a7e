import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportFontFace } from '../../core/report/reportFont';

const ARABIC_RANGE =
  'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

const FACES: Array<{ file: string; weight: 400 | 700; unicodeRange: string }> = [
  { file: 'noto-naskh-arabic-2-arabic-400.woff2', weight: 400, unicodeRange: ARABIC_RANGE },
  { file: 'noto-naskh-arabic-2-arabic-700.woff2', weight: 700, unicodeRange: ARABIC_RANGE },
  { file: 'noto-naskh-arabic-latin-400-normal.woff2', weight: 400, unicodeRange: LATIN_RANGE },
  { file: 'noto-naskh-arabic-latin-700-normal.woff2', weight: 700, unicodeRange: LATIN_RANGE },
];

/**
 * `resources/fonts` of the repository, found by walking up from this module: the sources run from
 * `src-main/services/report`, the build from `out/main`. The packaged app passes its resources
 * folder instead.
 */
export function findReportFontsDir(): string | undefined {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(folder, 'resources', 'fonts');
    if (existsSync(join(candidate, FACES[0]!.file))) return candidate;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return undefined;
}

const loaded = new Map<string, ReportFontFace[]>();

/**
 * The faces the HTML report embeds, read once per folder. Without them the report still renders,
 * in whatever Arabic font the viewer has, so a missing folder is not an error.
 */
export function loadReportFonts(fontsDir: string | undefined = findReportFontsDir()): ReportFontFace[] {
  if (fontsDir === undefined) return [];
  const cached = loaded.get(fontsDir);
  if (cached) return cached;
  const faces = FACES.flatMap(({ file, weight, unicodeRange }) => {
    const path = join(fontsDir, file);
    if (!existsSync(path)) return [];
    return [{ weight, unicodeRange, woff2Base64: readFileSync(path).toString('base64') }];
  });
  loaded.set(fontsDir, faces);
  return faces;
}
