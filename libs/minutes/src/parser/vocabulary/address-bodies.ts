/**
 * How an address spells Danish letters (`oekonomiudvalget`, `byraadet`, `aeldreraadet`): read back, in this order, when
 * a body's name is taken from the address (`address-body.ts`).
 */
export const ADDRESS_LETTERS: readonly (readonly [string, string])[] = [
  ['oe', 'ø'],
  ['aa', 'å'],
  ['ae', 'æ'],
];

/**
 * A folder that holds every body, not one: `politiske-udvalg`, `staaende-udvalg`, `byraad-og-udvalg`, `raad-og-naevn`,
 * `udvalg` alone.
 */
export const NOT_ONE_BODY_SEGMENT =
  /^(?:(?:politiske|staaende|faste|permanente|midlertidige|oevrige|andre|alle|tidligere)-.*|(?:.*-og-)?(?:udvalg|raad|naevn|udvalgene|raadene)(?:-og-.*)?)$/u;
