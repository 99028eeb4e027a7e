// The layers of docs/ARCHITECTURE.md, enforced: each folder may import only the layers it depends on.
// Restricted import patterns per folder (as Actual Budget does) with ESLint's own rule, extended by
// typescript-eslint so that a pattern can still allow `import type` (the renderer sees only the
// contract's types). The Node-free tsconfigs (tsconfig.core.json, tsconfig.web.json) back this up at
// type level. tests/layering/importRules.test.ts proves every rule below refuses a wrong-way import.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = `^(node:|(${builtinModules.map((name) => name.replace('/', '\\/')).join('|')})(\\/|$))`;

/** A relative import that climbs out of its own layer into the named top folder of src-main. */
const layer = (...names) => `^(\\.\\./)+(${names.join('|')})(\\/|$)`;

const noNode = { regex: nodeBuiltins, message: 'This layer runs without Node: no Node built-ins.' };
const noElectron = { regex: '^electron($|/)', message: 'Only the electron/ transport and the preload use Electron.' };
const noDomLibraries = {
  regex: '^(react|react-dom|@tanstack/react-virtual)($|/)',
  message: 'Core is pure: no DOM or React libraries.',
};
const noRenderer = { regex: 'src-renderer(/|$)', message: 'Nothing in src-main may import the renderer.' };

function restrictImports(...patterns) {
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-artifacts/', 'bench-results/', '.scratch*/'],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['src-main/core/**/*.ts'],
    rules: restrictImports(noNode, noElectron, noDomLibraries, noRenderer, {
      regex: layer('api', 'services', 'electron', 'server', 'cli', 'preload'),
      message: 'Core is the bottom layer: it may not import api, services, transports or the preload.',
    }),
  },
  {
    // The one folder both sides share as code: pure helpers (plural forms, sorted sets) that must give
    // the same answer in the interface, the exports and the command line. It depends on nothing.
    files: ['src-shared/**/*.ts'],
    rules: restrictImports(noNode, noElectron, noDomLibraries, noRenderer, {
      regex: 'src-main(/|$)',
      message: 'src-shared is below every layer: it may not import main or the renderer.',
    }),
  },
  {
    files: ['src-main/api/**/*.ts'],
    rules: restrictImports(noNode, noElectron, noRenderer, {
      regex: layer('services', 'electron', 'server', 'cli', 'preload'),
      message: 'The contract depends on core only: services implement it, transports carry it.',
    }),
  },
  {
    files: ['src-main/services/**/*.ts'],
    rules: restrictImports(noElectron, noRenderer, {
      regex: layer('electron', 'server', 'cli', 'preload'),
      message: 'Services implement the contract for every transport; they may not import one.',
    }),
  },
  {
    files: ['src-main/electron/**/*.ts'],
    rules: restrictImports(noRenderer, {
      regex: layer('server', 'cli', 'preload'),
      message: 'Transports may not import each other (nor the preload, which keeps its own channel names).',
    }),
  },
  {
    files: ['src-main/server/**/*.ts'],
    rules: restrictImports(noElectron, noRenderer, {
      regex: layer('electron', 'cli', 'preload'),
      message: 'Transports may not import each other.',
    }),
  },
  {
    files: ['src-main/cli/**/*.ts'],
    rules: restrictImports(noElectron, noRenderer, {
      regex: layer('electron', 'server', 'preload'),
      message: 'Transports may not import each other: the launcher hands the command line what it needs.',
    }),
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: restrictImports(
      noNode,
      noRenderer,
      {
        regex: '^(?!electron$|\\.\\./api/|\\./)',
        message: "The preload may use only electron, its own files and the contract's types.",
      },
      {
        regex: '^\\.\\./api/',
        allowTypeImports: true,
        message: "The preload may import the contract's types only (`import type`): it is bundled alone.",
      },
    ),
  },
  {
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.tsx'],
    rules: restrictImports(
      noNode,
      noElectron,
      {
        regex: 'src-main/(?!api/|preload/bridge$)',
        message: 'The renderer reaches main only through the contract: import type from src-main/api.',
      },
      {
        regex: 'src-main/(api/|preload/bridge$)',
        allowTypeImports: true,
        message: "The renderer may import the contract's types only (`import type`), never its code.",
      },
    ),
  },
);
