import { planDocument } from '../import/planned-document.js';
import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a seventeenth probe of the reader with real minutes it had not seen (23 documents of Region
 * Midtjylland's and Region Nordjylland's municipalities, a region and a joint committee, 2004-2025, scored fact by fact
 * against fact sheets written before the reader ran). Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function titles(text: string): string[] {
  return parse(text).items.map((item) => `${item.number ?? '?'} ${item.title}${item.closed ? ' (closed)' : ''}`);
}

function attendance(text: string, status: string): string[] {
  return parse(text).participants.filter((person) => person.attendance === status).map((person) => person.name);
}

describe('seventeenth real-minutes probe: a news page announcing a meeting with the body as its subject', () => {
  // A municipality's news page: its title says the body holds a meeting on a date, a sentence gives the place before
  // the agenda, then numbered lists under `Til behandling` and `Til orientering`.
  const text = [
    'Byrådet holder møde onsdag den 7. oktober 2020 kl. 16.30',
    '',
    'Det foregår Hallen i Vestby, mødelokale 2 med nedenstående dagsorden:',
    '',
    'Til behandling (åbne punkter)',
    '',
    '  1. Anden behandling af budget 2021-2024',
    '  2. Salg af grund ved Åvej',
    '  3. Takster for vandforsyningen 2021',
  ].join('\n');

  it('is imported, reading the body and the date from the title', () => {
    const { parsed } = planDocument(text, 'nyhed.txt', 'sha', 'importer', {}, 'default');
    expect(parsed.meeting).toMatchObject({ body: 'Byrådet', date: '2020-10-07', startTime: '16:30' });
  });

  it('reads the place from the sentence before the agenda, without its words around it', () => {
    expect(parse(text).meeting.location).toBe('Hallen i Vestby, mødelokale 2');
  });

  it('reads the agenda as the meeting`s items', () => {
    expect(titles(text)).toEqual(['1 Anden behandling af budget 2021-2024', '2 Salg af grund ved Åvej', '3 Takster for vandforsyningen 2021']);
  });

  it('takes no sentence that does not name a body for a meeting', () => {
    const { meeting } = parse(['Borgerne holder møde tirsdag den 3. marts 2020 kl. 19.00', '', 'Udvalget for Teknik', 'Referat', ''].join('\n'));
    expect(meeting.body).not.toBe('Borgerne');
  });
});

describe('seventeenth real-minutes probe: contents entries with the access in brackets after the number', () => {
  // A PDF referat's contents page: `N (Åben) <titel> ..... <side>`, a closed entry `(Lukket)`, and no item's text in
  // the excerpt.
  const text = [
    'Referat Teknisk Udvalg 2022-2025',
    'Ordinært møde',
    'Mødetidspunkt: 14-09-2023 15:00',
    'Mødeafholdelse: Mødelokale 3',
    '',
    'Indholdsfortegnelse',
    '',
    '1 (Åben) Godkendelse af dagsorden ......................................... 3',
    '',
    '2 (Åben) Vejplan for Nørreby 2024 - 2027 .................................. 4',
    '',
    '3 (Åben) Orientering om vintertjenesten ................................... 6',
    '',
    '4 (Lukket) Køb af areal ved Skovvej ....................................... 8',
  ].join('\n');

  it('reads each entry with its title, without the leaders and the page number', () => {
    expect(titles(text)).toEqual([
      '1 Godkendelse af dagsorden',
      '2 Vejplan for Nørreby 2024 - 2027',
      '3 Orientering om vintertjenesten',
      '4 Køb af areal ved Skovvej (closed)',
    ]);
  });
});

describe('seventeenth real-minutes probe: an old protocol`s contents of `Åben sag:` over `NN /M` over the title', () => {
  // An early-2000s web protocol: the contents heading glued to the head's last line, each entry its access label,
  // the meeting's running item number with the item's place on this agenda after a slash, and the title under it.
  const text = [
    'Referat',
    '',
    'for',
    '',
    'Kommunalbestyrelsen',
    '',
    'mandag den 10. maj 2004 kl. 18:00',
    '',
    'Mødesalen',
    '',
    '7000 NørrebyIndholdsfortegnelse',
    '',
    'Åben sag:',
    '',
    '31 /1',
    '',
    'Spørgetid',
    '',
    'Åben sag:',
    '',
    '32 /2',
    '',
    'Lokalplan nr. 40: Boliger ved Kirkevej',
    '',
    'Åben sag:',
    '',
    '33 /3',
    '',
    'Regnskab 2003 for havnen',
    '',
    'Lukket sag:',
    '',
    '34 /4',
    '',
    'Salg af jord.',
  ].join('\n');

  it('reads the entries by their running numbers, the closed one closed', () => {
    expect(titles(text)).toEqual(['31 Spørgetid', '32 Lokalplan nr. 40: Boliger ved Kirkevej', '33 Regnskab 2003 for havnen', '34 Salg af jord. (closed)']);
  });
});

describe('seventeenth real-minutes probe: a board`s agenda with each entry`s time slot and presenter', () => {
  // A joint committee's referat transcribed into a few long lines: `Dagsorden:` and numbered entries, each followed by
  // `(kl )` (the hour lost) and `v./ <navn>`, a group heading running on after one presenter's name.
  const text = [
    'Referat fra møde i Vandrådet for Nørreå 4. marts 2016 kl Nørreå Kro, Åvej 2, 7000 Nørreby',
    '',
    'Indholdsfortegnelse 1. Velkomst (kl ) v./ Lise Holm 2. Godkendelse af dagsorden (kl ) v./ Lise Holm Vandløb og søer 3. Status for vandplanen (kl. 10.15) v./ Bo Berg 4. Budget for 2017 (kl ) v./ Eva Dam',
  ].join('\n');

  it('reads the titles without the time slot, the presenter and what ran on after the name', () => {
    expect(titles(text)).toEqual(['1 Velkomst', '2 Godkendelse af dagsorden', '3 Status for vandplanen', '4 Budget for 2017']);
  });
});

describe('seventeenth real-minutes probe: a transcript head with the chair`s role after the member column', () => {
  // A council's referat transcribed from a PDF: the head's label row run into one line, `Fraværende` with its names,
  // an empty `Stedfortræder` label, then `Medlemmer` with every member and party letter, the chair's role last.
  const text = [
    'Nørreby Byråd. Ordinært møde. Dato 12. maj Tid 19:00.',
    '',
    'Transkript',
    '',
    '1 Referat Nørreby Byråd Ordinært møde Dato 12. maj 2010 Tid 19:00 Sted Byrådssalen, Nørreby Rådhus NB. Fraværende Ole Bak, Rie Kruse Stedfortræder Medlemmer Ole Bak (V) Sif Holm (V) Rie Kruse (A) Jens Lund (C) Ane Dal (A) Mads Vang (F) Lone Riis (Ø) Ib Nørgaard (A) - Formand',
    '',
    '2 Indholdsfortegnelse Side 1. Godkendelse af dagsorden 2. Budget 2011 for kommunen og dens selskaber 3. Salg af grund ved havnen i Nørreby 4. Lokalplan for boliger ved Skovvej 5. Meddelelser fra borgmesteren',
  ].join('\n');

  it('reads every member of the column, the chair too', () => {
    expect(attendance(text, 'attended')).toEqual(['Sif Holm', 'Jens Lund', 'Ane Dal', 'Mads Vang', 'Lone Riis', 'Ib Nørgaard']);
  });

  it('reads the absent members without the empty label after them', () => {
    expect(attendance(text, 'absent')).toEqual(['Ole Bak', 'Rie Kruse']);
  });
});

describe('seventeenth real-minutes probe: a transcript`s page foot after the head`s member lists', () => {
  // A committee's referat transcribed page by page: the head's lists end where the page's foot, the municipality's
  // name, runs on.
  const apart = [
    'Kulturudvalget REFERAT',
    '',
    'Størrelse: px',
    'Starte visningen fra side:',
    '',
    'Download "Kulturudvalget REFERAT"',
    '',
    'Transkript',
    '',
    '1 Kulturudvalget REFERAT Sted: Rådhuset, lokale 4 i den gamle bygning ved torvet Dato: Mandag den 2. marts 2015 Start kl.: 15:00 Slut kl.: 17:00 Medlemmer: Ida Holm (A) Per Lund (V) Eva Berg (F) Fraværende: Eva Berg (F) Sønderby Kommune',
    '',
    '2 Kulturudvalget Indholdsfortegnelse Side 1. Godkendelse af dagsorden 2. Tilskud til foreninger i 2015 3. Biblioteket i Nørreby, åbningstider 4. Musikskolens budget for 2016 5. Meddelelser fra formanden...9 Sønderby Kommune',
    '',
    '3 Kulturudvalget Godkendelse af dagsorden S00 15/120 Åben sag Sagsgang: KU Sagsfremstilling Dagsordenen forelægges til godkendelse. Udvalget har modtaget en ansøgning fra foreningen, som behandles under punkt 2. Indstilling Forvaltningen indstiller, at dagsordenen godkendes. Beslutning Godkendt. Sønderby Kommune Side 1',
  ].join('\n');

  it('reads the absent member without the foot', () => {
    expect(attendance(apart, 'absent')).toEqual(['Eva Berg']);
    expect(attendance(apart, 'attended')).toEqual(['Ida Holm', 'Per Lund']);
  });

  // The member table's two columns transcribed row by row, one party letter in doubled brackets.
  const beside = apart.replace(
    'Medlemmer: Ida Holm (A) Per Lund (V) Eva Berg (F) Fraværende: Eva Berg (F) Sønderby Kommune',
    'Medlemmer: Fraværende: Ida Holm (A) Per Lund (V) Eva Berg (F) Ane Bak ((Ø)) Eva Berg (F) Sønderby Kommune',
  );

  it('reads the two columns run together, the doubled brackets as one party letter', () => {
    expect(attendance(beside, 'absent')).toEqual(['Eva Berg']);
    expect(attendance(beside, 'attended')).toEqual(['Ida Holm', 'Per Lund', 'Ane Bak']);
  });
});

describe('seventeenth real-minutes probe: a web copy`s member column glued together', () => {
  // A document site's copy of a PDF referat: the head's labels each on a line, the member column without spaces between
  // the entries and the chair's role glued to the next name.
  const text = [
    'Referat Teknisk Udvalg 2022-2025',
    '',
    'Ordinært møde',
    '',
    'Mødetidspunkt: 14-09-2023 15:00',
    '',
    'Mødeafholdelse: Mødelokale 3',
    '',
    'Medlemmer: Eva Holm (A), FormandBo Lund (A)Ida Berg (V)Ole Dam (C)',
    '',
    'Afbud: Ole Dam (C)',
    '',
    '1 (Åben) Godkendelse af dagsorden',
    '',
    'Beslutning',
    '',
    'Godkendt.',
  ].join('\n');

  it('reads each member of the column, the chair without the role', () => {
    expect(attendance(text, 'attended')).toEqual(['Eva Holm', 'Bo Lund', 'Ida Berg']);
    expect(attendance(text, 'apologies')).toEqual(['Ole Dam']);
  });
});

describe('seventeenth real-minutes probe: a contents run whose lost numbers the next printed number counts', () => {
  // A council's protocol transcribed page by page: the contents keep only the first entry's number, the titles run
  // together, and the next page (where the excerpt ends) opens with the item numbered after the list's last.
  const page2 = (titles: string) => `2 Indholdsfortegnelse Side 41. Spørgetid for borgerne ${titles}`;
  const text = (titles: string) =>
    [
      'Byrådet Beslutningsprotokol. 3. maj kl. 17:00 Byrådssalen, Nørreby Rådhus',
      '',
      'Størrelse: px',
      'Starte visningen fra side:',
      '',
      'Download "Byrådet Beslutningsprotokol. 3. maj 2010 - kl. 17:00 Byrådssalen, Nørreby Rådhus"',
      '',
      'Transkript',
      '',
      '1 Beslutningsprotokol 3. maj kl. 17:00 Byrådssalen, Nørreby Rådhus Medlemmer: Ida Holm (A) Per Lund (V) Eva Berg (F) Bo Dam (C) Ole Sand (A) Lis Krog (V)',
      '',
      page2(titles),
      '',
      '3 47. Godkendelse af takster for dagpleje 2011',
    ].join('\n');
  const run =
    'Godkendelse af dagsorden Endelig vedtagelse af lokalplan nr for et boligområde ved Skovvej i Vestby, samt tillæg nr. 7 til Kommuneplan for Nørreby Kommune Forslag til ny affaldsplan Godkendelse af anlægsbevilling til cykelsti langs Åvej Orientering om budgetopfølgning pr. 31. marts';

  it('cuts the run before each title`s opening word when the count agrees', () => {
    expect(titles(text(run)).slice(0, 6)).toEqual([
      '41 Spørgetid for borgerne',
      '42 Godkendelse af dagsorden',
      '43 Endelig vedtagelse af lokalplan nr for et boligområde ved Skovvej i Vestby, samt tillæg nr. 7 til Kommuneplan for Nørreby Kommune',
      '44 Forslag til ny affaldsplan',
      '45 Godkendelse af anlægsbevilling til cykelsti langs Åvej',
      '46 Orientering om budgetopfølgning pr. 31. marts',
    ]);
  });

  it('reads no titles from the run when the cuts do not give the count (a title that opens otherwise)', () => {
    const other = run.replace('Forslag til ny affaldsplan', 'Ny affaldsplan for Nørreby');
    expect(titles(text(other)).filter((title) => /^4[2-6] /u.test(title))).toEqual([]);
  });
});
