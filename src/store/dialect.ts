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
  /** Whether `err` is the violation of a unique key of `table` (a row someone else stored first). */
  isUniqueViolation(err: unknown, table: string): boolean;
  /** A statement with `?` parameters as the backend's client takes it. */
  parameters(sql: string): string;
}

export const SQLITE: Dialect = {
  name: 'sqlite',
  integers: (param) => `json_each(${param})`,
  commaList: (expr) => `group_concat(${expr})`,
  isUniqueViolation: (err, table) => err instanceof Error && err.message.includes(`UNIQUE constraint failed: ${table}.`),
  parameters: (sql) => sql,
};

export const POSTGRES: Dialect = {
  name: 'postgres',
  integers: (param) =>
    `(SELECT e.value::bigint AS value, e.n - 1 AS key FROM json_array_elements_text(CAST(${param} AS json)) WITH ORDINALITY AS e(value, n))`,
  commaList: (expr) => `string_agg((${expr})::text, ',')`,
  // SQLSTATE 23505, worded 'duplicate key value violates unique constraint "<table>_…"' (the key's name starts with its table's)
  isUniqueViolation: (err, table) => err instanceof Error && new RegExp(`duplicate key value violates unique constraint "${table}_`).test(err.message),
  parameters: (sql) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  },
};
