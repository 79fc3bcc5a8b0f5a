// Minutes written for the tests, in the plain layout of the bundled 2023 document.

/**
 * The meeting of 17 January 2023 that the bundled minutes of 2023 and 2024 refer back to in
 * `Tidligere behandling` (items 1, 2 and 3). Imported beside them, the same meeting is reached both
 * as an agenda and as references, in whatever order the documents arrive.
 */
export const EBU_2023_01_17 = {
  name: 'ballerup-ebu-2023-01-17.txt',
  text: `REFERAT Erhvervs-, Beskæftigelses- og Uddannelsesudvalget d. 17-01-2023

Mødedato Tirsdag d. 17. januar 2023 kl. 08:00

Mødested Mødecenter C, Lokale 29 på Ballerup Rådhus

Mødedeltagere Musa Kekec (A), Anja Holtze (A), Allan Kristensen (C) (Afbud)

Punkt 1: Nytteindsats i Ballerup Kommune

15.00.05-A00-1-19

Sammendrag

Udvalget orienteres om nytteindsatsen.

Beslutningen træffes af

Erhvervs-, Beskæftigelses- og Uddannelsesudvalget

Beslutning

Taget til efterretning

Punkt 2: Temadrøftelse: Erhverv

24.00.00-G01-30-23

Beslutningen træffes af

Erhvervs-, Beskæftigelses- og Uddannelsesudvalget

Beslutning

Drøftet

Punkt 3: Handlingsplan for Erhvervs- og Vækstpolitikken

24.00.00-G01-6-23

Beslutningen træffes af

Erhvervs-, Beskæftigelses- og Uddannelsesudvalget

Beslutning

Udsættes
`,
};

/** The text with one line (1-based) replaced, as a republished version would change it. */
export function withLine(text: string, line: number, replacement: string, expected: string): string {
  const lines = text.split('\n');
  if (lines[line - 1] !== expected) throw new Error(`line ${line} is "${lines[line - 1]}", not "${expected}"`);
  lines[line - 1] = replacement;
  return lines.join('\n');
}
