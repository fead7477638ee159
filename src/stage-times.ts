// Time spent per named stage of ingest (clean, nlp, each layer, each link step), for the benchmark:
// off unless ATTACHE_STAGE_TIMES is set, and then only summed, never looked at by the stages.
// Self time: a stage timed inside another (text reuse inside quote linking) is not counted twice.
// Milliseconds of the thread's wall clock: a thread that is not preempted spends them on the CPU.
// With ATTACHE_STAGE_TIMES=cpu, milliseconds of the process's CPU instead: right only for a bench
// that runs every stage on one thread (a loaded machine preempts it, and wall time then counts waits).

export const STAGE_TIMES_ON = !!process.env.ATTACHE_STAGE_TIMES;
const clock =
  process.env.ATTACHE_STAGE_TIMES === 'cpu'
    ? () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      }
    : () => performance.now();

let totals = new Map<string, number>();
/** Time of the stages timed inside the one running, per level of nesting. */
const inner: number[] = [];

/** fn's value; with stage times on, its time (less that of stages timed inside it) is added to `stage`. */
export function timed<T>(stage: string, fn: () => T): T {
  if (!STAGE_TIMES_ON) return fn();
  const t0 = clock();
  inner.push(0);
  try {
    return fn();
  } finally {
    const took = clock() - t0;
    const nested = inner.pop()!;
    if (inner.length) inner[inner.length - 1] += took;
    totals.set(stage, (totals.get(stage) ?? 0) + took - nested);
  }
}

/** The sums so far, and a fresh start (a worker sends its sums with each document). */
export function takeStageTimes(): Record<string, number> {
  const out = Object.fromEntries(totals);
  totals = new Map();
  return out;
}

/** Adds sums another thread sent. */
export function addStageTimes(times: Record<string, number>): void {
  for (const [k, v] of Object.entries(times)) totals.set(k, (totals.get(k) ?? 0) + v);
}
