/** Why the command line cannot run from the build (it then runs the sources), or undefined when it can. */
export function reasonToRunSources(): string | undefined;
