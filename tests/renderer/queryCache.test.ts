// The renderer's keyed query cache: one request per key, invalidation by prefix, no stale answer last.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { QueryCache } from '../../src-renderer/shared/queryCache';

/** A fetcher whose answers the test releases by hand, counting the requests made. */
function manualFetcher<T>() {
  const pending: Array<{ resolve(value: T): void; reject(error: unknown): void }> = [];
  const fetcher = () =>
    new Promise<T>((resolve, reject) => {
      pending.push({ resolve, reject });
    });
  return {
    fetcher,
    pending,
    get calls() {
      return pending.length;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('query cache', () => {
  it('sends one request for two readers of the same key, and answers later reads from the cache', async () => {
    const cache = new QueryCache();
    const source = manualFetcher<string>();
    const first = cache.fetch(['document', 'a'], source.fetcher);
    const second = cache.fetch(['document', 'a'], source.fetcher);
    assert.equal(source.calls, 1);
    source.pending[0]?.resolve('text of a');
    assert.deepEqual(await Promise.all([first, second]), ['text of a', 'text of a']);
    assert.equal(await cache.fetch(['document', 'a'], source.fetcher), 'text of a');
    assert.equal(source.calls, 1);
    assert.equal(cache.peek(['document', 'a']).status, 'ready');
  });

  it('keeps different keys apart', async () => {
    const cache = new QueryCache();
    let calls = 0;
    const a = await cache.fetch(['document', 'a'], async () => `a${++calls}`);
    const b = await cache.fetch(['document', 'b'], async () => `b${++calls}`);
    assert.deepEqual([a, b], ['a1', 'b2']);
  });

  it('invalidates by prefix only: a report’s keys, not its neighbour’s', async () => {
    const cache = new QueryCache();
    let calls = 0;
    const read = (key: string[]) => cache.fetch(key, async () => `${key.join('/')}#${++calls}`);
    await read(['annotations', 'document', 'a', 'highlights']);
    await read(['annotations', 'document', 'a', 'note']);
    await read(['annotations', 'document', 'ab', 'highlights']);
    await read(['document', 'a']);
    cache.invalidate(['annotations', 'document', 'a']);
    assert.equal(cache.peek(['annotations', 'document', 'a', 'highlights']).status, 'pending');
    assert.equal(cache.peek(['annotations', 'document', 'a', 'note']).status, 'pending');
    assert.equal(
      cache.peek(['annotations', 'document', 'ab', 'highlights']).data,
      'annotations/document/ab/highlights#3',
    );
    assert.equal(cache.peek(['document', 'a']).data, 'document/a#4');
    assert.equal(await read(['annotations', 'document', 'a', 'highlights']), 'annotations/document/a/highlights#5');
  });

  it('reads a watched key again on invalidation, showing the old answer until the new one lands', async () => {
    const cache = new QueryCache();
    const source = manualFetcher<string>();
    const seen: string[] = [];
    const key = ['annotations', 'codes'];
    cache.subscribe(key, () => {
      const snapshot = cache.peek<string>(key);
      seen.push(`${snapshot.status}:${snapshot.data ?? '-'}:${snapshot.fetching}`);
    });
    const first = cache.fetch(key, source.fetcher);
    source.pending[0]?.resolve('v1');
    await first;
    cache.invalidate(['annotations']);
    assert.equal(source.calls, 2, 'the watched key is read again at once');
    assert.equal(cache.peek(key).data, 'v1');
    source.pending[1]?.resolve('v2');
    await settle();
    assert.deepEqual(seen, ['pending:-:true', 'ready:v1:false', 'ready:v1:true', 'ready:v2:false']);
  });

  it('drops an answer to a request sent before the invalidation, even when it arrives last', async () => {
    const cache = new QueryCache();
    const source = manualFetcher<string>();
    const key = ['document', 'a'];
    const unsubscribe = cache.subscribe(key, () => undefined);
    void cache.fetch(key, source.fetcher).catch(() => undefined);
    cache.invalidate(['document']);
    assert.equal(source.calls, 2);
    source.pending[1]?.resolve('after the re-import');
    source.pending[0]?.resolve('before the re-import');
    await settle();
    assert.equal(cache.peek(key).data, 'after the re-import');
    unsubscribe();
  });

  it('keeps the last answer beside a failure, and asks again on the next read', async () => {
    const cache = new QueryCache();
    const source = manualFetcher<string>();
    const key = ['compare', 'clusters'];
    cache.subscribe(key, () => undefined);
    const first = cache.fetch(key, source.fetcher);
    source.pending[0]?.resolve('clusters');
    await first;
    cache.invalidate(key);
    source.pending[1]?.reject(new Error('worker gone'));
    await settle();
    const failed = cache.peek(key);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.data, 'clusters');
    assert.match(String(failed.error), /worker gone/);
    void cache.fetch(key, source.fetcher).catch(() => undefined);
    assert.equal(source.calls, 3);
  });

  it('forgets the least recently used unwatched keys beyond its limit, never a watched one', async () => {
    const cache = new QueryCache(2);
    cache.subscribe(['watched'], () => undefined);
    await cache.fetch(['watched'], async () => 'w');
    for (const id of ['a', 'b', 'c']) await cache.fetch(['document', id], async () => id);
    assert.equal(cache.peek(['document', 'a']).status, 'pending', 'the oldest unwatched key was forgotten');
    assert.equal(cache.peek(['document', 'c']).data, 'c');
    assert.equal(cache.peek(['watched']).data, 'w');
  });

  it('stores the reply to a save as the answer, over a read sent before it', async () => {
    const cache = new QueryCache();
    const source = manualFetcher<string>();
    const key = ['annotations', 'document', 'a', 'note'];
    const seen: string[] = [];
    cache.subscribe(key, () => seen.push(String(cache.peek(key).data)));
    void cache.fetch(key, source.fetcher).catch(() => undefined);
    cache.set(key, 'saved note');
    source.pending[0]?.resolve('old note');
    await settle();
    assert.equal(cache.peek(key).data, 'saved note');
    assert.equal(await cache.fetch(key, source.fetcher), 'saved note');
    assert.equal(source.calls, 1);
    assert.deepEqual(seen, ['undefined', 'saved note']);
  });

  it('keeps a watched key that has not been read yet, so its reader hears the first answer', async () => {
    const cache = new QueryCache();
    const key = ['document', 'a'];
    let heard = 0;
    cache.subscribe(key, () => heard++);
    cache.invalidate(['document']);
    await cache.fetch(key, async () => 'text');
    assert.equal(cache.peek(key).data, 'text');
    assert.ok(heard > 0, 'the subscriber was told of the answer');
  });

  it('tells keys apart by value, not by how they print', async () => {
    const cache = new QueryCache();
    await cache.fetch(['x', 1], async () => 'number');
    assert.equal(cache.peek(['x', '1']).status, 'pending');
    assert.equal(cache.peek(['x', 1]).data, 'number');
  });
});
