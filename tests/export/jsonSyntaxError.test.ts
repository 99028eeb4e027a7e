import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { locateJsonSyntaxError } from '../../src-main/core/export/jsonSyntaxError';

test('valid JSON has no syntax error', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) =>
      assert.equal(locateJsonSyntaxError(JSON.stringify(value, null, 1)), undefined),
    ),
  );
});

test('the scanner rejects exactly what JSON.parse rejects', () => {
  const pieces = fc.constantFrom(
    '{',
    '}',
    '[',
    ']',
    '"a"',
    ':',
    ',',
    '1',
    '-',
    '0.5e3',
    'true',
    'nul',
    ' ',
    '\n',
    '"\\u12"',
    '"\\q"',
    '01',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      assert.equal(locateJsonSyntaxError(text) === undefined, parses, text);
    }),
    { numRuns: 2000 },
  );
});

test('faults are located by line and column', () => {
  assert.deepEqual(locateJsonSyntaxError('{\n  "a": 1,\n  "b" 2\n}'), {
    offset: 18,
    line: 3,
    column: 7,
    reason: "expected ':' after a property name",
  });
  assert.deepEqual(locateJsonSyntaxError('[1, 2'), {
    offset: 5,
    line: 1,
    column: 6,
    reason: "unexpected end of input (expected ',' or ']' after an array element)",
  });
  assert.equal(locateJsonSyntaxError('{} x')?.reason, 'unexpected text after the JSON value');
  assert.equal(locateJsonSyntaxError('"a\tb"')?.reason, 'unescaped control character in a string');
});
