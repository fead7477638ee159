// How a quote's verification status reads on the page.
import { badge } from '../dom';

const WORDS: Record<string, string> = {
  verbatim: 'verbatim',
  close: 'close',
  not_found: 'not found',
  no_primary_source: 'no primary source',
};

export function statusBadge(status: string) {
  return badge(WORDS[status] ?? status, `status s-${status}`);
}
