// A sidecar file FILE.meta.json beside an input gives what the text does not state (its date, title…).
import fs from 'node:fs';
import type { DocKind, DocumentHints } from '../types.js';
import { parseGivenDate } from '../clean/meta/dates.js';

export const KINDS: DocKind[] = ['transcript', 'statement', 'press_release', 'readout', 'joint_statement', 'news', 'other'];

export type SidecarResult = { ok: true; hints: DocumentHints } | { ok: false; reason: string };

export function sidecarPath(file: string): string {
  return `${file.replace(/\.gz$/i, '')}.meta.json`;
}

export function readSidecar(file: string): SidecarResult {
  const p = sidecarPath(file);
  if (file === '-' || !fs.existsSync(p)) return { ok: true, hints: {} };
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(p, 'utf8'));
  } catch (err) {
    return { ok: false, reason: `sidecar ${p} is not valid JSON (${(err as Error).message})` };
  }
  return validateHints(data, `sidecar ${p}`);
}

/** Checks user-given metadata: a date must be a date, a kind one of ours. */
export function validateHints(data: unknown, where: string): SidecarResult {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: `${where} must be a JSON object` };
  const o = data as { [k: string]: unknown };
  const hints: DocumentHints = {};
  for (const k of ['url', 'title', 'published', 'kind'] as const) {
    if (o[k] === undefined || o[k] === null) continue;
    if (typeof o[k] !== 'string') return { ok: false, reason: `${where}: "${k}" must be a string` };
  }
  if (typeof o.published === 'string') {
    if (!parseGivenDate(o.published)) return { ok: false, reason: `${where}: "published" is not a date: ${JSON.stringify(o.published)}` };
    hints.published = o.published;
  }
  if (typeof o.kind === 'string') {
    if (!KINDS.includes(o.kind as DocKind)) return { ok: false, reason: `${where}: "kind" must be one of ${KINDS.join(', ')}` };
    hints.kind = o.kind as DocKind;
  }
  if (typeof o.title === 'string') hints.title = o.title;
  if (typeof o.url === 'string') hints.url = o.url;
  return { ok: true, hints };
}
