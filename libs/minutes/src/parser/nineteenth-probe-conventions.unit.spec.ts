import { probeAttendance as attendance, probeParse as parse, probeTitles as titles } from './probe-readings.js';

/**
 * Conventions found by a nineteenth probe of the reader with real minutes it had not seen (20 documents of Region
 * Syddanmark's, Midtjylland's and Nordjylland's municipalities and two transport companies, 2002-2022, scored fact by
 * fact against fact sheets written before the reader ran). Every text here is invented, written in the convention it
 * tests.
 */
describe('nineteenth real-minutes probe: a transcript head whose member list prints the roles as labels', () => {
  // A docplayer transcript of an Acadre PDF: the head's fields run into one page line, and the member list gives the
  // chair and the vice-chair as labels before their names (`Medlemmer: Formand: A (A) Næstformand: B (O) C (V)`).
  const text = [
    'Referat fra mødet i Fritids- og Idrætsudvalget',
    '',
    'Transkript',
    '',
    '1 Referat fra mødet i Fritids- og Idrætsudvalget (Indeholder åbne dagsordenspunkter) Mødedato: Tirsdag den 3. marts 2015 Mødested: Idrætshallen, Skovvej 4 Mødetidspunkt: Kl. 15:00-17:00 Medlemmer: Formand: Rikke Lund (A) Næstformand: Bo Kjær (O) Anne Vinther (A) Per Holt (V) Side 1',
    '',
    '2 Indholdsfortegnelse 12 Godkendelse af dagsorden Budgetopfølgning Side 2',
    '',
    '3 12 Godkendelse af dagsorden Sagsnr.: Sagen afgøres i: Fritids- og Idrætsudvalget Sagsbeskrivelse: Indstillinger: Indstilles til godkendelse Beslutning i Fritids- og Idrætsudvalget den : Godkendt. Side 3',
  ].join('\n');

  it('reads every member, the chair and the vice-chair without their roles', () => {
    expect(attendance(text, 'attended')).toEqual(['Rikke Lund', 'Bo Kjær', 'Anne Vinther', 'Per Holt']);
  });

  it('still reads the head`s other fields', () => {
    expect(parse(text).meeting).toMatchObject({ body: 'Fritids- og Idrætsudvalget', date: '2015-03-03', startTime: '15:00', location: 'Idrætshallen, Skovvej 4' });
  });
});

describe('nineteenth real-minutes probe: sentences of an older web page`s head glued without a space', () => {
  // An older SBSYS publication runs the head's sentences together: the substitute's name is followed straight by the next
  // sentence (`... deltog Bo Lund.Rådmand Eva Berg forlod mødet efter pkt. 3.Borgmesteren orienterede ...`).
  const text = [
    'Vestby Byråd',
    '',
    'Åben',
    '',
    'Referat',
    '',
    '',
    'Onsdag den 12-03-2008 kl. 17:00',
    '',
    'Rådhuset',
    '',
    '',
    'Afbud fra:',
    'Tove Dahl',
    '',
    'I stedet for Tove Dahl deltog Bo Lund.Rådmand Eva Berg forlod mødet efter pkt. 3.Borgmesteren orienterede om, at gruppe V har udpeget Ole Friis til bestyrelsen for Vestby Havn.',
    '',
    '',
    'Oversigtsdagsorden:Åben referat',
    '1. Valg af nyt medlem til bestyrelsen for Vestby Varme.',
    'Åbent - 00.01.00A04 - 2008/12345',
    '',
    '',
    'BESLUTNING',
    '',
    'Godkendt.',
  ].join('\n');

  it('reads the substitute`s name without the sentences after it', () => {
    const standIn = parse(text).participants.find((person) => person.substituteFor === 'Tove Dahl');
    expect(standIn?.name).toBe('Bo Lund');
  });

  it('reads the member who left after an item as present for some items only', () => {
    const left = parse(text).participants.find((person) => person.name === 'Eva Berg');
    expect(left?.partial).toMatch(/forlod mødet efter pkt\. 3/u);
  });

  it('keeps a name`s initials whole', () => {
    const glued = parse(text.replace('Bo Lund.Rådmand', 'H.C. Lund.Rådmand')).participants.find((person) => person.substituteFor === 'Tove Dahl');
    expect(glued?.name).toBe('H.C. Lund');
  });
});

describe('nineteenth real-minutes probe: an item added late, listed last in its lettered group', () => {
  // Odense's contents list groups the items under section letters; an item put on the agenda late keeps its higher
  // number and is listed at the end of its group, before the next letter's heading.
  const text = [
    'Referat',
    'til',
    'mødet i Økonomiudvalget',
    'den 5. april 2017 kl. 08:30',
    'i Økonomiudvalgsværelset',
    '',
    '',
    'A. Sager til afgørelse i byrådet',
    '1 Lokalplan for boliger ved Åvej',
    '2 Salg af grund i Nordby',
    '3 Ny busterminal - kontrakt',
    '9 Anlægsbevilling til cykelsti',
    'B. Sager til afgørelse i udvalget',
    '4 Udpegning af bestyrelsesmedlem',
    '5 Retningslinjer for sponsorater',
    'C. Orientering',
    '6 Orientering om lufthavnen',
    '',
    'A. Sager til afgørelse i byrådet',
    '',
    '1. Lokalplan for boliger ved Åvej',
    'A. Sager til afgørelse i byrådet',
    'Åbent - 01.02.05-P16-4-17',
    'RESUMÉ',
    '',
    'Lokalplanen giver mulighed for 40 boliger.',
  ].join('\n');

  it('reads the late entry as its own item, and the list on after it', () => {
    expect(titles(text)).toEqual([
      '1 Lokalplan for boliger ved Åvej',
      '2 Salg af grund i Nordby',
      '3 Ny busterminal - kontrakt',
      '9 Anlægsbevilling til cykelsti',
      '4 Udpegning af bestyrelsesmedlem',
      '5 Retningslinjer for sponsorater',
      '6 Orientering om lufthavnen',
    ]);
  });

  it('still joins a title wrapped onto a line that starts with a number', () => {
    const wrapped = text.replace('3 Ny busterminal - kontrakt\n9 Anlægsbevilling til cykelsti\n', '3 Ny busterminal - kontrakt om\n40 Elbusser\n');
    expect(titles(wrapped)).toContain('3 Ny busterminal - kontrakt om 40 Elbusser');
  });
});

describe('nineteenth real-minutes probe: a transport company`s agenda transcribed, with a letter-style head', () => {
  // A docplayer transcript of a board's agenda: the first page opens with the letter's own date and initials, then the
  // meeting's `Tid:` with its weekday and date; the contents list's entries carry their pages (`14 Godkendelse af
  // dagsordenen 3 15 ...`), a run of titles whose numbers were lost follows; the pages print the items' titles without
  // their numbers, and only the later ones match the run of titles.
  const page1 =
    '1 Dato: 4. marts 2016 Initialer: kb Bestyrelsesmøde i Vesttrafik Dagsorden Tid: Torsdag den 10. marts 2016 kl. 10:00-12:00 Sted: Hotel Åbakken, Åvej 2, 6000 Vestby Medlemmer: Lise Holm Bo Kjær Anne Vinther Øvrige: Per Holt (afbud) Direktør Ole Sand Bestyrelsesmøde, d. 10. marts';
  const text = [
    'Bestyrelsesmøde i Vesttrafik. Dagsorden',
    '',
    'Transkript',
    '',
    page1,
    '',
    '2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 7 Godkendelse af dagsordenen 3 8 Meddelelser 4 9 Budgetopfølgning nr Budgetforslag 2017 med overslagsår Takster for 2017 Nye busruter i Vestby Eventuelt 19 Lukkede dagsordenspunkter Bestyrelsesmøde, d. 10. marts',
    '',
    '3 Godkendelse af dagsordenen Sagsfremstilling at dagsordenen godkendes. Bestyrelsesmøde, d. 10. marts',
    '',
    '4 Meddelelser Sagsfremstilling Orientering om køreplanen for sommeren. Indstilling Til orientering. Bestyrelsesmøde, d. 10. marts',
    '',
    '5 Budgetopfølgning nr Sagsfremstilling I budgetopfølgning nr. 1 laves årets første opfølgning på, hvordan forventningerne til årets indtægter og udgifter er i forhold til det vedtagne budget. Opfølgningen er foretaget på baggrund af budgettet.',
  ].join('\n');

  it('reads the meeting`s day from `Tid:`, not the letter`s from `Dato:`', () => {
    expect(parse(text).meeting).toMatchObject({ date: '2016-03-10', startTime: '10:00' });
  });

  it('reads the list`s first entries, before the items whose headings matched the run of titles', () => {
    expect(titles(text).slice(0, 3)).toEqual(['7 Godkendelse af dagsordenen', '8 Meddelelser', '9 Budgetopfølgning nr']);
  });
});

describe('nineteenth real-minutes probe: no list entries before the items where the list numbers apart from them', () => {
  // A contents list numbered 1, 2, 3 over items with running numbers from 101: the list's entries are no items before
  // the first one read.
  const text = [
    'Referat',
    'Økonomiudvalget',
    'Mødedato: 4. april 2019',
    '',
    'Indholdsfortegnelse',
    '1 Godkendelse af dagsorden',
    '2 Salg af grund',
    '3 Budgetopfølgning',
    '',
    '101. Godkendelse af dagsorden',
    '',
    'Beslutning',
    'Godkendt.',
    '',
    '102. Salg af grund',
    '',
    'Beslutning',
    'Godkendt.',
  ].join('\n');

  it('reads the items only', () => {
    expect(titles(text)).toEqual(['101 Godkendelse af dagsorden', '102 Salg af grund']);
  });
});

describe('nineteenth real-minutes probe: an SBSYS excerpt cut before the council`s own decision', () => {
  // Faaborg-Midtfyn's publication: the contents list (`Pkt. Tekst`, one entry a line, a title may open with the reading's
  // ordinal), then the items; the excerpt ends inside an item whose committee recommended it (`Økonomiudvalget 2018-21,
  // 28. oktober 2019, pkt. 452:`) before the council's own `Beslutning`.
  const text = [
    'Referat',
    'til',
    'mødet i Kommunalbestyrelsen 2018-21',
    'den 5. november 2019 kl. 17:00',
    'i Mødesalen, Vestby',
    '',
    '',
    'Indkaldelse',
    '',
    'Rikke Lund',
    'Bo Kjær',
    'Pkt. Tekst',
    '52 Godkendelse af dagsorden',
    '53 Takster for hjemmeplejen 2020',
    '54 2. behandling af budget 2020-23',
    '55 Spørgetid',
    '00.01.00-G01-24-17',
    '',
    '52. Godkendelse af dagsorden',
    '',
    'Beslutning',
    '',
    'Godkendt.',
    '',
    ' ',
    '',
    '27.36.00-S27-1-19',
    '',
    '53. Takster for hjemmeplejen 2020',
    '',
    'Resumé',
    '',
    'Taksterne for 2020 fastsættes.',
    '',
    'Økonomiudvalget 2018-21, 28. oktober 2019, pkt. 412:',
    '',
    'Anbefales overfor Kommunalbestyrelsen.',
    '',
    'Sagsfremstilling',
    '',
    'Taksterne er beregnet efter de gældende regler',
  ].join('\n');

  it('reads the committee`s block as an earlier treatment, and no decision of this meeting', () => {
    const item = parse(text).items.find((one) => one.number === 53);
    expect(item?.decision).toBeUndefined();
    expect(item?.earlierTreatments).toEqual([expect.objectContaining({ body: 'Økonomiudvalget', date: '2019-10-28', itemNumbers: [412], outcome: 'recommended' })]);
  });

  it('reads the contents entry whose title opens with an ordinal', () => {
    expect(titles(text)).toEqual(['52 Godkendelse af dagsorden', '53 Takster for hjemmeplejen 2020', '54 2. behandling af budget 2020-23', '55 Spørgetid']);
  });

  it('still takes a committee`s block dated the meeting`s day as the decision', () => {
    const sameDay = text.replace('Økonomiudvalget 2018-21, 28. oktober 2019', 'Økonomiudvalget 2018-21, 5. november 2019');
    expect(parse(sameDay).items.find((one) => one.number === 53)?.decision?.text).toMatch(/Anbefales/u);
  });
});

describe('nineteenth real-minutes probe: `Afbud under hele mødet:` in a decision, not in every one', () => {
  // Langeland's web referat repeats `Afbud under hele mødet:` over the names under each decision; an excerpt cut inside
  // a later item shows it under the first decisions only. The label says the whole meeting.
  const text = [
    'Referat',
    'Dato: |',
    '10-10-2022 17:00:00 |',
    'Udvalg: |',
    'Kommunalbestyrelsen |',
    'Sted: |',
    'Rådhussalen |',
    'Deltagere: |',
    'Eva Holm, Bo Kjær, Lise Dam, Per Holt |',
    '',
    '1. Godkendelse af dagsorden',
    'Sagsnr.: 22/131',
    'Beslutning i Kommunalbestyrelsen den 10-10-2022',
    'Godkendt.',
    'Afbud under hele mødet:',
    'Bo Kjær og Per Holt',
    'Ane Berg deltog som stedfortræder for Bo Kjær',
    '',
    '2. Takster for 2023',
    'Sagsnr.: 22/36',
    'Resume',
    'Taksterne for 2023 fastsættes.',
    'Beslutning i Økonomiudvalget den 03-10-2022',
    'Anbefales.',
  ].join('\n');

  it('reads the names as the meeting`s apologies', () => {
    expect(attendance(text, 'apologies')).toEqual(['Bo Kjær', 'Per Holt']);
  });
});

describe('nineteenth real-minutes probe: a PDF head whose label wraps round its value, and a member list wrapped inside names', () => {
  // A PDF referat's head: `Starttidspunkt 08:30` over `for møde:` (the label's tail), and the member list under
  // `Deltagere:` wrapped at the column's width, inside a name (`..., Ebbe` / `Christensen, ...`) and after initials.
  const text = [
    'Økonomiudvalget',
    'Referat',
    'Mødedato:',
    'Mandag den 08-04-2013',
    'Starttidspunkt 08:30',
    'for møde:',
    'Mødelokale:',
    'Mødelokale 1',
    'Deltagere:',
    'Anne Holm, Bo Kjær, Lise Dam Berg, Ebbe',
    'Vinther, Eva Lund, Ida Sand, H.C.',
    'Friis',
    'Bemærkninger:',
    'Fraværende:',
    'Afbud:',
    '',
    '79. Meddelelser',
    '',
    'Beslutning i Økonomiudvalget den 08-04-2013:',
    'Orienteringen blev taget til efterretning.',
  ].join('\n');

  it('reads the start time', () => {
    expect(parse(text).meeting).toMatchObject({ date: '2013-04-08', startTime: '08:30' });
  });

  it('reads the wrapped names whole', () => {
    expect(attendance(text, 'attended')).toEqual(['Anne Holm', 'Bo Kjær', 'Lise Dam Berg', 'Ebbe Vinther', 'Eva Lund', 'Ida Sand', 'H.C. Friis']);
  });
});

describe('nineteenth real-minutes probe: a transcript`s contents with Roman page numbers and group headings between entries', () => {
  // A docplayer transcript of an old referat: the contents run together, each title with its leader and Roman page
  // (`...ii`), a group heading between the entries (`Til behandling - for åbne døre...iii`).
  const text = [
    'Vestby Kommune. Kommunalbestyrelsen. Referat',
    '',
    'Transkript',
    '',
    '1 Vestby Kommune Kommunalbestyrelsen Referat Dato: Onsdag den 15-maj-2002 Mødested: Rådhuset Fraværende: Ingen. Mødedeltagere: Anne Holm, Bo Kjær, Lise Dam',
    '',
    '2 Indholdsfortegnelse Til efterretning - for åbne døre...i 31. Kvartalsrapport for kommunens budget...i 32. Orientering om havnen...ii Til behandling - for åbne døre...iii 33. Klage over afgørelse...iii 34. Vedtægter for Vestby Hallen...iv 35. SPØRGETID...v Til behandling - for lukkede døre...v 36. Lukket sag: Køb af areal...v',
  ].join('\n');

  it('ends each title at its leader', () => {
    expect(titles(text)).toEqual([
      '31 Kvartalsrapport for kommunens budget',
      '32 Orientering om havnen',
      '33 Klage over afgørelse',
      '34 Vedtægter for Vestby Hallen',
      '35 SPØRGETID',
      '36 Køb af areal (closed)',
    ]);
  });

  it('keeps an ellipsis inside a title', () => {
    expect(titles(text.replace('Orientering om havnen...ii', 'Orientering... i havnen...ii'))).toContain('32 Orientering... i havnen');
  });
});

describe('nineteenth real-minutes probe: a transcript`s title naming the municipality before the body, with a space only', () => {
  // A docplayer transcript's title: `Vestby Kommune Kommunalbestyrelsen. Referat. Mødedato: ...`.
  const text = [
    'Vestby Kommune Kommunalbestyrelsen. Referat. Mødedato: 26. juni Rådhus. Starttidspunkt for møde: 19:00.',
    '',
    'Størrelse: px',
    'Starte visningen fra side:',
    '',
    'Download "Vestby Kommune Kommunalbestyrelsen. Referat. Mødedato: 26. juni 2014. Rådhus. Starttidspunkt for møde: 19:00."',
    '',
    'Transkript',
    '',
    '1 Mødedato: 26. juni 2014 Mødelokale: Byrådssalen, Vestby Rådhus Starttidspunkt for møde: 19:00 Fraværende: Lise Holm 26. juni 2014 Lorem ipsum dolor sit amet, så længe siden er det at denne side blev skrevet og trykt på papir i Vestby Kommune.',
    '',
    '2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Udpegning til bestyrelsen for Vestby Havn 5 2 Nye medlemmer til Ældrerådet 6',
  ].join('\n');

  it('reads the body without the municipality', () => {
    expect(parse(text).meeting).toMatchObject({ body: 'Kommunalbestyrelsen', date: '2014-06-26' });
  });
});
