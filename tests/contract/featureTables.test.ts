import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contract, events } from '../../src-main/api/contract';
import { annotationEvents, annotationMethods } from '../../src-main/api/contract/annotationContract';
import { compareMethods } from '../../src-main/api/contract/compareContract';
import { importEvents, importMethods } from '../../src-main/api/contract/importContract';
import { libraryEvents, libraryMethods } from '../../src-main/api/contract/libraryContract';
import { reportMethods } from '../../src-main/api/contract/reportContract';
import { searchMethods } from '../../src-main/api/contract/searchContract';
import { settingsMethods } from '../../src-main/api/contract/settingsContract';

const methodTables = {
  annotationMethods,
  compareMethods,
  importMethods,
  libraryMethods,
  reportMethods,
  searchMethods,
  settingsMethods,
};
const eventTables = { annotationEvents, importEvents, libraryEvents };

/** Names declared by more than one table: a spread would keep only the last, silently. */
function namesDeclaredTwice(tables: Record<string, object>): string[] {
  const owners = new Map<string, string[]>();
  for (const [table, entries] of Object.entries(tables)) {
    for (const name of Object.keys(entries)) owners.set(name, [...(owners.get(name) ?? []), table]);
  }
  return [...owners].filter(([, tablesOfName]) => tablesOfName.length > 1).map(([name]) => name);
}

describe('the contract merged from its feature tables', () => {
  it('declares every method in exactly one feature table', () => {
    assert.deepEqual(namesDeclaredTwice(methodTables), []);
    const declared = Object.values(methodTables).flatMap((table) => Object.keys(table));
    assert.deepEqual(Object.keys(contract).sort(), declared.sort());
  });

  it('declares every event in exactly one feature table', () => {
    assert.deepEqual(namesDeclaredTwice(eventTables), []);
    const declared = Object.values(eventTables).flatMap((table) => Object.keys(table));
    assert.deepEqual(Object.keys(events).sort(), declared.sort());
  });

  it('finds a name declared twice', () => {
    assert.deepEqual(namesDeclaredTwice({ one: { 'a.b': 1, 'c.d': 2 }, two: { 'c.d': 3 } }), ['c.d']);
  });
});
