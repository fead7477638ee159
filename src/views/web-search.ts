// Full-text search for the web page: snippets come back as parts (words and hits), never as markup,
// so a document's own brackets or tags cannot be mistaken for highlighting.
import type { Store } from '../store/db.js';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface WebSearchHit {
  id: string;
  title: string | null;
  published: string | null;
  source: string;
  kind: string;
  snippet: SnippetPart[];
}

// Control characters that never occur in stored main text mark the hits inside FTS5 snippets.
const OPEN = '\u0002';
const CLOSE = '\u0003';

export function webSearch(store: Store, query: string, limit = 50): { query: string; hits: WebSearchHit[] } {
  const sql = `SELECT d.id, d.title, d.published, d.source, d.kind, snippet(documents_fts, 2, '${OPEN}', '${CLOSE}', ' … ', 24) AS snippet
     FROM documents_fts JOIN documents d ON d.id = documents_fts.doc
     WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`;
  type Row = Omit<WebSearchHit, 'snippet'> & { snippet: string };
  let rows: Row[];
  try {
    rows = store.db.prepare(sql).all(query, limit) as Row[];
  } catch {
    // Not valid FTS5 syntax: search the words as a phrase-per-word query instead of failing.
    const words = query.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`);
    rows = words.length ? (store.db.prepare(sql).all(words.join(' '), limit) as Row[]) : [];
  }
  return { query, hits: rows.map((r) => ({ ...r, snippet: snippetParts(r.snippet) })) };
}

export function snippetParts(s: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const chunk of s.split(OPEN)) {
    const close = chunk.indexOf(CLOSE);
    if (close < 0) {
      if (chunk) parts.push({ text: chunk, hit: false });
      continue;
    }
    if (close > 0) parts.push({ text: chunk.slice(0, close), hit: true });
    if (close + 1 < chunk.length) parts.push({ text: chunk.slice(close + 1), hit: false });
  }
  return parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
}
