import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../src-main/api/apiError';
import { invoke } from '../../src-main/api/dispatch';
import { guardImportPaths } from '../../src-main/api/guardImportPaths';
import { createImportPathPolicy } from '../../src-main/server/importPathPolicy';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { apiErrorOf } from '../annotations-service/support/annotatedProject';
import { tempDir } from '../helpers/tempDir';
import { CODEBOOK, projectXml } from './support/foreignProject';
import { writeQdpx } from './support/qdpxFiles';

test('a page imports a .qdpx only from a path its user chose, as for import.start', async () => {
  const workbench = await openWorkbench({ projectDir: tempDir('qarin-guarded-qdpx-') });
  try {
    const allowed = tempDir('qarin-allowed-');
    const policy = await createImportPathPolicy([allowed]);
    const handlers = guardImportPaths(workbench.handlers, policy.admit);
    const elsewhere = await writeQdpx({ 'project.qde': projectXml(CODEBOOK) });
    const refused = await apiErrorOf(invoke(handlers, 'project.importQdpx', { path: elsewhere }));
    assert.ok(refused instanceof ApiError);
    assert.equal(refused.code, 'forbidden');
    assert.equal((await invoke(handlers, 'codes.list', {})).codes.length, 0, 'the importer never ran');

    mkdirSync(join(allowed, 'in'));
    const chosen = join(allowed, 'in', 'codebook.qdpx');
    writeFileSync(chosen, readFileSync(elsewhere));
    assert.equal((await invoke(handlers, 'project.importQdpx', { path: chosen })).codesCreated, 2);
  } finally {
    await workbench.close();
  }
});
