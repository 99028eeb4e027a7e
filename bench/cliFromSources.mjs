// The command line as it ran before it was built: the TypeScript sources through tsx. The `cli`
// section of the benchmark runs it beside the build, so both figures come from one run.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src-main/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  rendererDir: '',
  startBrowserMode: () => Promise.reject(new Error('serve is not measured here')),
});
