// One stage of one document run so that its failure is recorded as a value, never thrown past the
// document: the stages after it go on with what it would have given empty-handed.
import { timed } from './stage-times.js';
import type { StageFailure } from './types.js';

/**
 * Faults to inject, for tests of this very path: ATTACHE_FAULTS="events:NAME,clean:NAME" makes that
 * stage throw on documents whose source name holds NAME.
 */
function injected(stage: string, source: string): boolean {
  const faults = process.env.ATTACHE_FAULTS;
  if (!faults) return false;
  return faults.split(',').some((f) => {
    const [s, name] = f.split(':');
    return s === stage && !!name && source.includes(name);
  });
}

export function describeFailure(err: unknown): string {
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'internal error: nested too deeply (call stack exceeded)';
  if (err instanceof Error) return err.name === 'BudgetSpent' ? err.message : `internal error: ${err.message.split('\n')[0]}`;
  return `internal error: ${String(err)}`;
}

/** fn's value, or `fallback` with the failure added to `failed` (named after `stage`). */
export function guarded<T>(stage: string, source: string, failed: StageFailure[], fallback: T, fn: () => T): T {
  try {
    if (injected(stage, source)) throw new Error(`fault injected in ${stage}`);
    return timed(stage, fn);
  } catch (err) {
    failed.push({ stage, message: describeFailure(err) });
    return fallback;
  }
}
