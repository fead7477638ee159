// Finding which entities a stretch of main text mentions: the bridge from the entities layer to
// the events and quotes layers (all in clean offsets).
import type { LocalEntity, LocalMention } from '../../types.js';

export interface MentionHit {
  entity: LocalEntity;
  mention: LocalMention;
}

/** Every mention inside clean offsets [start, end), in text order. */
export function mentionsIn(entities: LocalEntity[], start: number, end: number): MentionHit[] {
  const hits: MentionHit[] = [];
  for (const entity of entities)
    for (const mention of entity.mentions) if (mention.cleanStart >= start && mention.cleanEnd <= end) hits.push({ entity, mention });
  return hits.sort((a, b) => a.mention.cleanStart - b.mention.cleanStart || b.mention.cleanEnd - a.mention.cleanEnd);
}

/** The mention covering clean offset `at`, if any (the longest when several overlap). */
export function mentionAt(entities: LocalEntity[], at: number): MentionHit | null {
  let best: MentionHit | null = null;
  for (const entity of entities)
    for (const mention of entity.mentions)
      if (mention.cleanStart <= at && at < mention.cleanEnd && (!best || mention.cleanEnd - mention.cleanStart > best.mention.cleanEnd - best.mention.cleanStart))
        best = { entity, mention };
  return best;
}
