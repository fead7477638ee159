// What kind of content a decoded input holds: HTML, JSON records, JSON Lines records, or plain text.

export type ContentKind = 'html' | 'json' | 'jsonl' | 'text';

const HTML_EXT = /\.(x?html?|php|aspx?|jsp)(\.gz)?$/i;
const TEXT_EXT = /\.(txt|md|markdown|text)(\.gz)?$/i;
const JSON_EXT = /\.json(\.gz)?$/i;
const JSONL_EXT = /\.(jsonl|ndjson)(\.gz)?$/i;

export function sniffContent(name: string, text: string): ContentKind {
  if (JSONL_EXT.test(name)) return 'jsonl';
  if (JSON_EXT.test(name)) return 'json';
  if (HTML_EXT.test(name)) return 'html';
  const head = text.slice(0, 2048).trimStart();
  if (!TEXT_EXT.test(name)) {
    if (head.startsWith('{') || head.startsWith('[')) {
      const firstLine = head.split('\n', 1)[0].trim();
      return firstLine.startsWith('{') && firstLine.endsWith('}') && head.includes('\n{') ? 'jsonl' : 'json';
    }
  }
  return looksLikeHtml(head) ? 'html' : 'text';
}

/** A page, not text that mentions a tag: a doctype, or an <html>/<head>/<body> element early on. */
export function looksLikeHtml(head: string): boolean {
  if (/^<!doctype\s+html/i.test(head) || /^<\?xml[^>]*>\s*<(!doctype\s+)?html/i.test(head)) return true;
  const tags = head.match(/<(html|head|body|meta|title|div|p|article)\b[^>]*>/gi);
  return !!tags && (/^<(html|head)\b/i.test(head) || tags.length >= 3);
}
