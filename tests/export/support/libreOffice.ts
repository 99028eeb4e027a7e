import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/tempDir';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * Outside CI a machine without LibreOffice skips the tests that open files in it, saying why; in CI
 * (`.ci/run` installs it) they run, and fail if it is missing.
 */
export const libreOfficeSkip =
  hasSoffice || process.env.CI ? false : 'LibreOffice is not installed (Debian package libreoffice-calc-nogui)';

/**
 * Converts `file` with LibreOffice headless (`soffice --convert-to FILTER`) into a fresh folder and
 * returns the converted file's bytes. Each call has its own user profile, so parallel test files do
 * not wait for each other's LibreOffice.
 */
export function convertWithLibreOffice(file: string, filter: string): Buffer {
  const profile = tempDir('qarin-soffice-profile-');
  const outDir = tempDir('qarin-soffice-out-');
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, file],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const [converted] = readdirSync(outDir);
  if (result.status !== 0 || converted === undefined) {
    throw new Error(`soffice could not convert ${file} to ${filter}: ${result.stderr || result.stdout}`);
  }
  return readFileSync(join(outDir, converted));
}
