import { nodeErrorCode } from './nodeErrorCode';

/** Whether a process of this id exists on this machine (under any user): a lock or a file it left may still be in use. */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return nodeErrorCode(error) === 'EPERM';
  }
}
