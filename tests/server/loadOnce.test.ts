import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadOnce } from '../../src-main/server/loadOnce';

test('loads once for everyone who asks, and keeps what it loaded', async () => {
  let loads = 0;
  const load = loadOnce(async () => ({ loaded: ++loads }));
  const [first, second] = await Promise.all([load(), load()]);
  assert.equal(first, second);
  assert.equal(await load(), first);
  assert.equal(loads, 1);
});

test('a failed load fails those waiting for it, and the next call loads again', async () => {
  let loads = 0;
  const load = loadOnce(async () => {
    loads++;
    if (loads === 1) throw new Error('module not found');
    return 'dispatch';
  });
  const waiting = [load(), load()];
  for (const one of waiting) await assert.rejects(one, /module not found/);
  assert.equal(await load(), 'dispatch');
  assert.equal(await load(), 'dispatch');
  assert.equal(loads, 2);
});
