import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import { exportWebAnnotations } from '../../src-main/core/export/webAnnotationExport';
import { sampleInput } from './fixtures/sampleExport';

/**
 * The export checked against the W3C Web Annotation Working Group's own test assertions (JSON Schema
 * draft-04, vendored under tests/fixtures/web-annotation-tests with their licence). Each assertion
 * expects a result ("valid" or "invalid"); an item that gives the other result fails it.
 */
const suite = fileURLToPath(new URL('../fixtures/web-annotation-tests/', import.meta.url));

interface Assertion {
  id: string;
  assertionType: 'must' | 'should' | 'may';
  expectedResult: 'valid' | 'invalid';
  errorMessage: string;
}

const ajv = new Ajv({
  strict: false,
  allErrors: true,
  formats: {
    uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
    'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/,
  },
});
for (const name of readdirSync(join(suite, 'definitions'))) {
  ajv.addSchema(JSON.parse(readFileSync(join(suite, 'definitions', name), 'utf8')));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Assertions by their path in the suite (`annotations/3.1-bodyKeyFound.json`), compiled once. */
const assertions = new Map(
  [...filesUnder(join(suite, 'annotations')), ...filesUnder(join(suite, 'collections'))]
    .filter((path) => path.endsWith('.json'))
    .map((path) => {
      const schema = JSON.parse(readFileSync(path, 'utf8')) as Assertion;
      // Two files of the suite share an id; compiled without it, their references still resolve.
      const { id: _id, ...anonymous } = schema;
      return [relative(suite, path), { schema, validate: ajv.compile(anonymous) }] as const;
    }),
);

function failures(value: unknown, names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const assertion = assertions.get(name);
    assert.ok(assertion, `the suite has ${name}`);
    const valid = assertion.validate(value) === true;
    return valid === (assertion.schema.expectedResult === 'valid') ? [] : [`${name}: ${assertion.schema.errorMessage}`];
  });
}

const listed = (testFile: string): string[] =>
  (JSON.parse(readFileSync(join(suite, testFile), 'utf8')) as { assertions: string[] }).assertions;

const collection = JSON.parse(exportWebAnnotations(sampleInput, { label: 'تقارير سرت' }));
const items = collection.first.items as Array<Record<string, unknown>>;

test('the collection meets every MUST of the suite', () => {
  assert.deepEqual(failures(collection, listed('collections/collectionMusts.test')), []);
});

test('every annotation, taken out of its collection, meets every MUST of the suite', () => {
  const musts = listed('annotations/annotationMusts.test');
  assert.ok(musts.length > 40);
  assert.deepEqual(
    items.flatMap((item) => failures(item, musts).map((failure) => `${String(item.id)}: ${failure}`)),
    [],
  );
});

test('every annotation meets the SHOULDs Qarin has the data for: one creator, a body, body formats and languages', () => {
  const shoulds = [
    'annotations/3.3.1-annotationSingleCreatorImplemented.json',
    'annotations/3.3.1-annotationCreatedImplemented.json',
    'annotations/3.3.1-annotationModifiedImplemented.json',
    'annotations/3.3.5-annotationSingleMotivationImplemented.json',
    'annotations/3.1-bodyKeyFound.json',
    'annotations/bodiesTargets/3.2.1-bodyFormat.json',
    'annotations/bodiesTargets/3.2.1-bodySingleFormat.json',
    'annotations/bodiesTargets/3.2.1-bodyLanguage.json',
    'annotations/bodiesTargets/3.2.1-bodySingleLanguage.json',
    'annotations/bodiesTargets/3.2.1-bodyTextDirection.json',
    'annotations/bodiesTargets/3.3.5-bodyPurpose.json',
  ];
  assert.deepEqual(
    items.flatMap((item) => failures(item, shoulds).map((failure) => `${String(item.id)}: ${failure}`)),
    [],
  );
});

test('the check can fail: an annotation without its context or its target is refused', () => {
  const musts = listed('annotations/annotationMusts.test');
  const withoutContext = { ...items[0] };
  delete withoutContext['@context'];
  assert.notDeepEqual(failures(withoutContext, musts), []);
  const withoutTarget = { ...items[0] };
  delete withoutTarget.target;
  assert.notDeepEqual(failures(withoutTarget, musts), []);
});
