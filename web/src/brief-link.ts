// "Brief on this": opens the cited briefing (GET /api/brief) on an entity or a pair of states in a new tab.
import { h } from './dom';

export function briefLink(about: string[], range: { from?: string; to?: string } = {}): HTMLAnchorElement {
  const q = new URLSearchParams();
  for (const a of about) if (a) q.append('about', a);
  if (range.from) q.set('from', range.from);
  if (range.to) q.set('to', range.to);
  return h('a', { href: `/api/brief?${q}`, target: '_blank', rel: 'noopener', class: 'brief-link' }, 'Brief on this');
}
