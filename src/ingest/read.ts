// One input file → the raw documents in it (a page, a text, or many crawler records), or reasons why not.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DocumentHints, RawDocument } from '../types.js';
import { decodeBytes } from './decode.js';
import { parseJsonLines, parseJsonRecords } from './records.js';
import { sniffContent } from './sniff.js';
import { readSidecar } from './sidecar.js';
import { readInput, type InputFile } from './sources.js';

export interface ReadOptions {
  maxBytes: number;
  encoding?: string;
  /** Hints for every input of this run (flags), below a sidecar's. */
  hints: DocumentHints;
  stdin: () => Buffer;
}

export interface ReadFailure {
  source: string;
  reason: string;
}

export interface ReadOutcome {
  docs: RawDocument[];
  failures: ReadFailure[];
  warnings: ReadFailure[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function readDocuments(file: InputFile, options: ReadOptions): ReadOutcome {
  const out: ReadOutcome = { docs: [], failures: [], warnings: [] };
  const fail = (reason: string, source = file.source) => (out.failures.push({ source, reason }), out);
  const got = readInput(file, options.maxBytes, options.stdin);
  if (!got.ok) return fail(got.reason);
  const decoded = decodeBytes(got.bytes, { maxBytes: options.maxBytes, encoding: options.encoding });
  if (!decoded.ok) return fail(decoded.reason);
  if (decoded.warning) out.warnings.push({ source: file.source, reason: decoded.warning });

  let hints: DocumentHints = { ...options.hints };
  const side = file.bytes ? ({ ok: true, hints: {} } as const) : readSidecar(file.source);
  if (side.ok) hints = { ...hints, ...side.hints };
  else out.warnings.push({ source: file.source, reason: side.reason });

  const kind = sniffContent(file.sourceName, decoded.text);
  if (kind === 'json' || kind === 'jsonl') {
    const records = kind === 'json' ? parseJsonRecords(decoded.text) : parseJsonLines(decoded.text);
    for (const r of records) {
      if (!r.ok) {
        out.failures.push({ source: `${file.source} (${r.where})`, reason: r.reason });
        continue;
      }
      const rec = r.record;
      const where = `${file.source}#${rec.where.replace(/\s+/g, '')}`;
      for (const w of r.warnings) out.warnings.push({ source: `${file.source} (${rec.where})`, reason: w });
      out.docs.push({
        source: rec.hints.url ?? where,
        sourceName: rec.hints.url ?? `${path.basename(file.sourceName)}#${rec.where.replace(/\s+/g, '')}`,
        original: rec.content.charCodeAt(0) === 0xfeff ? rec.content.slice(1) : rec.content,
        format: rec.format,
        hints: { ...hints, ...rec.hints },
        hash: sha256(rec.content),
        byteLength: Buffer.byteLength(rec.content),
      });
    }
    return out;
  }
  out.docs.push({
    source: file.source,
    sourceName: file.sourceName,
    original: decoded.text,
    format: kind === 'html' ? 'html' : 'text',
    hints,
    hash: sha256(decoded.text),
    byteLength: got.bytes.length,
  });
  return out;
}
