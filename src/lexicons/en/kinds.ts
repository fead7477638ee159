// Cues for the kind of a document, tried in order; the first that matches decides.
import type { DocKind } from '../../types.js';

export interface KindCue {
  kind: DocKind;
  /** Matched against the title. */
  title?: RegExp;
  /** Matched against the first ~600 characters of the main text. */
  lead?: RegExp;
  /** Matched against the page's debris lines (breadcrumbs, section names). */
  page?: RegExp;
  /** At least this many paragraphs open with a speaker's label (TURN_LABEL), from two speakers or more. */
  turns?: number;
}

export const KIND_CUES: KindCue[] = [
  // (a word boundary after "é" needs Unicode-aware letters: \b sees none there)
  { kind: 'joint_statement', title: /\bjoint (statement|declaration|communiqu[eé]|press (statement|release))(?!\p{L})/iu },
  { kind: 'readout', title: /\b(readout|read-out|telephone (conversation|call)|phone (call|conversation|talks))\b/i },
  {
    kind: 'transcript',
    title: /\b(remarks|news conference|press conference|interview|answers? to (media |journalists'? )?questions|speech|address(es)? (at|to|by)|briefing|transcript|opening statement|q ?& ?a|(press|background|conference|media) call|teleconference)\b/i,
  },
  { kind: 'statement', title: /^(statement|comment|declaration|communiqu[eé])(?!\p{L})|\b(statement|comment) (by|of|from)\b/iu },
  // turns under speakers' labels ("MODERATOR:", "MR RUDD:", "Q"): whatever the title says, a transcript
  { kind: 'transcript', turns: 3 },
  // "(Transcript. The President’s remarks are given in the interpreter’s English rendering.)"
  { kind: 'transcript', lead: /^\s*\(?(transcript|verbatim record)\b/im, page: /^\s*\(?(transcript|verbatim record)\b/im },
  { kind: 'readout', lead: /^[^.]{0,200}\b(spoke (on|by) (the )?(tele)?phone|held (a )?(tele)?phone (call|conversation|talks)|had a (tele)?phone (call|conversation)|telephone conversation)\b/i },
  { kind: 'readout', page: /^\s*(readout|read-out)\s*$/im },
  { kind: 'press_release', page: /\b(press releases?|news releases?|media releases?|press statements?)\b/i },
  { kind: 'press_release', lead: /^\s*1\.\s/ },
  // a minister's or department's header over the text ("MINISTER FOR FOREIGN AFFAIRS"): their release
  { kind: 'press_release', page: /^\s*(?:the\s+)?(?:minister|secretary|ministry|department|office)\s+(?:for|of)\s+[\p{L} ,&'’-]{3,60}$/imu },
];

/**
 * A speaker's label opening a paragraph of a transcript: a name or office in capitals and a colon
 * ("PRESIDENT BIDEN:", "SENIOR ADMINISTRATION OFFICIAL:", "DR MALKI:"), or the reporters' "Q".
 */
export const TURN_LABEL = /^(?:(?:\p{Lu}[\p{Lu}.'’-]*[ ]){0,5}\p{Lu}[\p{Lu}.'’-]+:|Q(?::|\s{2,}|\.\s))/gmu;

/** A title that reports a meeting or call ("X held a meeting with Y", "X Meets with Y"): a readout, unless the page is news. */
export const READOUT_TITLE =
  /\b(held (a )?(meeting|talks|telephone (conversation|call)|phone (call|conversation))|meets?|met with|meeting with|call with|holds talks|talks with|receives?|received|speaks with|spoke with)\b|\b(meeting|talks|summit|consultations|dialogue)\s*(\([^)]*\))?\s*$/i;

/** News agencies whose credit opens a story's first line. */
export const NEWS_AGENCIES = ['Reuters', 'AP', 'AFP', 'Yonhap', 'Kyodo', 'Xinhua', 'TASS', 'RIA Novosti', 'Interfax', 'Bloomberg', 'dpa', 'ANI', 'PTI', 'IANS', 'UNI', 'Anadolu', 'UPI', 'Bernama', 'Antara', 'KUNA', 'WAM', 'SPA', 'IRNA', 'Ukrinform', 'EFE', 'ANSA', 'Jiji', 'Kyodo News', 'CNA'];

/**
 * A wire story's dateline: "UNITED NATIONS, Oct 24 (Reuters) -", "BEIJING, April 9, 2024. /TASS/.":
 * whatever its headline says ("… over Hamas remarks"), the text is news.
 */
export const NEWS_DATELINE = new RegExp(
  `^[^\\n]{0,80}?(?:\\((?:${NEWS_AGENCIES.join('|')})\\)\\s*[-—–]|/(?:${NEWS_AGENCIES.join('|')})/)`,
);

/** Marks of a news report: agency credits, bylines, reporters' reporting verbs on others' words. */
export const NEWS_SIGNS: RegExp[] = [
  // a capitalised dateline and a dash opening the story: "WASHINGTON - Sweden formally joined …"
  /^\s*\p{Lu}{3,}(?:[ /-]\p{Lu}{2,})*(?:,[^\n]{0,40})?\s+[-—–]{1,2}\s/mu,
  // "“…,” Blinken said": a quotation closed and attributed by name
  /[”"],? \p{Lu}\p{L}+ (said|told|added)\b/u,
  /^(source|by|reporting by|written by|edited by)\s*[:]?\s+\p{Lu}/imu,
  /\b(reuters|associated press|afp|kyodo|yonhap|tass|ria novosti|xinhua|nikkei|bloomberg)\b/i,
  /\b(said|told reporters|according to)\b[^.]{0,80}[“"‘]/i,
  /[”"],? (the )?(\p{Lu}\p{L}+ )*(minister|president|spokes\w+|official|ministry)\b[^.]{0,40}\bsaid\b/iu,
  // the same in single quotation marks, as British papers quote: "'… on you,' he said"
  /[,.?!]['’] (?:he|she|they|\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) (?:said|added|told|says|warned)\b/u,
];
