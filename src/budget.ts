// A document's time budget for cleaning and annotation: the loops that can run long ask spend() now
// and then, and past the deadline it throws, so one document of a pathological shape costs at most its
// budget. The budget is CPU time of the thread doing the work where the system tells it (Linux), so a
// busy machine does not cut a document short; elsewhere it is wall-clock time, with a wider floor.
import { openSync, readSync } from 'node:fs';

export class BudgetSpent extends Error {
  constructor(readonly ms: number) {
    super(`ran past its time budget of ${(ms / 1000).toFixed(1)} s${CPU_CLOCK ? ' of CPU' : ''}`);
    this.name = 'BudgetSpent';
  }
}

/** Milliseconds of CPU this thread has run (Linux's scheduler count, nanoseconds), or NaN where unknown. */
function threadCpuMs(): number {
  try {
    // (opened once per thread, each thread has its own copy of this module, and read again from its
    // start: opening the file for every read cost a tenth of a millisecond, a tenth of a small document's work)
    if (schedstat < 0) schedstat = openSync('/proc/thread-self/schedstat', 'r');
    const n = readSync(schedstat, statBuffer, 0, statBuffer.length, 0);
    return Number(statBuffer.toString('latin1', 0, n).split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}
let schedstat = -1;
const statBuffer = Buffer.alloc(256);
const CPU_CLOCK = Number.isFinite(threadCpuMs());
/** The budget's clock: thread CPU time, or the wall clock. */
const clock: () => number = CPU_CLOCK ? threadCpuMs : () => performance.now();

/** The deadline on `clock`, what was allowed, and the wall time before which it cannot have passed. */
let deadline = Infinity;
let allowed = 0;
let checkAt = Infinity;

/** Runs fn with `ms` milliseconds to spend (Infinity: unbounded); budgets nest, the inner one ends first. */
export function withBudget<T>(ms: number, fn: () => T): T {
  const outer = [deadline, allowed, checkAt] as const;
  // (a budget no smaller than the one it runs in ends after it: the clock need not be read)
  if (!(deadline < Infinity && ms >= allowed)) {
    const mine = clock() + ms;
    if (mine < deadline) [deadline, allowed, checkAt] = [mine, ms, performance.now() + ms];
  }
  try {
    return fn();
  } finally {
    [deadline, allowed, checkAt] = outer;
  }
}

/** Whether the current budget is over (for a loop that would rather stop early than throw). */
export function budgetSpent(): boolean {
  // (a thread runs at most as long as the wall clock: until checkAt, reading its CPU time is no use)
  const now = performance.now();
  if (now < checkAt) return false;
  const left = deadline - clock();
  if (left <= 0) return true;
  checkAt = now + left;
  return false;
}

/** Throws BudgetSpent once the current budget is over (call it per sentence or mark, not per character). */
export function spend(): void {
  if (budgetSpent()) throw new BudgetSpent(allowed);
}

/**
 * The budget for cleaning and annotating a document of `length` characters: 1.2 s per MB of this
 * thread's time, at least 1.2 s (10 s on the wall clock, which a busy machine stretches). What is left
 * of the 2 s of CPU per MB promised goes to fingerprinting and storing it, and to the threads that
 * collect its garbage (up to half as much again on a large document). ATTACHE_BUDGET_MS sets the floor.
 */
export function documentBudgetMs(length: number): number {
  const env = Number(process.env.ATTACHE_BUDGET_MS);
  const floor = Number.isFinite(env) && env >= 0 ? env : CPU_CLOCK ? 1200 : 10_000;
  return Math.max(floor, (1200 * length) / (1024 * 1024));
}
