// First pass: marks page furniture as removed (navigation, hidden elements, unlikely class/id names).
import { type El, classAndId, computeStats, holdsEmbeddedPost, linkDensity } from './dom.js';
import { FURNITURE_ROLES, FURNITURE_TAGS, REGEXPS, SOFT_FURNITURE_TAGS } from './patterns.js';

export interface PruneOptions {
  /** Remove elements whose class/id says they are unlikely to be the article (Readability's flag). */
  stripUnlikely: boolean;
}

/** Clears every removal mark under `root` (before a retry with other options). */
export function unprune(root: El): void {
  for (const c of root.children) {
    if (c.kind === 'el') {
      c.removed = false;
      c.score = 0;
      c.scored = false;
      unprune(c);
    }
  }
}

/** Marks furniture under `root` as removed (and lists the outermost removed elements in `removed`). */
export function prune(root: El, opts: PruneOptions, removed?: El[]): void {
  for (const c of root.children) {
    if (c.kind !== 'el') continue;
    if (isFurniture(c, opts)) {
      c.removed = true;
      removed?.push(c);
    } else prune(c, opts, removed);
  }
}

function isFurniture(el: El, opts: PruneOptions): boolean {
  const tag = el.tag;
  if (FURNITURE_TAGS.has(tag)) return true;
  const a = el.attrs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  if (a.style && REGEXPS.hiddenStyle.test(a.style)) return true;
  if (a.role && FURNITURE_ROLES.test(a.role)) return true;
  if (a['aria-modal'] === 'true') return true;
  if (SOFT_FURNITURE_TAGS.has(tag)) return !holdsProse(el);
  const ci = classAndId(el);
  if (ci && REGEXPS.commentThread.test(ci) && tag !== 'body' && tag !== 'article') return true;
  if (opts.stripUnlikely && tag !== 'body' && tag !== 'a' && tag !== 'html' && tag !== 'main' && tag !== 'article') {
    if (ci && REGEXPS.unlikelyCandidates.test(ci) && !REGEXPS.okMaybeItsACandidate.test(ci) && !inside(el, 'table') && !inside(el, 'code'))
      return !isEmbeddedPost(el);
  }
  return false;
}

/** A header/footer that holds a real stretch of prose (some pages put the whole story in one). */
function holdsProse(el: El): boolean {
  computeStats(el);
  return el.len >= 400 && linkDensity(el) < 0.3;
}

/** An embedded post quoted in the story (a tweet in a "social-embed" box). */
function isEmbeddedPost(el: El): boolean {
  computeStats(el);
  return holdsEmbeddedPost(el);
}

function inside(el: El, tag: string): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.tag === tag) return true;
  return false;
}
