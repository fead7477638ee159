// Document reader: the original text, main text marked and page debris greyed, with entity mentions,
// dates, events and quotes highlighted; clicking a highlight shows what it was resolved to.
import { api } from '../api';
import { h, fill, link, badge, empty } from '../dom';
import type { Mark, MarkKind, ReaderView, DocRef } from '../types';
import type { Route } from './route';

const KINDS: { kind: MarkKind; label: string }[] = [
  { kind: 'entity', label: 'Names' },
  { kind: 'date', label: 'Dates' },
  { kind: 'event', label: 'Events' },
  { kind: 'quote', label: 'Quotes' },
  { kind: 'conflict', label: 'Contradictions' },
];

/** Debris runs longer than this (in characters) are folded. */
const FOLD_AT = 120;

const foldLabel = (n: number, open: boolean) => (open ? `hide page debris (${n.toLocaleString('en')} characters)` : `⋯ page debris: ${n.toLocaleString('en')} characters (show)`);

export async function readerPage(root: HTMLElement, route: Route): Promise<void> {
  const doc = await api.document(route.arg);
  const details = h('div', { class: 'details', id: 'mark-details' }, h('p', { class: 'muted' }, 'Click a highlighted passage to see what it was resolved to.'));
  const text = h('div', { class: 'doctext', id: 'doc-text' });
  const at = parseInt(route.query.get('at') ?? '', 10);
  let target: HTMLElement | null = null;
  // Consecutive debris (menus, scripts, footers) is one run; a long one is folded behind a line
  // saying how much it holds, so the article reads from its start, and opens on a click.
  let run: HTMLElement | null = null;
  const endRun = () => {
    if (!run) return;
    const words = (run.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (/\n/.test(run.textContent ?? '')) run.classList.add('brk');
    if (words > FOLD_AT) {
      const r = run;
      r.classList.add('folded');
      const fold = h('button', { type: 'button', class: 'debris-fold', title: 'Page debris: text of the page that is not the article', click: () => {
        const open = r.classList.toggle('folded');
        fold.textContent = foldLabel(words, !open);
      } }, foldLabel(words, false));
      r.before(fold);
    }
    run = null;
  };
  for (const p of doc.pieces) {
    const kinds = new Set(p.marks.map((i) => doc.marks[i].kind));
    const parts = new Set(p.marks.map((i) => doc.marks[i].part).filter(Boolean));
    const cls = [p.main ? 'main' : 'debris', ...[...kinds].map((k) => `m-${k}`), ...[...parts].map((k) => `m-${k}`)].join(' ');
    const span = h('span', { class: cls, 'data-start': p.start }, p.text);
    if (p.marks.length) {
      span.tabIndex = 0;
      const show = () => showMarks(details, doc, p.marks.map((i) => doc.marks[i]), text, span);
      span.addEventListener('click', show);
      span.addEventListener('keydown', (ev) => (ev as KeyboardEvent).key === 'Enter' && show());
    }
    if (!target && Number.isFinite(at) && p.end > at && p.main) target = span;
    // (a highlight in the debris, a dateline say, stays in sight: runs fold around it)
    if (p.main || (p.marks.length && p.text.trim())) {
      endRun();
      text.append(span);
    } else {
      if (!run) text.append((run = h('span', { class: 'debris-run' })));
      run.append(span);
    }
  }
  endRun();
  const toggles = h('div', { class: 'toggles' },
    KINDS.map(({ kind, label }) =>
      h('label', { class: `toggle t-${kind}` },
        h('input', { type: 'checkbox', checked: true, change: (ev: Event) => text.classList.toggle(`hide-${kind}`, !(ev.target as HTMLInputElement).checked) }),
        ` ${label} (${doc.counts[kind]})`,
      ),
    ),
    h('label', { class: 'toggle t-debris' },
      h('input', { type: 'checkbox', checked: true, change: (ev: Event) => text.classList.toggle('hide-debris', !(ev.target as HTMLInputElement).checked) }),
      ' Page debris',
    ),
  );
  fill(root,
    h('div', { class: 'reader' },
      h('article', { class: 'reader-text' }, h('h1', null, doc.title ?? doc.sourceName), meta(doc), text),
      h('aside', { class: 'reader-side' }, h('h2', null, 'Highlights'), toggles, details, relations(doc)),
    ),
  );
  if (target) {
    const t = target as HTMLElement;
    t.classList.add('flash');
    t.scrollIntoView({ block: 'center' });
  }
}

function meta(doc: ReaderView): HTMLElement {
  return h('p', { class: 'meta' },
    badge(doc.kind.replace(/_/g, ' '), 'kind'), ' ',
    doc.published ? `published ${doc.published}` : 'no date stated', ' · ',
    doc.format === 'html' ? 'HTML page' : 'plain text', ' · ',
    h('span', { class: 'source', title: doc.source }, doc.source), ' · ',
    link(`quotes/${doc.id}`, 'check its quotes'),
  );
}

function docLinks(title: string, refs: DocRef[]): HTMLElement | null {
  if (!refs.length) return null;
  return h('div', { class: 'relation' }, h('h3', null, title),
    h('ul', null, refs.map((r) => h('li', null, link(`doc/${r.id}`, r.title ?? r.id), r.published ? h('span', { class: 'muted' }, ` · ${r.published}`) : null))));
}

function relations(doc: ReaderView): HTMLElement {
  const parts = [
    docLinks('Duplicate of', doc.duplicateOf ? [doc.duplicateOf] : []),
    docLinks('Duplicates of this document', doc.duplicates),
    docLinks('Reports on', doc.reportsOn),
    docLinks('Reported on by', doc.reportedBy),
  ].filter(Boolean);
  return h('div', { class: 'relations' }, h('h2', null, 'Related documents'), parts.length ? parts : empty('No duplicates or reports on other documents.'));
}

function showMarks(panel: HTMLElement, doc: ReaderView, marks: Mark[], text: HTMLElement, span: HTMLElement): void {
  for (const el of text.querySelectorAll('.selected')) el.classList.remove('selected');
  span.classList.add('selected');
  const order: MarkKind[] = ['conflict', 'quote', 'event', 'date', 'entity'];
  // (an event's trigger and participant marks repeat its sentence's card)
  const seen = new Set<string>();
  const sorted = [...marks].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.part ? 1 : 0) - (b.part ? 1 : 0)).filter((m) => {
    const key = m.kind === 'event' ? `${m.label}\u0000${m.link?.id ?? ''}` : `${m.kind}:${m.start}:${m.end}:${m.label}`;
    return !seen.has(key) && !!seen.add(key);
  });
  fill(panel,
    sorted.map((m) =>
      h('div', { class: `mark-card k-${m.kind}` },
        h('div', { class: 'mark-kind' }, m.kind),
        h('div', { class: 'mark-label' }, m.label),
        h('blockquote', null, spanText(doc, m.part ? sentenceOf(marks, m) : m)),
        m.details.length ? h('ul', null, m.details.map((d) => h('li', null, d))) : null,
        m.link ? link(LINKS[m.link.page].route(m.link.id), LINKS[m.link.page].label) : null,
      ),
    ),
  );
}

/** Where a highlight's link goes, and its words. */
const LINKS: Record<NonNullable<Mark['link']>['page'], { route: (id: string) => string; label: string }> = {
  entity: { route: (id) => `entity/${id}`, label: 'open entity page →' },
  quotes: { route: (id) => `quotes/${id}`, label: 'check the quotes →' },
  timeline: { route: (id) => `timeline?event=${id}`, label: 'show on timeline →' },
  conflicts: { route: (id) => `conflicts?id=${id}`, label: 'see the contradiction →' },
};

/** The words a highlight covers, as the reader shows them. */
function spanText(doc: ReaderView, m: Mark): string {
  return doc.pieces.filter((p) => p.start >= m.start && p.end <= m.end).map((p) => p.text).join('').replace(/\s+/g, ' ').trim();
}

/** The sentence mark an event's trigger or participant mark belongs to (the mark itself when none is at hand). */
function sentenceOf(marks: Mark[], m: Mark): Mark {
  return marks.find((x) => x.kind === 'event' && !x.part && x.label === m.label && x.start <= m.start && m.end <= x.end) ?? m;
}
