// Decodes the bytes of an HTML page: a BOM, else a <meta charset> in the first bytes, else UTF-8.
import iconv from 'iconv-lite';

const SNIFF_BYTES = 4096;

/** The charset a page declares in its first bytes (<meta charset> or http-equiv), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** The page's text: BOM removed, nothing else changed (what every offset points into). */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf-16be');
  const cs = declaredCharset(bytes);
  // pages that declare utf-16 in an ASCII-readable meta are in fact ASCII-compatible
  if (cs && !/^(utf-?8|utf-?16.*|unicode)$/.test(cs) && iconv.encodingExists(cs)) return iconv.decode(buf, cs);
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
