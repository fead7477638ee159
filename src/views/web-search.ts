// Full-text search for the web page: snippets come back as parts (words and hits), never as markup,
// so a document's own brackets or tags cannot be mistaken for highlighting.
import type { Store } from '../store/db.js';
import { searchDocumentIndex } from '../store/search.js';

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
  const { rows } = searchDocumentIndex(store, query, { limit, open: OPEN, close: CLOSE, tokens: 24 });
  return { query, hits: rows.map((r) => ({ id: r.id, title: r.title, published: r.published, source: r.source, kind: r.kind, snippet: snippetParts(r.snippet) })) };
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
