import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { invoke, type ApiHandlers } from '../../../src-main/api/dispatch';
import { tempDir } from '../../helpers/tempDir';

export const projectSchema = new URL('../../../../shared/refi-qda/Project.xsd', import.meta.url).pathname;
export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
export const xmllintSkip = hasXmllint ? false : 'xmllint is not installed (Debian package libxml2-utils)';

/** xmllint's verdict on a project.qde against the REFI-QDA schema. */
export function validateProjectXml(xml: string) {
  const file = join(tempDir('qarin-qde-'), 'project.qde');
  writeFileSync(file, xml);
  return spawnSync('xmllint', ['--noout', '--nonet', '--schema', projectSchema, file], { encoding: 'utf8' });
}

/** The whole project exported as .qdpx, written to a file and opened as a zip. */
export async function exportQdpx(handlers: ApiHandlers) {
  const exported = await invoke(handlers, 'annotations.export', { format: 'qdpx' });
  const bytes = Buffer.from(exported.content, 'base64');
  const path = join(tempDir('qarin-qdpx-'), 'project.qdpx');
  writeFileSync(path, bytes);
  const zip = await JSZip.loadAsync(bytes);
  return { path, zip, projectXml: await zip.file('project.qde')!.async('string') };
}

/** A .qdpx file made of the given entries (text or bytes), as another tool would write it. */
export async function writeQdpx(entries: Record<string, string | Uint8Array>): Promise<string> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  const path = join(tempDir('qarin-foreign-'), 'foreign.qdpx');
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}
