#!/usr/bin/env node
// The command line runs the TypeScript sources through tsx, so a clean clone needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src-main/cli/main.ts');
