import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locateJsonSyntaxError } from '../../src-main/services/persistence/jsonSyntaxErrorLocation';

test('locates the first character JSON cannot continue with, by line and column', () => {
  assert.deepEqual(locateJsonSyntaxError('{\n  "a": 1,\n  "b": }'), { line: 3, column: 8 });
  assert.deepEqual(locateJsonSyntaxError('{"a": 1,\n"b" 2}'), { line: 2, column: 5 });
  assert.deepEqual(locateJsonSyntaxError('[1, 2'), { line: 1, column: 6 });
  assert.deepEqual(locateJsonSyntaxError('{"a": tru}'), { line: 1, column: 10 });
  assert.deepEqual(locateJsonSyntaxError('{"a": 1}\n{"b": 2}'), { line: 2, column: 1 });
  assert.deepEqual(locateJsonSyntaxError('{"نص": "سطر\u0001"}'), { line: 1, column: 12 });
});

test('finds nothing in valid JSON, whatever it contains', () => {
  for (const text of ['{}', ' [ ] ', '"\\u0627\\n"', '-0.5e+3', '{"a":[true,false,null,{"b":"ب"}]}']) {
    assert.equal(locateJsonSyntaxError(text), null, text);
    assert.doesNotThrow(() => JSON.parse(text));
  }
});

test('gives up quietly on nesting deeper than the stack', () => {
  assert.equal(locateJsonSyntaxError('['.repeat(200_000)), null);
});
