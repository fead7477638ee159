// Test helpers: a plain-text document as the pipeline would clean it, from a string we wrote.
import { createHash } from 'node:crypto';
import { cleanDocument } from '../../src/clean/index.js';
import type { CleanDocument, RawDocument } from '../../src/types.js';

export function rawText(original: string, sourceName = 'test.txt'): RawDocument {
  return {
    source: sourceName,
    sourceName,
    original,
    format: 'text',
    hints: {},
    hash: createHash('sha256').update(original).digest('hex'),
    byteLength: Buffer.byteLength(original),
  };
}

export function cleanText(original: string, sourceName = 'test.txt'): CleanDocument {
  return cleanDocument(rawText(original, sourceName));
}
