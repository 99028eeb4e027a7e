import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Exposed once, for the tests that check what a closed object still holds (through WeakRefs): the
// test runner starts without --expose-gc, and V8 lets the flag be set before `gc` is first asked for.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A full garbage collection now. */
export function collectGarbage(): void {
  gc();
}
