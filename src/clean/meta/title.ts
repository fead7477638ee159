// A document's title as a reader writes it: the headline, without the site's name that pages and
// crawlers append to it ("… | Reuters", "… - ABC News").
import { HOST_NAME_EXTRAS, SITE_NAMES, SITE_NAME_SHAPES } from '../../lexicons/sites.js';

/** Between a headline and the site's name. */
const SEPARATOR = /\s+(?:[|–—·»]|-{1,2}|::)\s+/g;
const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const SITES = new Set(SITE_NAMES.map(compact));
/** Host labels that name no publisher. */
const GENERIC_LABELS = /^(?:www\d?|m|amp|mobile|edition|news|en|english|archives?|com|co|org|net|gov|edu|int|info|ac|go|or|[a-z]{2})$/;

/** The title without a trailing site name (one of ours, the host of its address, or the name the metadata gives). */
export function withoutSiteName(title: string, url: string | null, siteName: string | null = null): string {
  let t = title.trim();
  for (let round = 0; round < 2; round++) {
    const seps = [...t.matchAll(SEPARATOR)];
    const last = seps[seps.length - 1];
    if (!last) break;
    const tail = t.slice(last.index! + last[0].length).trim();
    const rest = t.slice(0, last.index).trim();
    // what is left must still be a headline
    if (rest.split(/\s+/).length < 3 || !(isSiteName(tail, url) || (siteName && compact(tail) === compact(siteName)))) break;
    t = rest;
  }
  return t;
}

export function isSiteName(text: string, url: string | null): boolean {
  const c = compact(text);
  if (!c || text.split(/\s+/).length > 8) return false;
  if (SITES.has(c) || SITE_NAME_SHAPES.some((re) => re.test(text.trim()))) return true;
  return url ? hostLabels(url).some((label) => namesHost(c, label)) : false;
}

/** "abcnews" names abcnews.go.com; "bbcnews" names bbc.co.uk; "theguardian" names theguardian.com. */
function namesHost(name: string, label: string): boolean {
  if (label.length < 3) return false;
  if (name === label) return true;
  const extras = (s: string) => s === '' || HOST_NAME_EXTRAS.some((w) => s === w || HOST_NAME_EXTRAS.some((v) => s === w + v));
  if (name.startsWith(label)) return extras(name.slice(label.length));
  if (label.startsWith(name)) return extras(label.slice(name.length));
  if (name.endsWith(label)) return extras(name.slice(0, name.length - label.length));
  if (label.endsWith(name)) return extras(label.slice(0, label.length - name.length));
  return false;
}

function hostLabels(url: string): string[] {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase().split('.').filter((l) => !GENERIC_LABELS.test(l)) : [];
}
