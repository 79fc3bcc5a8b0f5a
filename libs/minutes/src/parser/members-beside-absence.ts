/**
 * A head whose member table has two columns, `Medlemmer` and `Fraværende` side by side (every member in the first, the
 * absent ones again in the second), transcribed row by row into one run: `Medlemmer: Fraværende: Anne Holm (A) Bo Lund
 * (V) Carl Dam (C) Bo Lund (V) Dorte Vang (F) ...`. Both labels come out empty and the names after them; the columns'
 * rows are interleaved, so no order tells the columns apart, but an absent member is the one printed twice.
 *
 * `readMembersBesideAbsence` splits such a run into its entries, each a name closed by its party in brackets, in the
 * order printed; `repeated` marks the second printing of a name (the absence column's). Undefined when the run is no
 * such list, or no name is printed twice (a list without the absence column's echo is not told apart here).
 */
export interface BesideEntry {
  /** The entry as printed, `Bo Lund (V)`, for the member reader. */
  readonly entry: string;
  readonly name: string;
  /** The name's second printing: the member is in the absence column too. */
  readonly repeated: boolean;
}

/** A name (capitalised words, a particle) closed by its party in brackets: a letter or two, `u.p.`, `Løsgænger`. */
const NAME_THEN_PARTY = String.raw`\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|la|le|de|af|von|van)){0,4}\s+\((?:\p{Lu}{1,2}|u\.\s?p\.?|[Ll]øsgænger)\)`;
const PARTY_NAME_RUN = new RegExp(String.raw`^${NAME_THEN_PARTY}(?:,?\s+${NAME_THEN_PARTY}){3,}$`, 'u');
const ENTRY_BREAK = /(?<=\)),?\s+(?=\p{Lu})/u;
/** A bracket the transcript doubled around a party letter: `Niels Birk ((V)`, `Eva Holm ((Ø))`. */
const DOUBLED_BRACKET = /\(\(([^()]{1,12})\)\)?/gu;
/** What the page prints after the table on the same transcribed line (`Norddjurs Kommune`, the page's foot): no entry. */
const TAIL_AFTER_LAST_PARTY = /(?<=\))[^()]*$/u;

export function readMembersBesideAbsence(run: string): BesideEntry[] | undefined {
  const text = run.replace(DOUBLED_BRACKET, '($1)').replace(TAIL_AFTER_LAST_PARTY, '').trim();
  if (!PARTY_NAME_RUN.test(text)) return undefined;
  const seen = new Map<string, number>();
  const entries: BesideEntry[] = [];
  for (const entry of text.split(ENTRY_BREAK)) {
    const name = entry.replace(/\s*\([^()]*\)$/u, '');
    const count = (seen.get(name) ?? 0) + 1;
    // (A name printed three times is no two-column echo.)
    if (count > 2) return undefined;
    seen.set(name, count);
    entries.push({ entry, name, repeated: count === 2 });
  }
  const repeats = entries.filter((entry) => entry.repeated).length;
  // (The absence column is the shorter: most members attend.)
  return repeats > 0 && repeats * 2 < seen.size ? entries : undefined;
}
