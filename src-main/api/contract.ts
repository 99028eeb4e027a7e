import { annotationEvents, annotationMethods } from './contract/annotationContract';
import { compareMethods } from './contract/compareContract';
import { importEvents, importMethods } from './contract/importContract';
import { reportMethods } from './contract/reportContract';
import { libraryEvents, libraryMethods } from './contract/libraryContract';
import { searchMethods } from './contract/searchContract';
import { settingsMethods } from './contract/settingsContract';

/**
 * The one table of every call the UI can make. Electron IPC, the HTTP bridge of `qarin serve`, the
 * command line and the tests all go through it, so the transports cannot drift apart. Each feature
 * declares its own entries in `contract/<feature>Contract.ts`; this is the one place they are merged,
 * and every method name list (dispatch, the preload, the handlers' type) derives from it.
 */
export const contract = {
  ...libraryMethods,
  ...searchMethods,
  ...importMethods,
  ...settingsMethods,
  ...annotationMethods,
  ...compareMethods,
  ...reportMethods,
} as const;

/** Events the main side pushes to every window or page, merged from the features that send them. */
export const events = {
  ...importEvents,
  ...libraryEvents,
  ...annotationEvents,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type EventName = keyof typeof events;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
