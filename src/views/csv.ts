// RFC 4180 CSV: fields with a comma, quote or line break are quoted (quotes doubled), records end in
// CRLF. Spreadsheets and pandas read it with no options.

export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
