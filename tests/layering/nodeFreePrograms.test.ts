import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// The pure program (tsconfig.core.json) and the renderer's (tsconfig.web.json) must not see Node, even
// when a file reaches jszip, whose typings reference @types/node. The probes live in a scratch folder
// inside the repository so that they resolve packages from its node_modules.
const root = fileURLToPath(new URL('../..', import.meta.url));

function diagnosticsOf(configName: string, probeSource: string): string[] {
  const scratch = mkdtempSync(join(root, '.scratch-layering-'));
  try {
    const probe = join(scratch, 'probe.ts');
    writeFileSync(probe, probeSource);
    const configPath = join(root, configName);
    const config = ts.readConfigFile(configPath, ts.sys.readFile);
    const { options, fileNames } = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
    const declarations = fileNames.filter((fileName) => fileName.endsWith('.d.ts'));
    const program = ts.createProgram([probe, ...declarations], options);
    return ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName === probe)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const reachesJszip = "import JSZip from 'jszip';\nexport const zip = new JSZip();\n";

for (const configName of ['tsconfig.core.json', 'tsconfig.web.json']) {
  test(`${configName}: node: modules and Node globals do not type-check`, () => {
    const diagnostics = diagnosticsOf(
      configName,
      `${reachesJszip}import { createHash } from 'node:crypto';\nexport const hash = createHash;\n` +
        'export const bytes = Buffer.from([1]);\nexport const cwd = process.cwd();\n',
    );
    assert.equal(diagnostics.filter((message) => message.includes("'node:crypto'")).length, 1, diagnostics.join('\n'));
    assert.equal(diagnostics.filter((message) => message.includes("'Buffer'")).length, 1, diagnostics.join('\n'));
    assert.equal(diagnostics.filter((message) => message.includes("'process'")).length, 1, diagnostics.join('\n'));
  });

  test(`${configName}: the same probe without Node type-checks`, () => {
    const probe = `${reachesJszip}export const bytes = new TextEncoder().encode('ب');\n`;
    assert.deepEqual(diagnosticsOf(configName, probe), []);
  });
}

test('tsconfig.node.json sees Node, so the probes above prove the other programs blind to it', () => {
  assert.deepEqual(
    diagnosticsOf('tsconfig.node.json', "import { createHash } from 'node:crypto';\nexport const hash = createHash;\n"),
    [],
  );
});
