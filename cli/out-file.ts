// Where `payroll --out` writes (issue 11, finding 7; docs/rules.md §11): never over the backup it
// reads, however the path is spelled (./, .., a symbolic or hard link, another letter case on a
// case-insensitive disk), and never truncating first: a temporary file beside the target,
// fsynced, renamed into place, the folder fsynced (../electron/main/durable-file.ts).
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export { writeFileDurable } from '../electron/main/durable-file';

/** The path with its folder's links resolved (the file itself may not exist yet). */
function canonical(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    try {
      return join(realpathSync(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

/** True when `a` and `b` name the same file (same path once resolved, or the same inode). */
export function isSameFile(a: string, b: string): boolean {
  if (canonical(a) === canonical(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino && x.ino !== 0;
  } catch {
    return false;
  }
}
