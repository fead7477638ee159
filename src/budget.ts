// A document's time budget for cleaning and annotation: the loops that can run long ask spend() now
// and then, and past the deadline it throws, so one document of a pathological shape costs at most its
// budget. The budget is CPU time of the thread doing the work where the system tells it (Linux), so a
// busy machine does not cut a document short; elsewhere it is wall-clock time, with a wider floor.
import { readFileSync } from 'node:fs';

export class BudgetSpent extends Error {
  constructor(readonly ms: number) {
    super(`ran past its time budget of ${(ms / 1000).toFixed(1)} s${CPU_CLOCK ? ' of CPU' : ''}`);
    this.name = 'BudgetSpent';
  }
}

/** Milliseconds of CPU this thread has run (Linux's scheduler count, nanoseconds), or NaN where unknown. */
function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}
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
  const mine = clock() + ms;
  if (mine < deadline) [deadline, allowed, checkAt] = [mine, ms, performance.now() + ms];
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
