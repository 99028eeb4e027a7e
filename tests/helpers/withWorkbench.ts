import { openWorkbench } from '../../src-main/services/openWorkbench';
import type { Workbench } from '../../src-main/services/workbench';

/** Opens the project at `projectDir`, runs `use` on it, and closes it whatever `use` does. */
export async function withWorkbench<T>(projectDir: string, use: (workbench: Workbench) => Promise<T>): Promise<T> {
  const workbench = await openWorkbench({ projectDir });
  try {
    return await use(workbench);
  } finally {
    await workbench.close();
  }
}
