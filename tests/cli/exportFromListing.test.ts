import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openOneShotAnnotations } from '../../src-main/services/annotations/oneShotAnnotations';
import { libraryListingPath } from '../../src-main/services/project/libraryListing';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { openSeedProject } from '../annotations-service/support/annotatedProject';
import { annotateSamples } from '../annotations-service/support/sampleAnnotations';
import { qarin } from '../helpers/runQarin';
import { tempDir } from '../helpers/tempDir';

test('an export that had to open the project leaves a listing, which the next export reads', async () => {
  const project = await openSeedProject();
  await annotateSamples(project);
  await project.close();
  const listing = libraryListingPath(projectLayout(project.projectDir));
  // As in a project made before listings were written.
  rmSync(listing);
  const out = tempDir('qarin-export-listing-');
  const first = qarin(['export', '--format', 'md', '--out', join(out, 'first.md'), '--project', project.projectDir]);
  assert.equal(first.code, 0, first.stderr);
  assert.ok(existsSync(listing), 'the listing is written again');
  const annotations = await openOneShotAnnotations(project.projectDir);
  assert.ok(annotations, 'the next export reads the listing');
  await annotations.close();
  const second = qarin(['export', '--format', 'md', '--out', join(out, 'second.md'), '--project', project.projectDir]);
  assert.equal(second.code, 0, second.stderr);
  const withoutTimes = (file: string) =>
    readFileSync(join(out, file), 'utf8').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>');
  assert.equal(withoutTimes('second.md'), withoutTimes('first.md'));
});
