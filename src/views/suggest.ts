// Close matches for a value the store or a vocabulary does not know, to suggest in an error.

/** Levenshtein distance, for suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

/** The known values closest to a mistyped one (a third of its letters may differ), or a word it is part of. */
export function closest(value: string, known: Iterable<string>, most = 3): string[] {
  const v = value.toLowerCase();
  const scored: [string, number][] = [];
  for (const k of new Set(known)) {
    const key = k.toLowerCase();
    // a name is also matched by any one of its words ("Lavorv" for "Sergey Lavrov")
    const d = key.includes(v) || v.includes(key) ? 0 : Math.min(...[key, ...key.split(/\s+/)].map((w) => distance(v, w)));
    if (d <= Math.max(1, Math.floor(v.length / 3))) scored.push([k, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, most).map(([k]) => k);
}

/** ", did you mean A or B?" — or nothing when there is no close match. */
export function suggestion(value: string, known: Iterable<string>): string {
  const near = closest(value, known);
  return near.length ? `; did you mean ${near.join(' or ')}?` : '';
}
