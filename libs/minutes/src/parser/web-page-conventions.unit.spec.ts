import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions of municipal web pages and exports found by probing the reader with real minutes it had not
 * seen (Hvidovre, Ishøj, Aabenraa, Faxe, Bornholm, Thisted, Holbæk, Roskilde, Fredensborg item pages,
 * Region Midtjylland). Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'web-page.txt');
}

function codes(parsed: ReturnType<typeof parse>): string[] {
  return parsed.warnings.map((warning) => warning.code);
}

describe('web page conventions', () => {
  it('reads `Referat - <organ> den <dato>` and items that go straight to a dated decision block', () => {
    const parsed = parse(
      [
        'Referat - Kommunalbestyrelsen den 4. marts 2025',
        '',
        'Mødefakta',
        '',
        'Dato: Tirsdag den 4. marts 2025',
        'Mødetidspunkt: Kl. 18:00',
        'Mødested: Rådssalen',
        '',
        '1. Godkendelse af dagsorden',
        '',
        'Beslutning i Kommunalbestyrelsen den 04-03-2025',
        '',
        'Afbud fra Anna Holm stedfortræder Bo Berg',
        '',
        'Godkendt.',
        '',
        '2. Meddelelser fra borgmesteren',
        '',
        'Beslutning i Kommunalbestyrelsen den 04-03-2025',
        '',
        'Taget til efterretning.',
        '',
      ].join('\n'),
    );
    expect(parsed.meeting).toMatchObject({ body: 'Kommunalbestyrelsen', date: '2025-03-04', startTime: '18:00', location: 'Rådssalen' });
    expect(parsed.items.map((item) => [item.number, item.title, item.decision?.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Meddelelser fra borgmesteren', 'noted'],
    ]);
    expect(parsed.items[0]!.absences.map((absence) => absence.name)).toEqual(['Anna Holm']);
  });

  it('takes the meeting of an item page without a head from its dated decision blocks', () => {
    const single = parse('Nr.12 - Godkendelse af dagsordenen\n\nBeslutning i Økonomiudvalget den 10-02-2025\n\nDagsordenen blev godkendt.\n');
    expect(single.meeting).toMatchObject({ body: 'Økonomiudvalget', date: '2025-02-10', source: 'head' });
    expect(codes(single)).not.toContain('meeting-head-missing');

    const pages = parse(
      [
        'Referat',
        '',
        ' • Pkt. 7 Meddelelser fra formanden',
        '',
        '  Pkt. 7',
        '',
        '  Meddelelser fra formanden',
        '',
        '  Sagsnr. 123456 Testudvalget Åbent punkt',
        '',
        '  Testudvalget, 03-04-2025, pkt. 7',
        '',
        '  Taget til efterretning.',
        '',
        ' • Pkt. 8 Orientering om tilskud',
        '',
        '  Pkt. 8',
        '',
        '  Orientering om tilskud',
        '',
        '  Sagsnr. 123457 Testudvalget Åbent punkt',
        '',
        '  Testudvalget, 03-04-2025, pkt. 8',
        '',
        '  Drøftet.',
        '',
      ].join('\n'),
    );
    expect(pages.meeting).toMatchObject({ body: 'Testudvalget', date: '2025-04-03' });
    expect(pages.items.map((item) => [item.number, item.decision?.outcome])).toEqual([
      [7, 'noted'],
      [8, 'discussed'],
    ]);
  });

  it('leaves the meeting unknown when the items\' decisions are dated different days', () => {
    const parsed = parse(
      'Nr.3 - Lokalplan for havnen\n\nBeslutning i Testudvalget den 10-02-2025\n\nAnbefales.\n\nNr.4 - Vejplan\n\nBeslutning i Testudvalget den 24-02-2025\n\nGodkendt.\n',
    );
    expect(parsed.meeting.date).toBeUndefined();
    expect(codes(parsed)).toContain('meeting-date-missing');
  });

  it('reads untitled items from their sections (Ishøj): each opens at prose after a decision', () => {
    const parsed = parse(
      [
        'Referat',
        'Teknik- og Testudvalget tirsdag den 16. april 2024 kl. 16.30',
        '',
        'Mødelokale Tårnet',
        '',
        'Sagsfremstilling',
        '',
        'Kommunen skal frigive en anlægsbevilling til nye maskiner.',
        '',
        'Indstilling',
        '',
        'at anlægsbevillingen frigives.',
        '',
        'Beslutning',
        '',
        'Tiltrådt.',
        '',
        'Beslutningskompetence',
        '',
        'Byrådet.',
        '',
        'Sagsfremstilling',
        '',
        'Udvalget orienteres om årets vejarbejder.',
        '',
        'Beslutning',
        '',
        'Taget til efterretning.',
        '',
      ].join('\n'),
    );
    expect(parsed.meeting).toMatchObject({ body: 'Teknik- og Testudvalget', date: '2024-04-16', startTime: '16:30', location: 'Mødelokale Tårnet' });
    expect(parsed.items.map((item) => [item.number, item.title, item.line, item.decision?.outcome])).toEqual([
      [undefined, '', 6, 'approved'],
      [undefined, '', 22, 'noted'],
    ]);
    expect(codes(parsed).filter((code) => code === 'item-title-missing')).toHaveLength(2);
    expect(codes(parsed)).not.toContain('no-items');
  });

  it('reads untitled items at their case-number labels (Aabenraa), and an absence under `Bemærkninger:`', () => {
    const parsed = parse(
      [
        'Beslutningsprotokol',
        '',
        'tirsdag den 6. maj 2025 kl. 09:00',
        '',
        'Mødested: | Lokale 1 |',
        'Udvalg: | Testudvalget |',
        'Medlemmer: Anna Holm, Bo Berg, Carl Dam',
        'Bemærkninger: Afbud: Bo Berg',
        'Udskriv hele dagsordnen',
        ' • Udskriv',
        '  Sagsid.: 25/1234, Sagsinitialer: abc',
        '',
        '  Sagsfremstilling',
        '',
        '  Dagsordenen forelægges.',
        '',
        '  Beslutning Testudvalget den 06-05-2025',
        '',
        '  Godkendt.',
        '',
        ' • Udskriv',
        '  Sagsid.: 25/5678, Sagsinitialer: abc',
        '',
        '  Sagsfremstilling',
        '',
        '  Budgetprocessen drøftes.',
        '',
        '  Beslutning Testudvalget den 06-05-2025',
        '',
        '  Drøftet.',
        '',
      ].join('\n'),
    );
    expect(parsed.meeting).toMatchObject({ body: 'Testudvalget', date: '2025-05-06', startTime: '09:00', location: 'Lokale 1' });
    expect(parsed.participants.map((p) => [p.name, p.attendance])).toEqual([
      ['Anna Holm', 'attended'],
      ['Bo Berg', 'apologies'],
      ['Carl Dam', 'attended'],
    ]);
    expect(parsed.items.map((item) => [item.caseNumber, item.decision?.outcome])).toEqual([
      ['25/1234', 'approved'],
      ['25/5678', 'discussed'],
    ]);
  });

  it('finds no untitled items in text without any section label', () => {
    const parsed = parse('Referat\nTestudvalget mandag den 3. marts 2025 kl. 17.00\n\nMødet blev aflyst.\n');
    expect(parsed.items).toEqual([]);
    expect(parsed.meeting.cancelled).toMatchObject({ text: 'Mødet blev aflyst.' });
  });

  it('does not take the first item for the value of an empty head label (Faxe), and opens it at its decision', () => {
    const parsed = parse(
      [
        'Testudvalget - 13-01-2025',
        '',
        'Referat',
        'Dato:',
        'Mandag, 13 januar, 2025 - 19:00',
        'Hent som fil:',
        'Lokation:',
        '1. Godkendelse af dagsorden',
        '',
        'Beslutning',
        '',
        'Godkendt.',
        '',
        '2. Orientering om forebyggelse',
        '',
        'Resume',
        '',
        'Udvalget orienteres.',
        '',
        'Beslutning',
        '',
        'Taget til efterretning.',
        '',
      ].join('\n'),
    );
    expect(parsed.meeting.location).toBeUndefined();
    expect(parsed.meeting).toMatchObject({ body: 'Testudvalget', date: '2025-01-13', startTime: '19:00' });
    expect(parsed.items.map((item) => [item.number, item.title, item.decision?.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Orientering om forebyggelse', 'noted'],
    ]);
  });

  it('reads Bornholm: `N  Titel` headings, `Hvem beslutter`, `<organ> den <dato>:` blocks and `Afbud fra` in an absence list', () => {
    const parsed = parse(
      [
        'Referat',
        'Testudvalget',
        '06-11-2025 kl. 13:00',
        'Mødelokale A, Testvej 1',
        'Dagsordenspunkter',
        '',
        '  åbent 1 Fraværende og bemærkninger til dagsordenen',
        '  åbent 2 Dialogmøde om budget',
        '',
        'Til indholdsfortegnelse',
        '',
        ' Åbent  punkt',
        '',
        ' 1  Fraværende og bemærkninger til dagsordenen',
        '',
        '00.01.00P35-0199',
        '',
        'Fraværende',
        '',
        'Afbud fra Anna Holm',
        '',
        'Bemærkninger til dagsordenen',
        '',
        'Skolechefen deltager under alle punkter.',
        '',
        ' Åbent  punkt',
        '',
        ' 2  Dialogmøde om budget',
        '',
        '00.30.02G01-0099',
        '',
        'Hvem beslutter',
        '',
        'Testudvalget beslutter.',
        '',
        'Indstilling og beslutning',
        '',
        'Direktøren indstiller, at dialogen tages til efterretning.',
        '',
        'Testudvalget den 6. november 2025:',
        '',
        'Taget til efterretning.',
        '',
      ].join('\n'),
    );
    expect(parsed.meeting).toMatchObject({ body: 'Testudvalget', date: '2025-11-06' });
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber, item.decision?.outcome ?? null])).toEqual([
      [1, 'Fraværende og bemærkninger til dagsordenen', '00.01.00P35-0199', null],
      [2, 'Dialogmøde om budget', '00.30.02G01-0099', 'noted'],
    ]);
    // An absence without `absent` written out is apologies (see ParsedPersonReference).
    expect(parsed.items[0]!.absences.map((a) => [a.name, a.attendance ?? 'apologies'])).toEqual([['Anna Holm', 'apologies']]);
    expect(parsed.items[1]!.decision).toMatchObject({ body: 'Testudvalget', date: '2025-11-06' });
  });

  it('reads Thisted\'s sections (`Sagstema`, `Redegørelse`, `Høring og sagsgang`) and keeps another body\'s absence out', () => {
    const parsed = parse(
      [
        '02. sep 2025',
        '',
        'Deltagere:',
        '',
        '  • Anna Holm (V)',
        '  • Bo Berg (A)',
        '',
        '148. Godkendelse af dagsorden',
        '',
        'Udskriv',
        '',
        'Sagstema',
        '',
        'Godkendelse af dagsorden til dagens møde.',
        '',
        'Redegørelse',
        '',
        'Dagsordenen godkendes som første punkt.',
        '',
        'Andre konsekvenser',
        '',
        'Intet at bemærke.',
        '',
        'Høring og sagsgang',
        '',
        'Testudvalget den 2. september 2025',
        '',
        'Indstilling',
        '',
        'Til godkendelse.',
        '',
        'Beslutning',
        '',
        'Godkendt.',
        '',
        'Til toppen',
        '',
        '149. Orientering om budget',
        '',
        'Udskriv',
        '',
        'Sagstema',
        '',
        'Orientering om budgettet.',
        '',
        'Beslutning',
        '',
        'Orienteringen blev taget til efterretning.',
        '',
        'Fraværende i Område-MED Testområdet - den 2. september 2025:',
        '',
        'Carl Dam',
        '',
        'Til toppen',
        '',
      ].join('\n'),
    );
    expect(parsed.participants.map((p) => p.name)).toEqual(['Anna Holm', 'Bo Berg']);
    expect(parsed.items.map((item) => [item.number, item.decision?.outcome, item.absences.length])).toEqual([
      [148, 'approved', 0],
      [149, 'noted', 0],
    ]);
    expect(codes(parsed)).not.toContain('unknown-heading');
  });

  it('splits the last `PUNKTER` entry from the first heading glued to it after a year (Holbæk)', () => {
    const parsed = parse(
      [
        'UDVALG',
        '',
        'Udvalget for Test',
        '',
        'STARTTIDSPUNKT',
        '',
        '14-10-2025 08:30:00',
        '',
        'PUNKTER',
        '',
        '143. Godkendelse af dagsorden til mødet d. 14. oktober 2025',
        '144. Drøftelse af takster',
        '145. Orienteringer til mødet den 14. oktober 2025143. Godkendelse af dagsorden til mødet d. 14. oktober 2025',
        '',
        'Godkendelse af dagsorden til mødet d. 14. oktober 2025',
        '',
        'Beslutning i Udvalget for Test den 14-10-2025',
        'Godkendt',
        '144. Drøftelse af takster',
        '',
        'Drøftelse af takster',
        '',
        'Beslutning i Udvalget for Test den 14-10-2025',
        'Drøftet',
        '145. Orienteringer til mødet den 14. oktober 2025',
        '',
        'Orienteringer til mødet den 14. oktober 2025',
        '',
        'Beslutning i Udvalget for Test den 14-10-2025',
        'Taget til efterretning',
        '',
      ].join('\n'),
    );
    expect(parsed.items.map((item) => [item.number, item.title, item.decision?.outcome])).toEqual([
      [143, 'Godkendelse af dagsorden til mødet d. 14. oktober 2025', 'approved'],
      [144, 'Drøftelse af takster', 'discussed'],
      [145, 'Orienteringer til mødet den 14. oktober 2025', 'noted'],
    ]);
  });

  it('reads `Referat. af mødet i <organ> D. <måned> YYYY kl. ... i <sted>` and not a sentence that starts with `referat`', () => {
    const parsed = parse('Referat. af mødet i Regionsrådet 14. november 2025 kl. 14:00 i Rådssalen\n\nPunkt 1: Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n');
    expect(parsed.meeting).toMatchObject({ body: 'Regionsrådet', date: '2025-11-14', startTime: '14:00', location: 'Rådssalen' });

    const sentence = parse('Testudvalget\n\nmandag den 3. marts 2025\n\nreferat med det samme på selve udvalgsmødet.\n\nPunkt 1: Meddelelser\n\nBeslutning\n\nDrøftet.\n');
    expect(sentence.meeting.body).toBe('Testudvalget');
  });

  it('reads the body after `åbent møde for` in a one-line title', () => {
    const parsed = parse('åbent møde for Testudvalgets møde den 05. marts 2025 kl. 14:00 i Lokale 2\n\nPunkt 1: Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n');
    expect(parsed.meeting).toMatchObject({ body: 'Testudvalget', date: '2025-03-05', startTime: '14:00' });
  });

  it('passes over a breadcrumb whose links ran together, and reads the title under it', () => {
    const parsed = parse(
      'ForsidepilPolitikpilReferaterpilTestudvalget - Referat - 11. februar 2025\n\nTestudvalget - Referat - 11. februar 2025\n\nPunkt 1: Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n',
    );
    expect(parsed.meeting).toMatchObject({ body: 'Testudvalget', date: '2025-02-11', line: 3 });
  });

  it('reads a decision that names whom it approves before the verdict', () => {
    const parsed = parse('REFERAT Testudvalget d. 05-03-2025\n\nPunkt 3: Godkendelse af stedfortrædere\n\nBeslutning\n\nAnna Holm og Bo Berg godkendt\n\nPunkt 4: Tillægsdagsorden\n\nBeslutning\n\nHerefter godkendt.\n');
    expect(parsed.items.map((item) => item.decision?.outcome)).toEqual(['approved', 'approved']);
  });

  it('takes a short verdict on a line of its own when the decision opens with other text', () => {
    const parsed = parse(
      'REFERAT Testudvalget d. 05-03-2025\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nFormanden meddelte, at punkt 9 udgår.\n\nGodkendt.\n\nPunkt 2: Meddelelser\n\nBeslutning\n\nFormanden orienterede om vejarbejdet i byen og om det nye busnet.\n',
    );
    expect(parsed.items.map((item) => item.decision?.outcome)).toEqual(['approved', 'other']);
    expect(parsed.items[0]!.decision?.text).toContain('punkt 9 udgår');
  });
});

describe('a web template whose head gives the date but not the committee', () => {
  // Invented, in Thisted's convention: the date alone above the member list, the body only in the routing field.
  const TEXT = [
    '14. okt 2021',
    '',
    'Deltagere:',
    '',
    '  • Anna Berg (V)',
    '  • Jens Holm (A)',
    '',
    '201. Godkendelse af dagsorden',
    '',
    'Sagstema',
    '',
    'Godkendelse af dagsorden til dagens møde.',
    '',
    'Høring og sagsgang',
    '',
    'Teknik- og Miljøudvalget den 14. oktober 2021',
    '',
    'Beslutning',
    '',
    'Godkendt.',
    '',
    '202. Trafikplan',
    '',
    'Høring og sagsgang',
    '',
    'Teknik- og Miljøudvalget den 14. oktober 2021, Økonomiudvalget den 2. november 2021',
    '',
    'Beslutning',
    '',
    'Anbefales.',
    '',
  ].join('\n');

  it('takes the committee routed on the meeting date in every item', () => {
    const parsed = parseMinutes(TEXT, 'routing-only.txt');
    expect(parsed.meeting).toMatchObject({ body: 'Teknik- og Miljøudvalget', date: '2021-10-14' });
    expect(parsed.items.map((item) => item.number)).toEqual([201, 202]);
  });
});

describe('an item page titled with its item (København eDoc agenda)', () => {
  const TEXT = [
    'Forslag om nye åbningstider i borgerservice',
    'Forslag om nye åbningstider i borgerservice',
    'Beskæftigelsesudvalget',
    'DAGSORDEN',
    'for ordinært møde tirsdag den 3. juni 2008',
    '4. Forslag om nye åbningstider i borgerservice',
    '',
    'Forvaltningen foreslår længere åbningstid om torsdagen.',
    '',
  ].join('\n');

  it('takes the lone `N. Titel` line for the item heading because it repeats the page title', () => {
    const parsed = parseMinutes(TEXT, 'item-page-agenda.txt');
    expect(parsed.meeting).toMatchObject({ body: 'Beskæftigelsesudvalget', date: '2008-06-03' });
    expect(parsed.items.map((item) => [item.number, item.title])).toEqual([[4, 'Forslag om nye åbningstider i borgerservice']]);
  });
});
