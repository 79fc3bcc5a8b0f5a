/**
 * A head's sentences that give the members' apologies and who came in their place together (Frederiksberg's council
 * referat, a line of its own under the title): the patterns read by `apology-stand-ins.ts`.
 */

/** One name, every word capitalised, perhaps a party letter in brackets after it. */
const NAME = String.raw`\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4}(?:\s*\([^()]{1,6}\))?`;
/** Names as a sentence lists them: `A`, `A og B`, `A, B og C`. */
const NAMES = String.raw`${NAME}(?:(?:\s*,\s*|\s+og\s+)${NAME}){0,9}`;
const HAD_APOLOGY = String.raw`(?:havde|har)\s+meldt\s+(?:forfald|afbud)`;

/**
 * `A og B havde meldt forfald. I stedet mødte C og D.` (the substitutes in the absent members' order; an older page
 * writes `I stedet mødt ...`), or the apology alone, `E havde meldt forfald.`
 */
export const APOLOGIES_THEN_CAME_INSTEAD = new RegExp(
  String.raw`^(?<absent>${NAMES})\s+${HAD_APOLOGY}\s*\.(?:\s+I\s+stedet\s+(?:mødte|mødt|deltog)\s+(?<came>${NAMES}))?\s*\.?$`,
  'u',
);

/** `C deltog som stedfortræder, idet A havde forfald.`: the substitute first, the apology in the clause after. */
export const CAME_AS_SUBSTITUTE_SINCE_APOLOGY = new RegExp(
  String.raw`^(?<came>${NAME})\s+(?:deltog|mødte)\s+som\s+(?:stedfortræder|suppleant)\s*,?\s+(?:idet|da|fordi)\s+(?<absent>${NAME})\s+(?:havde|har)\s+(?:meldt\s+)?(?:forfald|afbud)\s*\.?$`,
  'u',
);

/** `Stedfortræder C mødte for A, der havde forfald.`: the role before the substitute, the apology in a relative clause. */
export const SUBSTITUTE_CAME_FOR_WHO_HAD_APOLOGY = new RegExp(
  String.raw`^(?:[Ss]tedfortræder|[Ss]uppleant)(?:en)?\s+(?<came>${NAME})\s+(?:mødte|deltog)\s+(?:i\s+stedet\s+)?for\s+(?<absent>${NAME})\s*,?\s+(?:der|som)\s+(?:havde|har)\s+(?:meldt\s+)?(?:forfald|afbud)\s*\.?$`,
  'u',
);

/** Where a list of names parts: a comma, or `og`. */
export const NAMES_SEPARATOR = /\s*,\s*|\s+og\s+/u;
