/**
 * Whether a whole text holds `word`, searched by its first characters: every place they stand is checked for the
 * whole word. Asked of whole texts (a gate before a pass that only some texts need): over the bench texts (50 KB each)
 * a native search for a short pattern cost a third to a half of one for a long one (`Pkt.Tekst` 20 ms, `Pkt.` 5 ms over
 * 843 texts), and the places a word's first four characters stand are few.
 */
export function holdsWord(text: string, word: string): boolean {
  if (word.length <= PROBE_LENGTH + 2) return text.includes(word);
  const probe = word.slice(0, PROBE_LENGTH);
  for (let at = text.indexOf(probe); at >= 0; at = text.indexOf(probe, at + 1)) if (text.startsWith(word, at)) return true;
  return false;
}

const PROBE_LENGTH = 4;
