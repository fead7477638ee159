// Entity mentions of one document: people (with the titles and countries they hold here, short
// references resolved), countries, organisations and places. Reads the main text and, when the
// main text leaves it out, the title line (mentions there have cleanStart = cleanEnd = -1).
import type { LocalEntity } from '../../types.js';
import type { AnnotateContext } from '../context.js';
import { Coreference } from './coreference.js';
import { withoutDatelineCredits } from './credits.js';
import { annotateCountries, resolveAmbiguous } from './countries.js';
import { counterparts, descriptionNouns } from './descriptions.js';
import { annotateOrganizations } from './organizations.js';
import { inferPartnerCountries } from './partners.js';
import { PersonFinder } from './persons.js';
import { placeKnownOfficials } from './officials.js';
import { annotatePlaces } from './places.js';
import { placeOwnOfficials, publisherOf } from './publisher.js';
import { Registry, type EntityRecord } from './registry.js';
import { scanSegment } from './scan.js';
import { delegationSides, mainPair, placeCompanions, placeBySoleState, placeCounterparts, placeMinistryStaff, placeRelatives } from './sides.js';
import { placeByVisits } from './visits.js';
import { placeByStyle } from './styles.js';
import { placePredecessors } from './predecessors.js';
import { leadState, placeSpokespeople } from './lead.js';
import { documentSegments, globalPos } from './segments.js';
import { viewOf } from './view.js';
import { spend } from '../../budget.js';

export function annotateEntities(ctx: AnnotateContext): LocalEntity[] {
  const segments = documentSegments(ctx);
  const hits = segments.map((s) => withoutDatelineCredits(s, scanSegment(s)));
  const views = segments.map((s, i) => viewOf(s, hits[i]));
  const reg = new Registry();

  // countries, organisations, places: straight from the scan
  const ambiguous = resolveAmbiguous(hits);
  const acronyms = new Map<string, EntityRecord>();
  for (const v of views) {
    spend();
    annotateCountries(v.seg, v.hits, reg, ambiguous);
    annotateOrganizations(v.seg, v.hits, reg, acronyms);
    annotatePlaces(v.seg, v.hits, reg);
  }

  // people named in full, then every repetition of their names
  const finder = new PersonFinder(reg, ctx.doc.kind === 'transcript' || ctx.doc.kind === 'statement');
  // (the budget is asked between steps: each is linear, but a document can hold a great deal)
  for (const v of views) {
    spend();
    finder.capitals(v);
    spend();
    finder.titled(v);
    descriptionNouns(v, reg, finder);
    spend();
    finder.cued(v);
    counterparts(v, reg, finder);
    if (reg.persons.some((p) => p.isSpeaker)) finder.transcript = true;
  }
  for (const v of views) (spend(), finder.repeats(v));

  // a statement in the first person, signed at its foot or in its header: the signatory speaks
  const at = segments.find((s) => s.signatureRange)?.signatureRange;
  if (at && !reg.persons.some((p) => p.isSpeaker)) {
    const signed = reg.persons.filter((p) => p.mentions.some((m) => m.cleanStart < 0 && m.start >= at.start && m.end <= at.end));
    const main = segments.find((s) => !s.isTitle && !s.signatureRange);
    if (signed.length === 1 && main && main.firstPerson.filter(Boolean).length >= 2) signed[0].isSpeaker = true;
  }

  // short references, in text order
  const speaker = reg.persons.find((p) => p.isSpeaker) ?? null;
  // a masthead naming its office alone: the state its release speaks for is the one its lead opens with
  const masthead = publisherOf(ctx.doc);
  const lead = masthead && !masthead.code ? leadState(views) : null;
  const publisher = masthead?.code ? masthead : lead ? { ...masthead!, code: lead } : null;
  const coref = new Coreference(reg, speaker, publisher?.code ?? null, ctx.doc.title);
  const refs = [...finder.refs].sort((a, b) => globalPos(a.seg, a.start) - globalPos(b.seg, b.start));
  for (const r of refs) (spend(), coref.resolve(r));
  coref.completeSurnames(views);
  for (const v of views) coref.bareSurnames(v);
  for (const v of views) finder.soleSurnames(v);
  for (const v of views) coref.groups(v);

  // the states people serve: each cue proposes, and the proposals are weighed after each round
  // (src/lexicons/placing-cues.ts); what the finder read beside the names was proposed as it read it
  const { placing } = reg;
  placing.begin(reg.persons);
  // round 1: the sides the text assigns
  for (const v of views) delegationSides(v, reg, placing);
  placing.resolve();
  spend();
  // round 2: the issuing government, known office holders, lists after a leader, group partners
  inferPartnerCountries(reg, segments, hits, placing);
  placeOwnOfficials(reg, publisher, placing);
  placeKnownOfficials(reg, placing);
  for (const [p, code] of finder.listed) placing.propose(p, code, 'listed');
  placing.resolve();
  // round 3: delegations (read the states of their members placed so far), counterparts, visits,
  // predecessors, spokespeople, ministries, offices and parties only some states have
  for (const v of views) placeCompanions(v, reg, placing);
  spend();
  const pair = mainPair(reg);
  placeCounterparts(reg, pair, placing);
  placeByVisits(views, reg, pair, placing);
  placePredecessors(views, reg, placing);
  placeSpokespeople(views, reg, placing);
  placeMinistryStaff(reg, placing);
  placeByStyle(reg, finder.parties, placing);
  placing.resolve();
  // round 4: relatives of the people placed, then the one state a text names for who is left
  placeRelatives(reg, placing);
  placing.resolve();
  placeBySoleState(reg, placing);
  placing.finish();
  return reg.entities();
}
