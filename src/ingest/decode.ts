// Bytes → text: gunzip, strip a BOM, check it is text, and decode legacy encodings explicitly.
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import chardet from 'chardet';

export type Decoded = { ok: true; text: string; encoding: string; compressed: boolean; warning?: string } | { ok: false; reason: string };

const GZIP_MAGIC = [0x1f, 0x8b];
/** Encodings we accept from the detector with confidence: the legacy ones ministry sites use. */
const TRUSTED_LEGACY = new Set(['windows-1251', 'koi8-r', 'euc-kr', 'iso-8859-1', 'windows-1252', 'shift_jis', 'euc-jp', 'gb18030', 'big5', 'iso-8859-5', 'windows-1250', 'iso-8859-2', 'utf-16le', 'utf-16be']);

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

export interface DecodeOptions {
  /** Largest decompressed size we accept, in bytes. */
  maxBytes: number;
  /** An encoding the caller knows (e.g. from a flag); skips detection. */
  encoding?: string;
}

export function decodeBytes(input: Uint8Array, options: DecodeOptions): Decoded {
  let bytes = input;
  let compressed = false;
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: options.maxBytes + 1 });
    } catch (err) {
      const msg = (err as Error).message;
      if (/maxOutputLength|Cannot create a Buffer larger|buffer/i.test(msg) && bytes.length > 0)
        return { ok: false, reason: `decompresses to more than the size limit (${formatBytes(options.maxBytes)})` };
      return { ok: false, reason: 'corrupt or truncated gzip data' };
    }
    compressed = true;
    if (bytes.length > options.maxBytes) return { ok: false, reason: `decompresses to more than the size limit (${formatBytes(options.maxBytes)})` };
  }
  if (bytes.length === 0) return { ok: false, reason: compressed ? 'empty after decompression' : 'empty file' };

  // Byte-order marks say the encoding outright.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8', compressed);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', compressed);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', compressed);

  if (options.encoding) {
    if (!iconv.encodingExists(options.encoding)) return { ok: false, reason: `unknown encoding "${options.encoding}"` };
    return finish(iconv.decode(Buffer.from(bytes), options.encoding), options.encoding.toLowerCase(), compressed);
  }
  if (looksBinary(bytes)) {
    // UTF-16 written without a byte-order mark looks binary byte by byte (a NUL after every Latin letter)
    const utf16 = bomlessUtf16(bytes);
    if (utf16) {
      const decoded = finish(new TextDecoder(utf16).decode(bytes), utf16, compressed);
      if (decoded.ok) decoded.warning = `no byte-order mark: read as ${utf16.toUpperCase()}`;
      return decoded;
    }
    return { ok: false, reason: 'binary content, not text' };
  }

  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8', compressed);
  } catch {
    // Not UTF-8: an HTML page may declare its charset; otherwise ask the detector, and refuse when unsure.
  }
  const utf8 = utf8Shape(bytes);
  // A file cut in the middle of a character (its last sequence incomplete, nothing else wrong) holds
  // all it held before that character: read it, and say so
  if (utf8.invalid === 1 && utf8.cutAtEnd) {
    try {
      const decoded = finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, utf8.firstInvalid)), 'utf-8', compressed);
      if (decoded.ok) decoded.warning = `cut in the middle of a character at byte ${utf8.firstInvalid}: read without it`;
      return decoded;
    } catch {
      // not that after all: as below
    }
  }
  if (utf8.valid > 0 && utf8.valid >= utf8.invalid)
    // Mostly well-formed UTF-8 with a few bad bytes is a damaged UTF-8 file, not a legacy encoding:
    // reading it as one would turn every accented letter into mojibake.
    return { ok: false, reason: `invalid UTF-8 at byte ${utf8.firstInvalid} (the rest of the file is UTF-8; damaged? give --encoding to force one)` };
  const declared = declaredCharset(bytes);
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared))
    return finish(iconv.decode(Buffer.from(bytes), declared), declared.toLowerCase(), compressed);
  const guesses = chardet.analyse(bytes).filter((g) => TRUSTED_LEGACY.has(g.name.toLowerCase()));
  const best = guesses[0];
  if (best && best.confidence >= 30 && iconv.encodingExists(best.name)) {
    // Pages labelled Latin-1 are in practice Windows-1252 (curly quotes, the euro sign), as browsers assume.
    const name = best.name.toLowerCase() === 'iso-8859-1' ? 'windows-1252' : best.name;
    const text = iconv.decode(Buffer.from(bytes), name);
    // Control characters or replacement marks mean the guess does not fit these bytes.
    if (/[\u0080-\u009f\ufffd]/.test(text))
      return { ok: false, reason: `not UTF-8, and does not decode cleanly as ${name} either (give the encoding with --encoding)` };
    const decoded = finish(text, name.toLowerCase(), compressed);
    // A few stray high bytes in ASCII text may be a legacy encoding or damaged UTF-8: the bytes
    // cannot tell, so the user is told where to look.
    if (decoded.ok && utf8.invalid <= 16 && bytes.length > 64 * utf8.invalid)
      decoded.warning = `not UTF-8 (first at byte ${utf8.firstInvalid}); read as ${name.toLowerCase()}: check its accented letters, or give --encoding`;
    return decoded;
  }
  return { ok: false, reason: 'invalid UTF-8 and the encoding could not be identified (give it with --encoding)' };
}

function finish(text: string, encoding: string, compressed: boolean): Decoded {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.trim() === '') return { ok: false, reason: 'no text (only white space)' };
  return { ok: true, text: clean, encoding, compressed };
}

/**
 * The range of the second byte after each lead byte, where it is narrower than 80–BF: E0 and F0 would
 * be overlong, ED a surrogate, F4 past U+10FFFF (all invalid UTF-8, as a strict decoder says).
 */
const SECOND: Record<number, [number, number]> = { 0xe0: [0xa0, 0xbf], 0xed: [0x80, 0x9f], 0xf0: [0x90, 0xbf], 0xf4: [0x80, 0x8f] };

/**
 * Counts well-formed and broken UTF-8 multi-byte sequences, where the first broken one is, and whether
 * the only broken one is an incomplete last sequence (a file cut in the middle of a character).
 */
function utf8Shape(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number; cutAtEnd: boolean } {
  let valid = 0, invalid = 0, firstInvalid = -1, cutAtEnd = false;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0;
    const [lo, hi] = SECOND[b] ?? [0x80, 0xbf];
    let k = 1;
    for (; ok && k <= need; k++) ok = i + k < bytes.length && bytes[i + k] >= (k === 1 ? lo : 0x80) && bytes[i + k] <= (k === 1 ? hi : 0xbf);
    if (!ok && need > 0 && i + k - 1 >= bytes.length) {
      // (the file ends inside this sequence: its bytes so far are one broken character)
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      cutAtEnd = true;
      break;
    }
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, firstInvalid, cutAtEnd };
}

/** Characters of running text: letters, marks, digits, punctuation, symbols, spaces and line breaks. */
const TEXT_CHAR = /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\t\n\r]/gu;

/**
 * 'utf-16le' or 'utf-16be' when the first 8 KiB read as text: the byte order is the one whose high
 * bytes vary least (a script lives in few 256-character blocks), and nearly every character must then
 * be a letter, digit, punctuation or space, with no broken surrogates; null otherwise.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const head = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (head.length < 4) return null;
  const even = new Set<number>();
  const odd = new Set<number>();
  for (let i = 0; i < head.length; i += 2) (even.add(head[i]), odd.add(head[i + 1]));
  if (even.size === odd.size) return null;
  const enc = odd.size < even.size ? 'utf-16le' : 'utf-16be';
  const text = new TextDecoder(enc).decode(head).replace(/[\ud800-\udbff]$/, ''); // (a pair cut by the 8 KiB window)
  if (text.includes('\ufffd')) return null;
  return (text.match(TEXT_CHAR)?.length ?? 0) >= 0.97 * [...text].length ? enc : null;
}

/** NUL bytes or many control characters in the first 8 KiB mean this is not a text file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192));
  if (head.indexOf(0) >= 0) return true;
  // Counted on a latin1 view with a regular expression: native speed, one pass, no per-byte JS.
  const control = head.toString('latin1').match(/[\x01-\x08\x0e-\x1a\x1c-\x1f]/g)?.length ?? 0;
  return control / Math.max(1, head.length) > 0.1;
}

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m ? m[1] : null;
}

export function formatBytes(n: number): string {
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(n % (1 << 20) ? 1 : 0)} MiB`;
  if (n >= 1 << 10) return `${(n / (1 << 10)).toFixed(0)} KiB`;
  return `${n} bytes`;
}
