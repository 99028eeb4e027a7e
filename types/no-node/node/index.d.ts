/*
 * Stands in for @types/node in the programs that must not see Node: core (pure) and the renderer.
 * Libraries such as jszip carry `/// <reference types="node" />`, which would otherwise pull every
 * Node global and `node:*` module into those programs, so a wrong-way import would type-check.
 * Resolved through `typeRoots` in tsconfig.core.json and tsconfig.web.json; deliberately empty.
 */
export {};
