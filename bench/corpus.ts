// A generated corpus for the ingest benchmark: readouts, press releases, news stories, transcripts
// and joint statements composed from sentence templates over varied names, countries, places and
// dates; some wrapped in page debris (clocks, phone lines, counters, lists of other stories), some
// as HTML pages, some gzip-compressed, some as JSON Lines records, and some near-duplicate mirrors.
// Deterministic for a given seed; written file by file so nothing large is held in memory.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const LEADERS: [string, string, string][] = [
  ['Annalena Baerbock', 'Federal Foreign Minister', 'Germany'],
  ['Catherine Colonna', 'Minister for Europe and Foreign Affairs', 'France'],
  ['Antony Blinken', 'Secretary of State', 'the United States'],
  ['Wang Yi', 'Foreign Minister', 'China'],
  ['Hayashi Yoshimasa', 'Minister for Foreign Affairs', 'Japan'],
  ['Park Jin', 'Minister of Foreign Affairs', 'the Republic of Korea'],
  ['Mauro Vieira', 'Minister of Foreign Affairs', 'Brazil'],
  ['Naledi Pandor', 'Minister of International Relations and Cooperation', 'South Africa'],
  ['Subrahmanyam Jaishankar', 'External Affairs Minister', 'India'],
  ['Penny Wong', 'Minister for Foreign Affairs', 'Australia'],
  ['Melanie Joly', 'Minister of Foreign Affairs', 'Canada'],
  ['Hakan Fidan', 'Minister of Foreign Affairs', 'Turkey'],
  ['Sameh Shoukry', 'Minister of Foreign Affairs', 'Egypt'],
  ['Retno Marsudi', 'Minister for Foreign Affairs', 'Indonesia'],
  ['Alicia Barcena', 'Secretary of Foreign Affairs', 'Mexico'],
  ['Tobias Billstrom', 'Minister for Foreign Affairs', 'Sweden'],
  ['Radoslaw Sikorski', 'Minister of Foreign Affairs', 'Poland'],
  ['Antonio Tajani', 'Minister of Foreign Affairs', 'Italy'],
  ['Jose Manuel Albares', 'Minister of Foreign Affairs', 'Spain'],
  ['Ahmed Attaf', 'Minister of Foreign Affairs', 'Algeria'],
  ['Ali Sabry', 'Minister of Foreign Affairs', 'Sri Lanka'],
  ['Nguyen Manh Cuong', 'Deputy Minister of Foreign Affairs', 'Viet Nam'],
  ['Santiago Cafiero', 'Minister of Foreign Affairs', 'Argentina'],
  ['Espen Barth Eide', 'Minister of Foreign Affairs', 'Norway'],
];
const CITIES = ['Berlin', 'Paris', 'Washington', 'Beijing', 'Tokyo', 'Seoul', 'Brasilia', 'Pretoria', 'New Delhi', 'Canberra', 'Ottawa', 'Ankara', 'Cairo', 'Jakarta', 'Mexico City', 'Stockholm', 'Warsaw', 'Rome', 'Madrid', 'Algiers', 'Colombo', 'Hanoi', 'Buenos Aires', 'Oslo', 'Geneva', 'Vienna', 'Nairobi', 'Singapore'];
const TOPICS = ['trade and investment', 'energy security', 'climate finance', 'the situation on the Korean Peninsula', 'maritime security', 'food security', 'the reform of the United Nations Security Council', 'visa facilitation', 'cooperation in science and education', 'the protection of critical infrastructure', 'supply chains for critical minerals', 'global health', 'counter-terrorism', 'the peace process in the Middle East', 'nuclear non-proliferation', 'fisheries and the law of the sea', 'digital connectivity', 'cultural exchanges', 'humanitarian access', 'debt relief for low-income countries'];
const FORUMS = ['the G20 summit', 'the United Nations General Assembly', 'the ASEAN Regional Forum', 'the Munich Security Conference', 'the OSCE Ministerial Council', 'the BRICS ministerial meeting', 'the East Asia Summit', 'the African Union summit'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ADJ = ['constructive', 'substantive', 'frank', 'productive', 'detailed', 'friendly', 'wide-ranging', 'open'];
const VERBS = ['discussed', 'reviewed', 'exchanged views on', 'considered', 'took stock of', 'addressed'];
const NAV = ['Home', 'News', 'Press releases', 'Foreign policy', 'Consular services', 'Embassies', 'Contacts', 'About the ministry', 'Speeches', 'Photo gallery'];

export interface CorpusOptions {
  dir: string;
  docs: number;
  seed?: number;
}

export interface CorpusStats {
  files: number;
  documents: number;
  bytes: number;
}

/** A small seeded generator (mulberry32): the same seed, the same numbers. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Composer {
  constructor(readonly rnd: () => number) {}
  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }
  date(): { y: number; m: number; d: number } {
    return { y: 2015 + this.int(10), m: 1 + this.int(12), d: 1 + this.int(28) };
  }
  dateText(x: { y: number; m: number; d: number }): string {
    const f = this.int(4);
    const mm = String(x.m).padStart(2, '0'), dd = String(x.d).padStart(2, '0');
    if (f === 0) return `${x.d} ${MONTHS[x.m - 1]} ${x.y}`;
    if (f === 1) return `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`;
    if (f === 2) return `${dd}.${mm}.${x.y}`;
    return `${x.y}-${mm}-${dd}`;
  }
  pair(): [[string, string, string], [string, string, string]] {
    const a = this.pick(LEADERS);
    let b = this.pick(LEADERS);
    while (b === a) b = this.pick(LEADERS);
    return [a, b];
  }
  sentence(a: [string, string, string], b: [string, string, string], city: string, when: string): string {
    const surname = (p: [string, string, string]) => p[0].split(' ').slice(-1)[0];
    switch (this.int(12)) {
      case 0: return `${a[1]} of ${a[2]} ${a[0]} held ${this.pick(ADJ)} talks with ${b[1]} of ${b[2]} ${b[0]} in ${city} on ${when}.`;
      case 1: return `The ministers ${this.pick(VERBS)} ${this.pick(TOPICS)} and ${this.pick(TOPICS)}.`;
      case 2: return `"We have agreed to intensify our dialogue on ${this.pick(TOPICS)}," ${surname(a)} told reporters after the meeting.`;
      case 3: return `Both sides stressed the importance of ${this.pick(TOPICS)} and agreed to meet again on the margins of ${this.pick(FORUMS)}.`;
      case 4: return `${surname(b)} briefed his counterpart on the preparations for ${this.pick(FORUMS)}, which ${b[2]} will host next year.`;
      case 5: return `Bilateral trade reached ${10 + this.int(90)}.${this.int(10)} billion dollars last year, an increase of ${1 + this.int(30)} per cent.`;
      case 6: return `The two ministers signed a memorandum of understanding on ${this.pick(TOPICS)} and a protocol on ${this.pick(TOPICS)}.`;
      case 7: return `${surname(a)} expressed concern about ${this.pick(TOPICS)} and called for restraint from all parties.`;
      case 8: return `According to the ministry, the next round of consultations will take place in ${this.pick(CITIES)} in ${this.pick(MONTHS)}.`;
      case 9: return `Question: Minister ${surname(b)}, what did you discuss regarding ${this.pick(TOPICS)}?`;
      case 10: return `${b[0]}: We had a ${this.pick(ADJ)} exchange, and I believe our positions on ${this.pick(TOPICS)} are now closer than they were a year ago.`;
      default: return `The delegations included senior officials responsible for ${this.pick(TOPICS)}, as well as representatives of the business communities of ${a[2]} and ${b[2]}.`;
    }
  }
  body(a: [string, string, string], b: [string, string, string], city: string, when: string): string[] {
    const paras: string[] = [];
    const n = 4 + this.int(9);
    for (let i = 0; i < n; i++) {
      const k = 2 + this.int(4);
      const ss: string[] = [];
      for (let j = 0; j < k; j++) ss.push(this.sentence(a, b, city, when));
      paras.push(ss.join(' '));
    }
    return paras;
  }
  title(a: [string, string, string], b: [string, string, string], city: string): string {
    switch (this.int(5)) {
      case 0: return `${a[0]} meets ${b[1]} of ${b[2]} ${b[0]}`;
      case 1: return `Readout of ${a[1]} ${a[0]}'s call with ${b[0]}`;
      case 2: return `Joint statement of the foreign ministers of ${a[2]} and ${b[2]}`;
      case 3: return `Transcript of remarks by ${a[0]} at a joint press conference with ${b[0]}, ${city}`;
      default: return `${a[2]} and ${b[2]} agree to deepen cooperation on ${this.pick(TOPICS)}`;
    }
  }
  /** Page furniture before the article: a clock, phone lines, a menu, a counter. */
  header(): string[] {
    const lines: string[] = [];
    const today = this.date();
    lines.push(`${today.d} ${MONTHS[today.m - 1]} ${today.y}`, `${this.pick(CITIES)}: ${String(this.int(24)).padStart(2, '0')}:${String(this.int(60)).padStart(2, '0')}`);
    if (this.chance(0.7)) lines.push('', 'Consular queries:', `+${1 + this.int(98)} (0) ${100 + this.int(899)} ${100 + this.int(899)} ${1000 + this.int(8999)}`, 'press@mfa.example.org');
    lines.push('', NAV.slice(0, 3 + this.int(7)).join(' | '), '');
    if (this.chance(0.5)) lines.push(`Views: ${this.int(20000)}`, '');
    return lines;
  }
  /** Page furniture after the article: a list of other stories with dates, a footer. */
  footer(): string[] {
    const lines = ['', 'LATEST EVENTS', ''];
    for (let i = 0, n = 2 + this.int(5); i < n; i++) {
      const [a, b] = this.pair();
      lines.push(`${this.dateText(this.date())} - ${a[0]} meets ${b[0]}`, '');
    }
    lines.push('all messages', `© ${2015 + this.int(10)} Ministry of Foreign Affairs. All rights reserved.`);
    return lines;
  }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function asHtml(c: Composer, title: string, when: string, paras: string[]): string {
  const nav = NAV.map((n, i) => `<li><a href="/s/${i}">${n}</a></li>`).join('');
  const side = Array.from({ length: 3 + c.int(4) }, () => {
    const [a, b] = c.pair();
    return `<li><a href="/n/${c.int(99999)}">${escapeHtml(`${a[0]} meets ${b[0]}`)}</a> <span>${c.dateText(c.date())}</span></li>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Ministry of Foreign Affairs</title>
<script>var t = ${c.int(1e9)};</script></head>
<body><header><nav class="main-menu"><ul>${nav}</ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a></div>
<main><article><h1>${escapeHtml(title)}</h1><div class="date">${escapeHtml(when)}</div>
${paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main>
<aside class="sidebar"><h3>Latest news</h3><ul>${side}</ul></aside>
<footer><p>Tel.: +${c.int(99)} ${c.int(999)} ${c.int(99999)}</p><p>&copy; Ministry of Foreign Affairs</p></footer></body></html>
`;
}

/** Writes the corpus into `dir` (created) and returns what it wrote. */
export function generateCorpus(options: CorpusOptions): CorpusStats {
  const c = new Composer(mulberry32(options.seed ?? 20240601));
  const stats: CorpusStats = { files: 0, documents: 0, bytes: 0 };
  // The last few plain texts, to mirror as near-duplicates (bounded: memory must not grow with the corpus).
  const recent: { title: string; date: string; paras: string[] }[] = [];
  let folder = '';
  /** `size` is the decompressed size: MB/s counts the text ingested, not what gzip saved. */
  const write = (name: string, data: string | Buffer, size = typeof data === 'string' ? Buffer.byteLength(data) : data.length) => {
    if (stats.files % 1000 === 0) {
      folder = path.join(options.dir, `part-${String(stats.files / 1000).padStart(3, '0')}`);
      fs.mkdirSync(folder, { recursive: true });
    }
    fs.writeFileSync(path.join(folder, name), data);
    stats.files++;
    stats.bytes += size;
  };

  while (stats.documents < options.docs) {
    const n = stats.documents;
    const [a, b] = c.pair();
    const city = c.pick(CITIES);
    const d = c.date();
    const when = c.dateText(d);
    const title = c.title(a, b, city);
    const paras = c.body(a, b, city, `${d.d} ${MONTHS[d.m - 1]}`);
    const roll = c.rnd();

    if (roll < 0.04 && recent.length) {
      // A mirror of an earlier story inside another site's page furniture.
      const src = c.pick(recent);
      write(`${n}-mirror.txt`, [...c.header(), src.date, '', src.title, '', ...src.paras.flatMap((p) => [p, '']), ...c.footer()].join('\n'));
      stats.documents++;
      continue;
    }
    if (roll < 0.06) {
      // A batch of crawler records in one JSON Lines file.
      const k = Math.min(20, options.docs - n);
      const lines: string[] = [];
      for (let i = 0; i < k; i++) {
        const [x, y] = c.pair();
        const dd = c.date();
        lines.push(JSON.stringify({ url: `https://news.example.org/${n + i}`, title: c.title(x, y, city), published: `${dd.y}-${String(dd.m).padStart(2, '0')}-${String(dd.d).padStart(2, '0')}`, text: c.body(x, y, c.pick(CITIES), `${dd.d} ${MONTHS[dd.m - 1]}`).join('\n\n') }));
      }
      write(`${n}-records.jsonl`, lines.join('\n') + '\n');
      stats.documents += k;
      continue;
    }
    if (roll < 0.26) {
      write(`${n}.html`, asHtml(c, title, when, paras));
      stats.documents++;
      continue;
    }
    const undated = c.chance(0.05);
    const core = [title, '', ...(undated ? [] : [when, '']), ...paras.flatMap((p) => [p, ''])];
    const text = (c.chance(0.35) ? [...c.header(), ...core, ...c.footer()] : core).join('\n');
    if (c.chance(0.1)) write(`${n}.txt.gz`, gzipSync(text), Buffer.byteLength(text));
    else write(`${n}${c.chance(0.1) ? '.md' : '.txt'}`, text);
    stats.documents++;
    recent.push({ title, date: when, paras });
    if (recent.length > 50) recent.shift();
  }
  return stats;
}
