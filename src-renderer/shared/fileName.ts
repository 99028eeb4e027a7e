/** The last segment of a path written with either separator (the project may come from Windows or POSIX). */
export function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
