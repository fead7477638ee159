// Political events of one document in the PLOVER vocabulary. Filled in by issue 4.
import type { LocalEntity, LocalEvent } from '../../types.js';
import type { AnnotateContext } from '../context.js';

export function annotateEvents(_ctx: AnnotateContext, _entities: LocalEntity[]): LocalEvent[] {
  return [];
}
