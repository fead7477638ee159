// Candidate scoring (after Readability's _grabArticle): paragraphs vote for their ancestors by
// length and commas; the best-scored container, with its worthy siblings, is the article.
import { type El, innerText, linkDensity } from './dom.js';
import { DIV_TO_P_BLOCKS, REGEXPS, TAGS_TO_SCORE } from './patterns.js';

export interface ScoreOptions {
  /** Let class/id names raise or lower scores (Readability's FLAG_WEIGHT_CLASSES). */
  weightClasses: boolean;
}

/** A paragraph that votes: a real element, or the loose inline text of a div (a "virtual" p). */
interface Voter {
  parent: El;
  /** the element itself when it is real (it is then its own first ancestor) */
  self: El | null;
  len: number;
  commas: number;
}

const ANCESTOR_LEVELS = 5;
const TOP_CANDIDATES = 5;
const MINIMUM_TOPCANDIDATES = 3;

/** Class/id weight: -25 for a negative name, +25 for a positive one, for class and id each. */
export function classWeight(el: El, opts: ScoreOptions): number {
  if (!opts.weightClasses) return 0;
  let w = 0;
  for (const v of [el.attrs.class, el.attrs.id]) {
    if (!v) continue;
    if (REGEXPS.negative.test(v)) w -= 25;
    if (REGEXPS.positive.test(v)) w += 25;
  }
  return w;
}

function initialize(el: El, opts: ScoreOptions): void {
  let s = 0;
  switch (el.tag) {
    case 'div': s = 5; break;
    case 'pre': case 'td': case 'blockquote': s = 3; break;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': s = -3; break;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': s = -5; break;
    case 'article': s = 10; break;
    case 'main': s = 5; break;
  }
  el.score = s + classWeight(el, opts);
  el.scored = true;
}

/** Gathers the paragraphs that vote; marks divs without block children as paragraphs. */
function collectVoters(root: El): Voter[] {
  const out: Voter[] = [];
  const walk = (el: El): boolean => {
    // returns whether el's subtree holds a block element
    let hasBlock = false;
    let runLen = 0;
    let runCommas = 0;
    const flush = (): void => {
      if (runLen > 0) out.push({ parent: el, self: null, len: runLen, commas: runCommas });
      runLen = runCommas = 0;
    };
    const startIndex = out.length;
    for (const c of el.children) {
      if (c.kind === 'text') {
        if (el.tag === 'div' || el.tag === 'section' || el.tag === 'article') {
          const t = c.data.trim();
          if (t) {
            runLen += t.length;
            runCommas += (t.match(REGEXPS.commas) ?? []).length;
          }
        }
        continue;
      }
      if (c.removed) continue;
      const childBlock = walk(c);
      if (DIV_TO_P_BLOCKS.has(c.tag) || childBlock) {
        hasBlock = true;
        flush();
      } else if (el.tag === 'div' || el.tag === 'section' || el.tag === 'article') {
        runLen += c.len;
        runCommas += c.commas;
      }
    }
    if (el.tag === 'div' && !hasBlock) {
      // a div with only inline content is a paragraph: it votes itself (Readability turns it into a <p>)
      out.length = startIndex;
      out.push({ parent: el.parent ?? el, self: el, len: el.len, commas: el.commas });
    } else {
      flush();
      if (TAGS_TO_SCORE.has(el.tag)) out.push({ parent: el.parent ?? el, self: el, len: el.len, commas: el.commas });
    }
    return hasBlock || DIV_TO_P_BLOCKS.has(el.tag);
  };
  walk(root);
  return out;
}

/** Scores candidates under `body` and returns the article's top-level elements, in order. */
export function grabArticle(body: El, opts: ScoreOptions): El[] {
  const candidates: El[] = [];
  for (const v of collectVoters(body)) {
    if (v.len < 25) continue;
    const score = 1 + (v.commas + 1) + Math.min(Math.floor(v.len / 100), 3);
    // a real paragraph's ancestors start at its parent; a virtual one's at the div holding it
    let a: El | null = v.self ? v.self.parent : v.parent;
    for (let level = 0; a && level < ANCESTOR_LEVELS; level++, a = a.parent) {
      if (a.tag === '#root') break;
      if (!a.scored) {
        initialize(a, opts);
        candidates.push(a);
      }
      a.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  for (const c of candidates) c.score *= (1 - linkDensity(c)) * (inListOfArticles(c) ? LIST_OF_ARTICLES_WEIGHT : 1);
  // the page's body and root gather votes from everything on the page, its furniture too: they are
  // the article only when no element inside them is a candidate
  const top = candidates
    .filter((c) => c !== body && c.tag !== 'html')
    .sort((x, y) => y.score - x.score)
    .slice(0, TOP_CANDIDATES);
  let topCandidate = top[0];
  if (!topCandidate) return [body];

  topCandidate = preferCommonAncestor(topCandidate, top, body);
  if (!topCandidate.scored) initialize(topCandidate, opts);
  topCandidate = climbWhileBetter(topCandidate, body);
  const score = topCandidate.score;
  // a lone child's parent is the same content with a better chance of holding its siblings; so is
  // a parent whose other children are only a little text (a "Read more" toggle, an empty ad slot
  // around the rest of a story whose first paragraphs stand one level up)
  while (topCandidate.parent && topCandidate.parent !== body && topCandidate.parent.tag !== '#root' && holdsAlone(topCandidate.parent, topCandidate)) {
    topCandidate = topCandidate.parent;
    if (!topCandidate.scored) initialize(topCandidate, opts);
  }
  return withSiblings(topCandidate, Math.max(score, topCandidate.score));
}

/** At most this much text (a toggle's label) beside a child lets its parent stand for it. */
const BESIDE_MAX_LEN = 50;

function holdsAlone(parent: El, child: El): boolean {
  return elementChildren(parent).length === 1 || parent.len - child.len <= BESIDE_MAX_LEN;
}

/** When several near-top candidates share an ancestor, that ancestor is the article. */
function preferCommonAncestor(topCandidate: El, top: El[], body: El): El {
  const lists: Set<El>[] = [];
  for (let i = 1; i < top.length; i++) {
    if (top[i].score / topCandidate.score >= 0.75) {
      const s = new Set<El>();
      for (let p = top[i].parent; p; p = p.parent) s.add(p);
      lists.push(s);
    }
  }
  if (lists.length < MINIMUM_TOPCANDIDATES) return topCandidate;
  for (let p = topCandidate.parent; p && p !== body && p.tag !== '#root'; p = p.parent) {
    let n = 0;
    for (const s of lists) if (s.has(p)) n++;
    if (n >= MINIMUM_TOPCANDIDATES) return p;
  }
  return topCandidate;
}

/** Walks up while a parent scores higher than its child (content split across containers). */
function climbWhileBetter(topCandidate: El, body: El): El {
  let lastScore = topCandidate.score;
  const threshold = lastScore / 3;
  for (let p = topCandidate.parent; p && p !== body && p.tag !== '#root'; p = p.parent) {
    if (!p.scored) continue;
    if (p.score < threshold) break;
    if (p.score > lastScore) return p;
    lastScore = p.score;
  }
  return topCandidate;
}

/** A container of three or more <article>s is a list of stories (related posts, an index), not one story. */
const LIST_OF_ARTICLES_WEIGHT = 0.2;

/** The list itself, or one of its stories. */
function inListOfArticles(el: El): boolean {
  return holdsArticles(el) || (el.tag === 'article' && el.parent !== null && holdsArticles(el.parent));
}

function holdsArticles(el: El): boolean {
  let n = 0;
  for (const c of el.children) if (c.kind === 'el' && !c.removed && c.tag === 'article' && ++n >= 3) return true;
  return false;
}

function elementChildren(el: El): El[] {
  const out: El[] = [];
  for (const c of el.children) if (c.kind === 'el' && !c.removed) out.push(c);
  return out;
}

/** The top candidate plus the siblings that look like more of the same article. */
function withSiblings(topCandidate: El, score: number): El[] {
  const parent = topCandidate.parent;
  if (!parent || parent.tag === '#root') return [topCandidate];
  const threshold = Math.max(10, score * 0.2);
  const cls = topCandidate.attrs.class ?? '';
  const out: El[] = [];
  for (const s of elementChildren(parent)) {
    if (s === topCandidate) {
      out.push(s);
      continue;
    }
    const bonus = cls !== '' && s.attrs.class === cls ? score * 0.2 : 0;
    if (s.scored && s.score + bonus >= threshold && !holdsArticles(s)) out.push(s);
    else if (s.tag === 'p' || isParagraphWrapper(s)) {
      const ld = linkDensity(s);
      if (s.len > 80 && ld < 0.25) out.push(s);
      else if (s.len < 80 && s.len > 0 && ld === 0 && REGEXPS.sentenceEnd.test(innerText(s))) out.push(s);
    }
  }
  return out;
}

/**
 * A wrapper of one paragraph (div > p, section > div > p): some pages box each paragraph of the
 * story, or its first ones, on their own; the wrapper is then read as the paragraph.
 */
function isParagraphWrapper(el: El): boolean {
  if (el.tag !== 'div' && el.tag !== 'section' && el.tag !== 'span') return false;
  // (a div of inline content is a paragraph itself, as Readability reads it)
  if (el.tag === 'div' && !holdsBlock(el)) return true;
  let inner: El = el;
  for (;;) {
    const kids = elementChildren(inner);
    if (kids.length !== 1) return false;
    for (const c of inner.children) if (c.kind === 'text' && c.data.trim()) return false;
    inner = kids[0];
    if (inner.tag === 'p') return inner.len === el.len;
    if (inner.tag !== 'div' && inner.tag !== 'section' && inner.tag !== 'span') return false;
  }
}

function holdsBlock(el: El): boolean {
  for (const c of el.children) if (c.kind === 'el' && !c.removed && (DIV_TO_P_BLOCKS.has(c.tag) || holdsBlock(c))) return true;
  return false;
}
