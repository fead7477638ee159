// What the two backends say differently, where no form both accept exists: each area writes its
// statement once, with a fragment from the dialect in the place where the backends differ. The
// rest of the store's SQL is written in the forms both accept (ON CONFLICT upserts, "end" quoted).

export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /**
   * A JSON array of integers given as the parameter `param` (a `?`), as a table source with columns
   * `value` (the integer) and `key` (its 0-based index): write it where a table stands in FROM.
   */
  integers(param: string): string;
  /** The values of `expr` in a group joined by commas (as text). */
  commaList(expr: string): string;
  /** The elements of the JSON array `expr` (a column of text holding one) as a table source with a column `value`. */
  jsonArray(expr: string): string;
  /** The text of field `field` of the JSON object `value` (an element of `jsonArray`). */
  jsonField(value: string, field: string): string;
  /** A statement with one parameter, a table's name, giving a row when the store has that table. */
  readonly tableExists: string;
  /** A statement listing the names of the store's tables (one column), the search index's own left out. */
  readonly tables: string;
  /** Statements emptying these tables inside the caller's transaction, whatever foreign keys run between them. */
  clearTables(tables: string[]): string[];
  /** Whether `err` is the violation of a unique key of `table` (a row someone else stored first). */
  isUniqueViolation(err: unknown, table: string): boolean;
  /** A statement with `?` parameters as the backend's client takes it. */
  parameters(sql: string): string;
}

export const SQLITE: Dialect = {
  name: 'sqlite',
  integers: (param) => `json_each(${param})`,
  commaList: (expr) => `group_concat(${expr})`,
  jsonArray: (expr) => `json_each(${expr})`,
  jsonField: (value, field) => `json_extract(${value}, '$.${field}')`,
  tableExists: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
  tables: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents_fts%'",
  // (foreign keys checked at the commit, when every linked table is empty)
  clearTables: (tables) => ['PRAGMA defer_foreign_keys = ON', ...tables.map((t) => `DELETE FROM "${t}"`)],
  isUniqueViolation: (err, table) => err instanceof Error && err.message.includes(`UNIQUE constraint failed: ${table}.`),
  parameters: (sql) => sql,
};

export const POSTGRES: Dialect = {
  name: 'postgres',
  integers: (param) =>
    `(SELECT e.value::bigint AS value, e.n - 1 AS key FROM json_array_elements_text(CAST(${param} AS json)) WITH ORDINALITY AS e(value, n))`,
  commaList: (expr) => `string_agg((${expr})::text, ',')`,
  jsonArray: (expr) => `json_array_elements(CAST(${expr} AS json))`,
  jsonField: (value, field) => `(${value} ->> '${field}')`,
  tableExists: 'SELECT 1 WHERE to_regclass(CAST(? AS text)) IS NOT NULL',
  tables: "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
  // one statement for all: the foreign keys between them are not deferrable
  clearTables: (tables) => (tables.length ? [`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')}`] : []),
  // SQLSTATE 23505, worded 'duplicate key value violates unique constraint "<table>_…"' (the key's name starts with its table's)
  isUniqueViolation: (err, table) => err instanceof Error && new RegExp(`duplicate key value violates unique constraint "${table}_`).test(err.message),
  parameters: (sql) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  },
};
