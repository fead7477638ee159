// The state that publishes a document, read from its masthead or footer ("Ministry of Foreign
// Affairs, Republic of Korea", "Republic of Türkiye Ministry of Foreign Affairs © 2022", "From:
// Foreign, Commonwealth & Development Office"), and the officials it names without a state: its
// own ("our President Recep Tayyip Erdoğan", a foreign ministry's "Minister of Foreign Affairs").
import { MASTHEAD_WORDS, OWN_OFFICES, PUBLISHER_HOSTS, PUBLISHER_NAMES, type PublisherKind } from '../../lexicons/publishers.js';
import type { CleanDocument } from '../../types.js';
import { gazetteer } from './gazetteer.js';
import { officeClass } from './offices.js';
import type { Placing } from './placing.js';
import type { Registry } from './registry.js';
import { tokenize } from './tokens.js';
import { PhraseTrie } from './trie.js';

export interface Publisher {
  code: string;
  kind: PublisherKind;
}

const MASTHEAD = new Set(MASTHEAD_WORDS);
let offices: PhraseTrie<[string, PublisherKind]> | null = null;

function officeTrie(): PhraseTrie<[string, PublisherKind]> {
  if (!offices) {
    offices = new PhraseTrie();
    for (const [name, v] of Object.entries(PUBLISHER_NAMES)) offices.add(name, v);
  }
  return offices;
}

/** A masthead piece: an office, maybe its state, and little else. */
function mastheadOf(piece: string): Publisher | null {
  const toks = tokenize(piece);
  // no office without a capitalised word that can start one: most lines stop here
  const trie = officeTrie();
  if (!toks.some((t) => t.cap && trie.starts(t.lower))) return null;
  let office: [string, PublisherKind] | null = null;
  const codes = new Set<string>();
  let other = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const o = t.cap ? trie.longest(toks, i) : null;
    if (o && (!office || o.values[0][0])) {
      office = o.values[0];
      i = o.end - 1;
      continue;
    }
    const c = t.cap ? gazetteer().longest(toks, i, (e) => e.kind === 'country' || e.kind === 'demonym') : null;
    if (c) {
      const e = c.values[0];
      if ('code' in e) codes.add(e.code);
      i = c.end - 1;
      continue;
    }
    if (t.isWord && !/^\d/.test(t.value) && !MASTHEAD.has(t.lower)) other++;
  }
  if (!office) return null;
  // GOV.UK's "From: <office> and <minister>" names the publisher whatever follows
  const from = /^\s*(from|published by)\s*:?/i.test(piece);
  if (other > 3 && !from) return null;
  // (an office alone, "Ministry of Foreign Affairs", names no state: code '')
  return { code: office[0] || (codes.size === 1 ? [...codes][0] : ''), kind: office[1] };
}

/** A line of the original without tags and character entities. */
function plainLine(l: string): string {
  return l.replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ').trim();
}

/**
 * The first `first` and the last `last` non-empty lines of a text (tags and entities dropped), no
 * line twice: what splitting it into lines would give, without splitting (or cleaning) the rest.
 */
export function edgeLines(text: string, first: number, last: number): string[] {
  const head: string[] = [];
  let pos = 0; // start of the first line not read from the front
  while (head.length < first && pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const l = plainLine(text.slice(pos, nl));
    if (l) head.push(l);
    pos = nl + 1;
  }
  const tail: string[] = [];
  let end = text.length;
  while (tail.length < last) {
    const start = end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
    if (start < pos) break;
    const l = plainLine(text.slice(start, end));
    if (l) tail.push(l);
    if (start === 0) break;
    end = start - 1;
  }
  return [...head, ...tail.reverse()];
}

/**
 * The publisher named in the first or last lines of the original (tags and entities dropped). An
 * office whose state no line names ("regjeringen.no … Ministry of Foreign Affairs") has code ''.
 */
export function publisherOf(doc: CleanDocument): Publisher | null {
  // (the entity layer and the event layer both ask, of the same document: read its lines once)
  if (read.has(doc)) return read.get(doc)!;
  const found = readPublisher(doc);
  read.set(doc, found);
  return found;
}
const read = new WeakMap<CleanDocument, Publisher | null>();

function readPublisher(doc: CleanDocument): Publisher | null {
  const near = edgeLines(doc.original, 20, 12);
  let stateless: Publisher | null = null;
  for (const line of near) {
    if (line.length > 300) continue;
    for (const piece of line.split(/\s[|·•]\s|\s{3,}/)) {
      if (piece.length > 120) continue;
      const p = mastheadOf(piece);
      if (p?.code) return p;
      stateless ??= p;
    }
  }
  return stateless;
}

/**
 * The government a document speaks for, who "we" are in its own words: its masthead's state, else
 * the government whose site its address is on (a page kept without its masthead). The address alone
 * does not make the bare titles it names the publisher's own (a parliament's archive of a minister's
 * transcripts names foreign prime ministers so too).
 */
export function issuerOf(doc: CleanDocument): Publisher | null {
  const masthead = publisherOf(doc);
  return masthead?.code ? masthead : hostPublisher(doc.address);
}

/** The government a web address belongs to ("https://www.mofa.go.jp/…" Japan's foreign ministry), or null. */
export function hostPublisher(address: string | undefined | null): Publisher | null {
  const host = address && /^[a-z][a-z+.-]*:\/\/(?:[^/@]*@)?([^/:?#]+)/i.exec(address)?.[1].toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  const labels = host.split('.');
  // the longest name first: the host itself, then each parent domain, then each ending (".gov.au" before ".gov")
  for (let i = 0; i < labels.length; i++) {
    const name = labels.slice(i).join('.');
    const v = PUBLISHER_HOSTS[name] ?? (i > 0 ? PUBLISHER_HOSTS['.' + name] : undefined);
    if (v) return { code: v[0], kind: v[1] };
  }
  return null;
}


/**
 * People the publisher names as its own: "our President …" (whoever else the text says they are),
 * and the holders of its own offices ("Minister of Foreign Affairs" in a foreign ministry's release)
 * when one person no earlier round placed holds each.
 */
export function placeOwnOfficials(reg: Registry, pub: Publisher | null, placing: Placing): void {
  if (!pub) return;
  const own = OWN_OFFICES[pub.kind];
  // an office the publisher's own holder already fills here is a guest's ("External Affairs Minister
  // X" in a German foreign office release that names Foreign Minister Baerbock)
  const filled = new Set(reg.persons.filter((p) => p.country === pub.code).flatMap((p) => p.roles.map((r) => officeClass(r.title))));
  const byTitle = new Map<string, typeof reg.persons>();
  for (const p of reg.persons) {
    if (!placing.open(p)) continue;
    if (p.ours) {
      placing.propose(p, pub.code, 'ours');
      continue;
    }
    if (!p.roles.length) continue;
    const titles = p.roles.map((r) => r.title.toLowerCase());
    if (!titles.every((t) => own.some((o) => t === o || (o !== 'minister' && t.endsWith(' ' + o))) && !filled.has(officeClass(t)))) continue;
    // (one placed in another state by a weaker cue is proposed too: the weights decide)
    if (p.country) {
      if (p.country !== pub.code) placing.propose(p, pub.code, 'own');
      continue;
    }
    for (const t of new Set(titles.map(officeClass))) byTitle.set(t, [...(byTitle.get(t) ?? []), p]);
  }
  // two unplaced foreign ministers in a ministry's release: one of them is a guest
  const unique = new Set<(typeof reg.persons)[number]>();
  for (const list of byTitle.values()) if (list.length === 1) unique.add(list[0]);
  for (const p of unique) placing.propose(p, pub.code, 'own');
}
