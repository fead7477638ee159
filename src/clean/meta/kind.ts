// Which kind of document this is: transcript, statement, press release, readout, joint statement, news.
import { KIND_CUES, NEWS_DATELINE, NEWS_SIGNS, READOUT_TITLE, TURN_LABEL } from '../../lexicons/en/kinds.js';
import type { DocKind } from '../../types.js';

export interface KindInput {
  title: string | null;
  mainText: string;
  /** Debris lines of the page (breadcrumbs, section labels), joined. */
  pageText: string;
}

export function detectKind({ title, mainText, pageText }: KindInput): DocKind {
  const lead = mainText.slice(0, 600);
  if (NEWS_DATELINE.test(lead.trimStart())) return 'news';
  for (const cue of KIND_CUES) {
    if (cue.title && title && cue.title.test(title)) return cue.kind;
    if (cue.lead && cue.lead.test(lead)) return cue.kind;
    if (cue.page && cue.page.test(pageText)) return cue.kind;
    if (cue.turns && labelledTurns(mainText, cue.turns)) return cue.kind;
  }
  // two signs make news: counting stops there (and the page and the text are joined once, not per sign)
  const page = pageText + '\n' + mainText;
  let signs = 0;
  for (let i = 0; i < NEWS_SIGNS.length && signs < 2; i++) if (NEWS_SIGNS[i].test(page)) signs++;
  if (signs >= 2) return 'news';
  // A statement speaks for its authors in the first person plural without quoting anyone.
  const firstPerson = (mainText.match(/\b(we|our|us)\b/gi) ?? []).length;
  if (firstPerson >= 5 && !/[“"][^”"]{20,}[”"]|‘[^’]{20,}’/.test(mainText)) return 'statement';
  if (signs === 1) return 'news';
  return title && READOUT_TITLE.test(title) ? 'readout' : 'other';
}

/** At least `min` paragraphs open with a speaker's label, and the labels name two speakers or more. */
function labelledTurns(text: string, min: number): boolean {
  const labels = text.match(TURN_LABEL);
  if (!labels || labels.length < min) return false;
  return new Set(labels.map((l) => l.replace(/[\s:.]+$/, ''))).size >= 2;
}
