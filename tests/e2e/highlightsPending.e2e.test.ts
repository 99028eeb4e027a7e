import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumMissingReason } from './support/launchChromium';
import { startServedProject, type ServedProject } from './support/servedProject';

const skip = chromiumMissingReason();

/** More highlights than their index builds in one turn (500): the first search cannot wait for it. */
const HIGHLIGHTS = 520;
const NOTE_WORD = 'تضاربالروايات';

describe('a first search over many highlights, in the browser against the real qarin serve', { skip }, () => {
  let project: ServedProject;

  before(async () => {
    project = await startServedProject({ label: 'highlights-pending', goto: false });
    const seed = (await project.seedIds()).get('000')!;
    for (let n = 0; n < HIGHLIGHTS; n += 1) {
      const note = n === HIGHLIGHTS - 1 ? `${NOTE_WORD}: رواية أخرى عن حفتر` : '';
      await project.callApi('annotations.create', {
        docId: seed,
        start: n % 50,
        end: (n % 50) + 8,
        codeIds: [],
        note,
      });
    }
  });

  after(async () => project?.close());

  it('shows the reports at once, says the highlights are being looked through, then shows their matches', async () => {
    const { page } = project;
    await page.goto(project.served.url);
    await page.getByTestId('side-tab-search').click();
    await page.getByTestId('search-input').fill(`حفتر OR ${NOTE_WORD}`);
    const pending = page.getByTestId('annotation-hits-pending');
    await pending.waitFor();
    assert.ok((await page.locator('#search-results-list li').count()) > 0, 'reports');
    assert.match((await pending.textContent()) ?? '', /جارٍ البحث في التظليلات والملاحظات/);
    await project.shot('highlights-pending-1-looking');

    // Nothing more is typed: the page asks again, and the matches replace the notice.
    const hits = page.getByTestId('annotation-hits');
    await hits.waitFor({ timeout: 10_000 });
    assert.match((await hits.textContent()) ?? '', new RegExp(NOTE_WORD));
    assert.equal(await pending.count(), 0);
    await project.shot('highlights-pending-2-matches');
    assert.deepEqual(project.pageErrors, []);
  });
});
