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

const PROBE_LENGTH = 4;
const SHORTEST_PROBE = 3;

/** Letters of Danish text, the most frequent first (a space the most of all); any other character is rarer than these. */
const COMMON_LETTERS = ' enrtdsailogkmvbfuphøjåæcy';

const PROBES = new Map<string, { text: string; offset: number }>();

function probeOf(word: string): { text: string; offset: number } {
  if (word.length <= PROBE_LENGTH) return { text: word, offset: 0 };
  const rarity = (at: number) => {
    const rank = COMMON_LETTERS.indexOf(word[at]!);
    return rank < 0 ? COMMON_LETTERS.length : rank;
  };
  let offset = 0;
  for (let at = 1; at <= word.length - SHORTEST_PROBE; at++) if (rarity(at) > rarity(offset)) offset = at;
  return { text: word.slice(offset, offset + PROBE_LENGTH), offset };
}
