import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumMissingReason } from './support/launchChromium';
import { startServedProject, type ServedProject } from './support/servedProject';

const skip = chromiumMissingReason();

describe('the stories of the empty reader, in the browser against the real qarin serve', { skip }, () => {
  let project: ServedProject;

  before(async () => {
    project = await startServedProject({ label: 'story-clusters', goto: false });
  });

  after(async () => project?.close());

  it('lists the largest stories, and asks only for the dozen it shows', async () => {
    const { page } = project;
    const asked: unknown[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/call/compare.clusters')) asked.push(request.postDataJSON());
    });
    await page.goto(project.served.url);
    const stories = page.getByTestId('story-cluster');
    await stories.first().waitFor();
    assert.deepEqual(asked, [{ limit: 12 }]);
    const all = await project.callApi<{ clusters: { title: string }[]; total: number }>('compare.clusters', {});
    assert.equal(await stories.count(), Math.min(12, all.total));
    assert.match((await stories.first().textContent()) ?? '', new RegExp(all.clusters[0]!.title.slice(0, 20)));
    await project.shot('story-clusters');
    assert.deepEqual(project.pageErrors, []);
  });
});
