// Small helpers for what commands print: tables that fit a terminal, one-line errors.
import { FilterError } from '../views/filters.js';
import { ViewError } from '../views/quotes.js';

export function truncate(s: string | null | undefined, n: number): string {
  const t = (s ?? '').replace(/\s+/g, ' ');
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

export function table(rows: string[][], header: string[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : (c ?? '').padEnd(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

export function fail(message: string): never {
  process.stderr.write(`attache: ${message}\n`);
  process.exit(2);
}

/** Runs a view; a filter or reference the store cannot answer is a one-line error, not a stack trace. */
export function userErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof FilterError || err instanceof ViewError) fail(err.message);
    throw err;
  }
}
