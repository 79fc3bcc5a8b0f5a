import { EVENT_UPCASTERS } from '#cases';
import { UpcasterRegistry } from '#event-store';

/** The domain's upcasters in the store's registry: events of an older schema read in the current one. */
export function caseUpcasters(): UpcasterRegistry {
  const registry = new UpcasterRegistry();
  for (const { type, fromVersion, upcast } of EVENT_UPCASTERS) registry.register(type, fromVersion, upcast);
  return registry;
}
