// Second pass, inside the chosen article: removes debris containers (after Readability's
// _prepArticle and _cleanConditionally), so only the story's own blocks remain.
import { type El, classAndId, computeStats, elementsByTag, forEachElement, hasAncestor, holdsEmbeddedPost, innerText, linkDensity } from './dom.js';
import { DIV_TO_P_BLOCKS, HEADING_TAGS, REGEXPS } from './patterns.js';
import { type ScoreOptions, classWeight } from './score.js';

export interface CleanOptions extends ScoreOptions {
  /** Remove containers that look like lists of links, galleries or forms (Readability's flag). */
  cleanConditionally: boolean;
}

const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;
/** Bigger than this, a container named like debris is more likely a mis-named article wrapper. */
const DEBRIS_MAX_LEN = 400;

/** Cleans each article root in place (marks debris removed) and refreshes its statistics. */
export function cleanArticle(roots: El[], opts: CleanOptions): void {
  for (const root of roots) {
    computeStats(root);
    removeNamedDebris(root, opts);
    removeInlineCards(root);
    markDataTables(root);
    for (const tag of ['form', 'fieldset']) cleanConditionally(root, tag, opts);
    cleanHeaders(root, opts);
    for (const tag of ['table', 'ul', 'ol', 'div', 'section', 'figure']) cleanConditionally(root, tag, opts);
    computeStats(root);
  }
}

/** Small containers whose class/id names debris: share bars, captions, credits, bylines, ads. */
function removeNamedDebris(root: El, opts: CleanOptions): void {
  if (!opts.weightClasses) return;
  forEachElement(root, (el) => {
    if (el.tag === 'p' && el.len > 150) return;
    const ci = classAndId(el);
    // (camel-case names read as words, but not a link's: a tag link in a sentence keeps its words)
    if (ci && el.len < DEBRIS_MAX_LEN && REGEXPS.bodyDebris.test(el.tag === 'a' ? ci : splitCamelCase(ci)) && !holdsEmbeddedPost(el)) el.removed = true;
    else if (el.tag === 'figcaption' || el.tag === 'figure' && el.len < DEBRIS_MAX_LEN) el.removed = true;
  });
}

/** Shorter than this, a run of links in a paragraph is the sentence's own (a name, a title). */
const CARD_MIN_LEN = 60;
const PARAGRAPH = new Set(['p']);

/**
 * Hover cards written into a sentence: a span inside a paragraph that is all links around a
 * picture (a person's photo with links to their other stories), shown only on hover. Deepest
 * first, so the name the card hangs on stays in the sentence.
 */
function removeInlineCards(root: El): void {
  const spans = elementsByTag(root, new Set(['span'])).reverse();
  for (const el of spans) {
    if (el.removed || !hasTaggedAncestorBelow(el, root, PARAGRAPH)) continue;
    computeStats(el);
    if (el.len < CARD_MIN_LEN || linkDensity(el) < 0.9) continue;
    if (countTags(el, 'img') >= 1 && countTags(el, 'a') >= 2) el.removed = true;
  }
}

/** "imageEmbedCaption" → "image-Embed-Caption": the words of a camel-case class name, as the patterns read names. */
function splitCamelCase(name: string): string {
  return /[a-z][A-Z]/.test(name) ? name.replace(/([a-z])([A-Z])/g, '$1-$2') : name;
}

const dataTables = new WeakSet<El>();

/** Tables that hold data (not layout) are kept whole (Readability's _markDataTables). */
function markDataTables(root: El): void {
  for (const t of elementsByTag(root, new Set(['table']))) {
    if (t.attrs.role === 'presentation' || t.attrs.datatable === '0') continue;
    if (t.attrs.summary) {
      dataTables.add(t);
      continue;
    }
    let rows = 0;
    let cols = 0;
    let structural = false;
    let nested = false;
    forEachElement(t, (e) => {
      if (e.tag === 'tr') {
        rows++;
        let c = 0;
        for (const x of e.children) if (x.kind === 'el' && (x.tag === 'td' || x.tag === 'th')) c += Number(x.attrs.colspan) || 1;
        cols = Math.max(cols, c);
      } else if (e.tag === 'caption' || e.tag === 'th' || e.tag === 'thead' || e.tag === 'tfoot' || e.tag === 'col' || e.tag === 'colgroup') structural = true;
      else if (e.tag === 'table') nested = true;
    });
    if (nested) continue;
    if (structural || rows >= 10 || cols > 4 || rows * cols > 10) dataTables.add(t);
  }
}

/** Headings whose class/id is negative are furniture ("Related", "Share this"). */
function cleanHeaders(root: El, opts: CleanOptions): void {
  for (const h of elementsByTag(root, HEADING_TAGS)) if (classWeight(h, opts) < 0) h.removed = true;
}

function countTags(el: El, tag: string | ReadonlySet<string>): number {
  let n = 0;
  forEachElement(el, (e) => {
    if (typeof tag === 'string' ? e.tag === tag : tag.has(e.tag)) n++;
  });
  return n;
}

function textLenOfTags(el: El, tags: ReadonlySet<string>): number {
  let n = 0;
  forEachElement(el, (e) => {
    if (tags.has(e.tag) && !hasTaggedAncestorBelow(e, el, tags)) n += e.len;
  });
  return n;
}

function hasTaggedAncestorBelow(e: El, stop: El, tags: ReadonlySet<string>): boolean {
  for (let p = e.parent; p && p !== stop; p = p.parent) if (tags.has(p.tag)) return true;
  return false;
}

const LISTS = new Set(['ul', 'ol']);
const TEXTISH = new Set(['span', 'li', 'td', 'blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);

/** Readability's _cleanConditionally: removes `tag` containers that look like furniture. */
function cleanConditionally(root: El, tag: string, opts: CleanOptions): void {
  if (!opts.cleanConditionally) return;
  // deepest first, so a parent is judged after its debris children are gone
  const nodes = elementsByTag(root, new Set([tag])).reverse();
  for (const node of nodes) {
    if (node.removed || node === root) continue;
    // a div holding only inline content is a paragraph (Readability turns it into a <p>)
    if (tag === 'div' && !hasBlockDescendant(node)) continue;
    computeStats(node);
    if (shouldRemove(node, tag, opts)) node.removed = true;
  }
}

function hasBlockDescendant(el: El): boolean {
  for (const c of el.children) if (c.kind === 'el' && !c.removed && (DIV_TO_P_BLOCKS.has(c.tag) || hasBlockDescendant(c))) return true;
  return false;
}

function shouldRemove(node: El, tag: string, opts: CleanOptions): boolean {
  if (tag === 'table' && dataTables.has(node)) return false;
  if (holdsEmbeddedPost(node)) return false;
  for (let p = node.parent; p; p = p.parent) if (p.tag === 'table' && dataTables.has(p)) return false;
  if (hasAncestor(node, 'code', 0)) return false;
  let isList = LISTS.has(tag);
  if (!isList && node.len > 0) isList = textLenOfTags(node, LISTS) / node.len > 0.9;
  const weight = classWeight(node, opts);
  if (weight < 0) return true;
  if (node.commas >= 10) return false;
  const p = countTags(node, 'p');
  const img = countTags(node, 'img');
  const li = countTags(node, 'li') - 100;
  const text = innerText(node);
  if (AD_WORDS.test(text) || LOADING_WORDS.test(text)) return true;
  const contentLength = text.length;
  const ld = linkDensity(node);
  const headingDensity = node.len > 0 ? textLenOfTags(node, HEADING_TAGS) / node.len : 0;
  const textDensity = node.len > 0 ? textLenOfTags(node, TEXTISH) / node.len : 0;
  const inFigure = hasAncestor(node, 'figure', 0);
  let remove =
    (!inFigure && img > 1 && p / img < 0.5) ||
    (!isList && li > p) ||
    (!isList && !inFigure && headingDensity < 0.9 && contentLength < 25 && (img === 0 || img > 2) && ld > 0) ||
    (!isList && weight < 25 && ld > 0.2) ||
    (weight >= 25 && ld > 0.5) ||
    (img === 0 && textDensity === 0 && contentLength === 0);
  if (isList && remove) {
    // simple lists of images may stay
    for (const c of node.children) if (c.kind === 'el' && c.children.filter((x) => x.kind === 'el').length > 1) return remove;
    if (img === countTags(node, 'li')) remove = false;
  }
  return remove;
}
