import { parseMinutes } from './parse-minutes.js';

// Facts the nineteenth held-out round's formats lost under page furniture, re-wrapping and odd spacing (twenty-second
// session, the round drawn by the perturbation properties). Invented texts.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const titlesAndDecisions = (text: string) => parse(text).items.map((item) => [item.number, item.title, item.decision?.text]);

describe("a typed protocol's no-break spaces in its indentation (`Ad pkt. 4.` headings, page numbers in the right margin)", () => {
  const protocol = (pageNumber: string, continuation: string) =>
    [
      '                    PRØVEBY KOMMUNE',
      '',
      'Møde i teknisk udvalg onsdag den 11. marts 1981 kl. 15.00 paa',
      'raadhuset.',
      '',
      'Ad pkt. 1.  Vintervedligeholdelse, orientering.',
      '',
      'Stadsingeniøren oplyste, at budgettet er overskredet.',
      '',
      'Udvalget tog orienteringen til efterretning.',
      '',
      pageNumber,
      '',
      'Ad pkt. 2.  Forslag om cykelsti langs Strand-',
      continuation,
      '',
      'Sagen blev udsat.',
    ].join('\n');
  const margin = `${' '.repeat(62)}24`;
  const indent = `${' '.repeat(12)}vejen.`;

  it('drops the page number with no-break spaces among the margin`s spaces: the decision above it is the item`s', () => {
    const spaced = `${' '.repeat(20)}\u00a0${' '.repeat(20)}\u00a0 \u00a0${' '.repeat(18)}24`;
    expect(titlesAndDecisions(protocol(spaced, indent))[0]).toEqual([1, 'Vintervedligeholdelse, orientering.', 'Udvalget tog orienteringen til efterretning.']);
    expect(titlesAndDecisions(protocol(margin, indent))[0]).toEqual([1, 'Vintervedligeholdelse, orientering.', 'Udvalget tog orienteringen til efterretning.']);
  });

  it('joins a title`s word hyphenated at the line end over an indentation with no-break spaces in it', () => {
    expect(titlesAndDecisions(protocol(margin, `  \u00a0  \u00a0        vejen.`))[1]![1]).toBe('Forslag om cykelsti langs Strandvejen.');
    expect(titlesAndDecisions(protocol(margin, indent))[1]![1]).toBe('Forslag om cykelsti langs Strandvejen.');
  });
});

it("reads a title wrapped over a run of blank lines over Rødovre's `Sag nr. N` (`... ved Søparken,` / `` / `` / `projektering`)", () => {
  const text = (gap: readonly string[]) =>
    ['Prøve Kommune', '', 'Økonomiudvalget', '', '15-08-2023', '', 'Godkendelse af dagsorden', '', 'Sag nr. 12', '', 'Beslutning', '', 'Godkendt.', '', 'Anlægsbevilling til ny børnehave ved Søparken, ', ...gap, 'projektering', '', 'Sag nr. 13', '', 'Beslutning', '', 'Indstilles godkendt.'].join('\n');
  for (const gap of [[''], ['', '', ' ', ''], ['', ' ']]) {
    expect(parse(text(gap)).items.map((item) => [item.number, item.title])).toEqual([
      [12, 'Godkendelse af dagsorden'],
      [13, 'Anlægsbevilling til ny børnehave ved Søparken, projektering'],
    ]);
  }
});

describe("a Word referat's headings without their lost numbers, numbered by its contents list (`3.<TAB>Høring: ...<TAB>2`)", () => {
  /** An item as the referat prints it: a blank line, its title's paragraph, its labelled decision. */
  const item = (title: readonly string[], decision: string) => ['', ...title, '', 'Beslutning:', '', decision];
  const referat = (contents: readonly string[], heading: readonly string[] = ['Høring: Kvalitetsstandard for rengøring 2022']) =>
    [
      'Prøverådet',
      '',
      'Mødedato:',
      '',
      'Onsdag den 9. marts 2022',
      '',
      'Indholdsfortegnelse',
      '',
      ...contents,
      '',
      '4.\tBudget for rådet i året 2022\t3',
      '',
      '5.\tTemamøde med udvalget i maj\t3',
      '',
      '',
      ...item(['Godkendelse af dagsorden'], 'Godkendt.'),
      ...item(['Godkendelse af referat fra mødet den 9. februar 2022'], 'Godkendt.'),
      ...item(heading, 'Rådet afgav høringssvar.'),
      ...item(['Budget for rådet i året 2022'], 'Godkendt.'),
      ...item(['Temamøde med udvalget i maj'], 'Intet.'),
    ].join('\n');
  const entries = ['1.\tGodkendelse af dagsorden\t2', '', '2.\tGodkendelse af referat fra mødet den 9. februar 2022\t2', '', '3.\tHøring: Kvalitetsstandard for rengøring 2022\t2'];
  const expected = [
    [1, 'Godkendelse af dagsorden'],
    [2, 'Godkendelse af referat fra mødet den 9. februar 2022'],
    [3, 'Høring: Kvalitetsstandard for rengøring 2022'],
    [4, 'Budget for rådet i året 2022'],
    [5, 'Temamøde med udvalget i maj'],
  ];
  const titles = (text: string) => parse(text).items.map((item) => [item.number, item.title?.replace(/\s+/gu, ' ')]);

  it('is read as the list numbers it', () => {
    expect(titles(referat(entries))).toEqual(expected);
  });

  it('keeps a year that ends an entry`s title after a tab between its words (`den 9.<TAB>februar<TAB>2022<TAB>2`)', () => {
    const tabbed = [...entries.slice(0, 2), '2.\tGodkendelse af referat fra mødet den 9.\tfebruar\t2022\t2', '', '3.\tHøring: Kvalitetsstandard\tfor rengøring\t2022\t2'];
    expect(titles(referat(tabbed))).toEqual(expected);
  });

  it('reads an entry wrapped onto a second line, and its heading wrapped as the entry is', () => {
    const wrapped = [...entries.slice(0, 4), '3.\tHøring: Kvalitetsstandard for', 'rengøring 2022\t2'];
    expect(titles(referat(wrapped))).toEqual(expected);
    expect(titles(referat(wrapped, ['Høring: Kvalitetsstandard for', 'rengøring 2022']))).toEqual(expected);
  });

  it('reads the list over a page`s end inside it (a counter under a wrapped entry, under the entry after it)', () => {
    const wrapped = [...entries.slice(0, 4), '3.\tHøring: Kvalitetsstandard for', 'rengøring 2022\t2'];
    expect(titles(referat([...wrapped, '', 'Side 1 af 3', '\f']))).toEqual(expected);
    const counted = [...entries.slice(0, 4), '\f3.\tHøring: Kvalitetsstandard for rengøring 2022\t2', '', 'Side 1 af 3'];
    expect(titles(referat(counted))).toEqual(expected);
  });
});

describe('a title cut over a page`s break, its tail alone at the next page`s top', () => {
  const typed = (furniture: readonly string[]) =>
    ['PRØVE KOMMUNE', '', 'Møde i teknisk udvalg onsdag den 11. marts 1981 kl. 15.00.', '', 'Ad pkt. 1.  Vintervedligeholdelse, orientering.', '', 'Udvalget tog orienteringen til efterretning.', '', 'Ad pkt. 2.  Forslag om cykelsti langs Strand-', ...furniture, '            vejen.', '', 'Sagen blev udsat.', '', 'Ad pkt. 3.  Eventuelt.', '', 'Intet.'].join('\n');

  it('joins a typed protocol`s word hyphenated over the page`s counter (`Strand-` / `Side 3` / `vejen.`)', () => {
    for (const furniture of [['Side 3'], ['Side 3', `\f${' '.repeat(50)}4`]]) expect(titlesAndDecisions(typed(furniture))[1]).toEqual([2, 'Forslag om cykelsti langs Strandvejen.', 'Sagen blev udsat.']);
  });

  const oldPdf = (breakAt: string) =>
    ['Prøveudvalget', '', 'Referat af mødet den 1. oktober 2019', '', 'Punkt 1 Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt', '', 'Punkt 2 Handleplan 2020 - godkendelse efter høring i Det lokale', breakAt, '', 'Tidligere behandling', '', 'Udvalget den 3. september 2019 Punkt 4', '', 'Beslutning', '', 'Anbefales over for Byrådet.'].join('\n');

  it('joins a body`s name alone under a form feed that the document prints on no other page`s top (`... i Det lokale` / `\fBeskæftigelsesråd`)', () => {
    expect(titlesAndDecisions(oldPdf('\fBeskæftigelsesråd'))[1]![1]).toBe('Handleplan 2020 - godkendelse efter høring i Det lokale Beskæftigelsesråd');
  });

  it('still ends the title at a running head that stands on another page`s top too', () => {
    const twice = `${oldPdf('\fPrøveudvalget')}\n\n\fPrøveudvalget\n\nPunkt 3 Eventuelt\n\nBeslutning\n\nIntet.`;
    expect(titlesAndDecisions(twice)[1]![1]).toBe('Handleplan 2020 - godkendelse efter høring i Det lokale');
  });
});

it('joins a word hyphenated at a line end with a zero-width character inside its rest (`budget-` / `læg<ZWSP>ningen`)', () => {
  const text = (rest: string) => ['Prøveudvalget', 'Mødedato: 15. juni 2004', '', 'Pkt. 90', 'Budget 2005 - rammer for budget-', rest, 'Beslutning:', 'Drøftet.'].join('\n');
  for (const rest of ['læg\u200bningen', 'lægningen', '\u200dlægningen']) expect(parse(text(rest)).items.map((item) => item.title)).toEqual(['Budget 2005 - rammer for budgetlægningen']);
});
