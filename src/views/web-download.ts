// Lists as files: every list view of the web app downloads as CSV or JSON with its filters applied.

const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('; ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV with a header of the rows' keys (in the first row's order), arrays joined with "; ". */
export function toCsv(rows: Record<string, unknown>[]): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [keys.map(cell).join(','), ...rows.map((r) => keys.map((k) => cell(r[k])).join(','))].join('\r\n') + '\r\n';
}

export type DownloadFormat = 'csv' | 'json';

export function downloadFormat(v: string | undefined): DownloadFormat | null {
  return v === 'csv' || v === 'json' ? v : null;
}
