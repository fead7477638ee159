// Entity mentions of one document (people, organisations, countries, places). Filled in by issue 3.
import type { LocalEntity } from '../../types.js';
import type { AnnotateContext } from '../context.js';

export function annotateEntities(_ctx: AnnotateContext): LocalEntity[] {
  return [];
}
