// Module hook: `import ... from 'electron'` gets the stand-in beside this file.
const standIn = new URL('./electronStandIn.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: standIn, shortCircuit: true };
  return nextResolve(specifier, context);
}
