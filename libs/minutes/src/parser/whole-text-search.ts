/**
 * Whether a whole text holds `word`, searched by a short piece of it (its probe): every place the probe stands is
 * checked for the whole word. Asked of whole texts (a gate before a pass that only some texts need): over the bench
 * texts (50 KB each) V8's native search for a long pattern cost 2-5x one for a short one (`Pkt.Tekst` 20 ms, `Pkt.` 5 ms
 * over 843 texts), and a search for a pattern that starts with a common letter (`niveau` 25 ms, `veau` 11 ms) stops at
 * each place that letter stands. The probe is the word's four characters (three at its end) from its rarest letter.
 */
export function holdsWord(text: string, word: string): boolean {
  let probe = PROBES.get(word);
  if (probe === undefined) PROBES.set(word, (probe = probeOf(word)));
  if (probe.text.length === word.length) return text.includes(word);
  const offset = probe.offset;
  for (let at = text.indexOf(probe.text, offset); at >= 0; at = text.indexOf(probe.text, at + 1)) if (text.startsWith(word, at - offset)) return true;
  return false;
}

/**
 * `text.indexOf(word, from)`, searched by the word's rarest character: a search for a word that starts with a common
 * letter stops at each place that letter stands (`mer:` of a cut `Medlemmer:` label at every `m`: 60 µs over a 50 KB
 * bench text for two such words; by their colon, which stands some 300 times in one, 22 µs). Every place the character
 * stands from `from` on is checked for the whole word, so the first found is the first the native search finds.
 */
export function indexOfWord(text: string, word: string, from = 0): number {
  if (word.length === 0) return text.indexOf(word, from);
  let offset = RAREST.get(word);
  if (offset === undefined) RAREST.set(word, (offset = rarestAt(word)));
  const rare = word[offset]!;
  for (let at = text.indexOf(rare, from + offset); at >= 0; at = text.indexOf(rare, at + 1)) if (text.startsWith(word, at - offset)) return at - offset;
  return -1;
}

/** Each word's rarest character's place in it, for `indexOfWord`. */
const RAREST = new Map<string, number>();

const PROBE_LENGTH = 4;
const SHORTEST_PROBE = 3;

/**
 * Letters of Danish text, the most frequent first (a space the most of all), then the line break (a line every 50-70
 * characters); any other character is rarer than these.
 */
const COMMON_LETTERS = ' enrtdsailogkmvbfuphøjåæcy\n';

const PROBES = new Map<string, { text: string; offset: number }>();

/** How rare a character is in Danish text: its rank among the common letters, any other character rarer than these. */
function rarity(character: string): number {
  const rank = COMMON_LETTERS.indexOf(character);
  return rank < 0 ? COMMON_LETTERS.length : rank;
}

function probeOf(word: string): { text: string; offset: number } {
  if (word.length <= PROBE_LENGTH) return { text: word, offset: 0 };
  let offset = 0;
  for (let at = 1; at <= word.length - SHORTEST_PROBE; at++) if (rarity(word[at]!) > rarity(word[offset]!)) offset = at;
  return { text: word.slice(offset, offset + PROBE_LENGTH), offset };
}

/** Where the word's rarest character stands in it (the first such). */
function rarestAt(word: string): number {
  let offset = 0;
  for (let at = 1; at < word.length; at++) if (rarity(word[at]!) > rarity(word[offset]!)) offset = at;
  return offset;
}
