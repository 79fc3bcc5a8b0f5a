import { parseMinutes } from './parse-minutes.js';

// Invented minutes: items whose headings hold no known numbering and whose sections carry no known label, so only
// the document's own run of rising numbers can find them.
const head = 'Ældreudvalget\nReferat\nMødedato: 3. april 2025\n';
const body = (decision: string) => `Om sagen\nForvaltningen har set på sagen og lægger den frem.\nDet videre forløb\nSagen er klar til behandling.\nBeslutning\n${decision}\n`;
const document = (headings: readonly (readonly [string, string])[]) => `${head}\n${headings.map(([heading, decision]) => `${heading}\n${body(decision)}`).join('\n')}`;
const read = (text: string) => parseMinutes(text, 'own.txt').items.map((item) => [item.number, item.title, item.closed]);

const titles = [
  ['Godkendelse af dagsorden', 'Godkendt.'],
  ['Plejeboliger i Nordby', 'Taget til efterretning.'],
  ['Lukket: Personalesag', 'Godkendt.'],
] as const;
const expected = [
  [12, 'Godkendelse af dagsorden', false],
  [13, 'Plejeboliger i Nordby', false],
  [14, 'Personalesag', true],
];

describe('item headings numbered in a wording of the document’s own', () => {
  it.each([
    ['a prefix word alone over the title', (number: number) => `Sag ${number}`],
    ['`§ N` alone over the title', (number: number) => `§ ${number}`],
    ['`(N)` alone over the title', (number: number) => `(${number})`],
    ['`Dagsordenspunkt nr. N` alone over the title', (number: number) => `Dagsordenspunkt nr. ${number}`],
    ['`Nr. N` alone over the title', (number: number) => `Nr. ${number}`],
    ['a roman numeral alone over the title', (number: number) => ['XII', 'XIII', 'XIV'][number - 12]!],
    ['a prefix word never seen alone over the title', (number: number) => `Mødepunkt ${number}`],
  ])('reads %s', (_name, numberLine) => {
    const text = document(titles.map(([title, decision], position) => [`${numberLine(12 + position)}\n${title}`, decision]));
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a new prefix word and separator', (number: number, title: string) => `Forhandlingspunkt ${number} » ${title}`],
    ['a new separator after the bare number', (number: number, title: string) => `${number} · ${title}`],
    ['a bracket closing the number', (number: number, title: string) => `${number}] ${title}`],
  ])('learns %s from the run of rising numbers', (_name, heading) => {
    const text = document(titles.map(([title, decision], position) => [heading(12 + position, title), decision]));
    expect(read(text)).toEqual(expected);
  });

  it('takes a bare number over a title after a dropped `Til toppen` link for an item, not a page number', () => {
    const text = document(titles.map(([title, decision], position) => [`${12 + position}\n${title}`, `${decision}\nTil toppen`]));
    expect(read(text)).toEqual(expected);
  });

  it('does not read a numbered list of members, or numbers standing line under line, as items', () => {
    const members = `${head}\nDeltagere:\nPlads 1 » Anne Holm\nPlads 2 » Bo Lind\nPlads 3 » Eva Dahl\nSag 1\nGodkendelse af dagsorden\nSagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n`;
    const items = parseMinutes(members, 'members.txt').items;
    expect(items.map((item) => item.title)).not.toContain('Anne Holm');
    expect(items.map((item) => item.title)).not.toContain('Bo Lind');
  });

  it('takes no number-only line for the title of the number over it (a contents list whose titles were dropped)', () => {
    const contents = 'Indholdsfortegnelse\nMødepunkt 12\nMødepunkt 13\nMødepunkt 14\n';
    const text = `${head}\n${contents}\n${titles.map(([title, decision], position) => `Mødepunkt ${12 + position}\n${title}\n${body(decision)}`).join('\n')}`;
    expect(read(text)).toEqual(expected);
  });

  it('reads a date, a time or a case number at a line’s start as no item number', () => {
    const text = document(titles.map(([title, decision], position) => [`Sag ${12 + position}\n${title}`, decision]));
    const withNoise = text.replace('Om sagen\n', 'Om sagen\n24.02 Kl. 15:00\n25/1021 Sagsakter\n');
    expect(read(withNoise)).toEqual(expected);
  });

  it('reads a contents list of `Pkt. nr. N` over titles with their page numbers as contents, not as the items', () => {
    const contents = 'Punkt nr.\nSide\nPkt. nr. 12\nGodkendelse af dagsorden 2\nPkt. nr. 13\nPlejeboliger i Nordby 3\nPkt. nr. 14\nLukket: Personalesag 4\n';
    const items = titles.map(([title, decision], position) => `Pkt. nr. ${12 + position}\n${title}\n${body(decision)}`).join('\n');
    const parsed = parseMinutes(`${head}\n${contents}\n${items}`, 'contents.txt');
    expect(parsed.items.map((item) => [item.number, item.title, item.closed])).toEqual(expected);
    expect(parsed.warnings.map((warning) => warning.code)).not.toContain('toc-mismatch');
  });
});

describe('a case number beside an item heading, in any scheme', () => {
  const schemes = ['EMN-2025-000418', '376-2025-3120', '25/1021', '00.01.00-A00-3-25', '2025-004417'];
  const headings = (write: (number: number, title: string, caseNumber: string) => string) =>
    document(titles.map(([title, decision], position) => [write(12 + position, title, schemes[position]!), decision]));
  const read = (text: string) => parseMinutes(text, 'case.txt').items.map((item) => [item.number, item.title, item.caseNumber ?? null]);
  const withCases = [
    [12, 'Godkendelse af dagsorden', 'EMN-2025-000418'],
    [13, 'Plejeboliger i Nordby', '376-2025-3120'],
    [14, 'Personalesag', '25/1021'],
  ];

  it('reads it printed before the heading on its line, parted by a wide gap', () => {
    expect(read(headings((number, title, caseNumber) => `${caseNumber}    ${number}. ${title}`))).toEqual(withCases);
  });

  it('reads it printed after the heading on its line, parted by a wide gap, and keeps it out of the title', () => {
    expect(read(headings((number, title, caseNumber) => `${number}. ${title}    ${caseNumber}`))).toEqual(withCases);
  });

  it('reads it beside a heading numbered in a wording of its own', () => {
    expect(read(headings((number, title, caseNumber) => `${caseNumber}    Mødepunkt ${number} » ${title}`))).toEqual(withCases);
  });

  it('leaves a title that ends in a number after a single space whole (`Lokalplan 2025`)', () => {
    const text = document([['12. Lokalplan 2025', 'Godkendt.'], ['13. Budget 2025/26', 'Godkendt.'], ['14. Vejnavne', 'Godkendt.']]);
    expect(read(text).map((item) => item[1])).toEqual(['Lokalplan 2025', 'Budget 2025/26', 'Vejnavne']);
  });
});

describe('`N. Titel` headings of which the known styles read only a stray few', () => {
  // Invented: most items carry sections under labels the vocabulary does not know, so the known styles read only the
  // headings straight over a decision (301, 307, 308): their numbers leave out most of the run between them.
  const unknownSections = (decision: string) => `    Hovedtræk\n    Kommunen har modtaget en ansøgning.\n    Administrationens forslag\n    At ansøgningen imødekommes.\n    Beslutning\n    ${decision}\n`;
  const plain = (decision: string) => `    Beslutning\n    ${decision}\n`;
  const text = [
    `Ældreudvalget\nReferat\nMødedato: 3. april 2025\n`,
    `301. Godkendelse af dagsorden\n${plain('Godkendt.')}`,
    `302. Plejeboliger i Nordby\n${unknownSections('Godkendt.')}`,
    `303. Madservice 2026\n${unknownSections('Taget til efterretning.')}`,
    `304. Aktivitetscenter i Sydby\n${unknownSections('Udsat.')}`,
    `305. Hjemmepleje, udbud\n${unknownSections('Godkendt.')}`,
    `306. Frivilligstrategi\n${unknownSections('Godkendt.')}`,
    `307. Meddelelser\n${plain('Taget til efterretning.')}`,
    `308. Eventuelt\n${plain('Intet.')}`,
  ].join('\n');

  it('reads every heading of the run, not the stray three', () => {
    expect(parseMinutes(text, 'stray.txt').items.map((item) => [item.number, item.title])).toEqual([
      [301, 'Godkendelse af dagsorden'],
      [302, 'Plejeboliger i Nordby'],
      [303, 'Madservice 2026'],
      [304, 'Aktivitetscenter i Sydby'],
      [305, 'Hjemmepleje, udbud'],
      [306, 'Frivilligstrategi'],
      [307, 'Meddelelser'],
      [308, 'Eventuelt'],
    ]);
  });
});
