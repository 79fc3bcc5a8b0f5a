import { ROUTING_PREFIX } from './vocabulary/numbering.js';
import { isUpperAt } from './letter-case.js';

/**
 * A title without the routing printed before it (`MBU/ØU/KB - Titel`, `KB - Titel`: the bodies that treat the case,
 * not the title's), wherever the title is read: an item's heading or its contents entry.
 */
export function withoutRoutingPrefix(title: string): string {
  // Two capitals first, then the pattern: most titles are not routed.
  const routing = isUpperAt(title, 0) && isUpperAt(title, 1) ? ROUTING_PREFIX.exec(title) : null;
  return routing ? title.slice(routing[0].length) : title;
}
