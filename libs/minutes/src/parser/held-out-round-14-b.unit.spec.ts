import { parseMinutes } from './parse-minutes.js';

// Conventions the fourteenth held-out round of issue 12 (half B: Hovedstaden, Sjælland and Bornholm) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the fourteenth held-out round (half B)', () => {
  it('reads a screen reader`s speech log of a referat page: headings, list entries and links by their text, the head table cell by cell', () => {
    const text = [
      'Referat - Miljøudvalget 02-10-2018 - Google Chrome',
      'dokument',
      'navigationsområde',
      'liste med 3 elementer',
      'punkttegn  link  Forside',
      'punkttegn  link  Kalender',
      'punkttegn  link  Kontakt',
      'ude af liste',
      'hovedområde',
      'overskrift  niveau 1  Miljøudvalget - Referat',
      'tabel med 2 rækker og 2 kolonner',
      'række 1  kolonne 1  Mødedato',
      'kolonne 2  Tirsdag den 2. oktober 2018',
      'række 2  kolonne 1  Mødested',
      'kolonne 2  Byrådssalen',
      'ude af tabel',
      'overskrift  niveau 2  1. Godkendelse af dagsorden',
      'overskrift  niveau 3  Beslutning',
      'Godkendt.',
      'link  Til toppen',
      'overskrift  niveau 2  2. Vandløbsregulativ for Mølleåen',
      'Sagsnr.: 18/2231',
      'overskrift  niveau 3  Beslutning',
      'Udsat.',
      'overskrift  niveau 3  Bilag',
      'liste med 1 element',
      'punkttegn  link  Bilag 1: Regulativ (pdf)',
      'ude af liste',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.body, parsed.meeting.date, parsed.meeting.location]).toEqual(['Miljøudvalget', '2018-10-02', 'Byrådssalen']);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.decision?.text])).toEqual([
      [1, 'Godkendelse af dagsorden', null, 'Godkendt.'],
      [2, 'Vandløbsregulativ for Mølleåen', '18/2231', 'Udsat.'],
    ]);
    expect(parsed.items[1]!.decision?.postponed).toBe(true);
  });

  it('reads the decisions gathered in a table after all items as each item`s decision, a wrapped cell joined', () => {
    const text = [
      'Seniorrådet',
      'Referat af møde mandag den 7. marts 2022',
      'Sted: Rådhuset, lokale 4',
      '',
      '1. Valg af dirigent',
      'Formanden foreslog Ib Lund.',
      '',
      '2. Busruter i landområderne',
      'Trafikselskabet har sendt forslaget i høring.',
      '',
      '3. Seniorrådets årsberetning',
      'Beretningen blev gennemgået.',
      '',
      'Oversigt over beslutninger',
      '',
      'Punkt  Titel                              Beslutning',
      '1      Valg af dirigent                   Ib Lund blev valgt.',
      '2      Busruter i                         Rådet afgiver høringssvar. Rådet',
      '       landområderne                      ønsker flere afgange om aftenen.',
      '3      Seniorrådets årsberetning          Godkendt.',
      '',
      'Næste møde: 4. april 2022.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.number, item.title, item.decision?.outcome ?? null])).toEqual([
      [1, 'Valg af dirigent', 'other'],
      // (A hearing answer the råd gives: a comment, no verdict on the case.)
      [2, 'Busruter i landområderne', 'commented'],
      [3, 'Seniorrådets årsberetning', 'approved'],
    ]);
    expect(parsed.items[1]!.decision?.text.replace(/\s+/gu, ' ')).toContain('Rådet ønsker flere afgange om aftenen.');
  });

  it('reads a printed webmail thread: each message`s sender-and-time line and its recipients go, and so do a reply`s quoted lines', () => {
    const text = [
      '12.5.2016                 Gmail - Referat fra Brugerrådet',
      '',
      'Gmail                                   Ole Vang <ole.vang@gmail.com>',
      '',
      'Referat fra Brugerrådet',
      '2 meddelelser',
      '',
      'Lene Aagaard <lene@kommune.dk>                      12. maj 2016 kl. 07.55',
      'Til: Ole Vang <ole.vang@gmail.com>',
      '',
      'REFERAT',
      'Brugerrådet',
      'Mødedato: Onsdag den 11. maj 2016 kl. 19.00',
      'Mødested: Biblioteket',
      '',
      '1. Godkendelse af dagsorden',
      'Beslutning: Godkendt.',
      '',
      '2. Åbningstider i sommerferien',
      'Beslutning: Taget til efterretning.',
      '',
      'Ole Vang <ole.vang@gmail.com>                        12. maj 2016 kl. 09.30',
      'Til: Lene Aagaard <lene@kommune.dk>',
      '',
      'Tak.',
      '',
      'Den 12. maj 2016 kl. 07.55 skrev Lene Aagaard <lene@kommune.dk>:',
      '> 3. Eventuelt',
      '> Beslutning: Intet.',
      '[Citeret tekst skjult]',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.date, parsed.meeting.startTime ?? null]).toEqual(['2016-05-11', '19:00']);
    expect(parsed.items.map((item) => [item.number, item.title, item.decision?.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Åbningstider i sommerferien', 'noted'],
    ]);
  });

  it('reads `Rådet` in a råd`s minutes as the råd itself when the prose tells an earlier treatment', () => {
    const text = [
      'Ældrerådet',
      'Referat af mødet den 3. maj 2023',
      '',
      '1. Godkendelse af dagsorden',
      'Beslutning: Godkendt.',
      '',
      '2. Værdighedspolitik',
      'Rådet drøftede et første udkast på mødet den 5. april 2023, pkt. 6. Forvaltningen har rettet det til.',
      'Beslutning: Godkendt.',
      '',
      '3. Eventuelt',
      'Beslutning: Intet.',
    ].join('\n');
    const treatments = parse(text).items[1]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers]);
    expect(treatments).toEqual([['Ældrerådet', '2023-04-05', [6]]]);
  });

  it('reads `<navn> deltog under pkt. N-M.` in the head as the member`s partial presence', () => {
    const text = [
      'Handicaprådet',
      'Mødedato: 14. juni 2021',
      'Deltagere: Eva Bro, Karl Hviid, Mona Lind',
      'Mona Lind deltog under pkt. 1-2.',
      '',
      '1. Godkendelse af dagsorden',
      'Beslutning: Godkendt.',
      '',
      '2. Tilgængelighed',
      'Beslutning: Drøftet.',
      '',
      '3. Eventuelt',
      'Beslutning: Intet.',
    ].join('\n');
    const people = parse(text).participants.map((person) => [person.name, person.partial ?? null]);
    expect(people).toContainEqual(['Mona Lind', 'deltog under pkt. 1-2']);
  });
});
