// Input that cannot be used is reported as a value (source + reason), never thrown past the run.

export class InputError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`${source}: ${reason}`);
    this.name = 'InputError';
  }
}

export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'EISDIR') return 'is a folder';
    return err.message.split('\n')[0];
  }
  return String(err);
}
