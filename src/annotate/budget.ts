// A document's time budget for annotation: the loops that can run long ask spend() now and then,
// and past the deadline it throws, so one document of a pathological shape costs at most its budget.

export class BudgetSpent extends Error {
  constructor(readonly ms: number) {
    super(`ran past its time budget of ${(ms / 1000).toFixed(1)} s`);
    this.name = 'BudgetSpent';
  }
}

let deadline = Infinity;
let allowed = 0;

/** Runs fn with `ms` milliseconds to spend (Infinity: unbounded); budgets nest, the inner one ends first. */
export function withBudget<T>(ms: number, fn: () => T): T {
  const [outerDeadline, outerAllowed] = [deadline, allowed];
  const mine = performance.now() + ms;
  if (mine < deadline) [deadline, allowed] = [mine, ms];
  try {
    return fn();
  } finally {
    [deadline, allowed] = [outerDeadline, outerAllowed];
  }
}

/** Throws BudgetSpent once the current budget is over (call it per sentence or mark, not per character). */
export function spend(): void {
  if (deadline !== Infinity && performance.now() > deadline) throw new BudgetSpent(allowed);
}

/** Whether the current budget is over (for a loop that would rather stop early than throw). */
export function budgetSpent(): boolean {
  return deadline !== Infinity && performance.now() > deadline;
}

/** The budget for annotating a document of `length` characters: a floor, then 2 s per MB. */
export function documentBudgetMs(length: number): number {
  const env = Number(process.env.ATTACHE_BUDGET_MS);
  const floor = Number.isFinite(env) && env > 0 ? env : 10_000;
  return floor + (2000 * length) / (1024 * 1024);
}
