import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a third probe of the reader with real minutes it had not seen (44 excerpts from 33
 * municipalities of all five regions: web templates, First Agenda and SBSYS exports, PolWeb, Bornholm's InfRef pages,
 * docplayer and abcdocz transcripts of PDFs, a local blog, 2007-2025). Every text here is invented, written in the
 * convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

describe('third real-minutes probe: contents without the items\' text', () => {
  it('reads the entries of a run-together contents list as items without decisions when no item\'s text follows', () => {
    const parsed = parse(
      [
        'Transkript',
        '',
        '1 Referat Fjordby Byråd Mødedato: 14. marts 2012 Mødested: Rådhuset Starttidspunkt for møde: 19:00',
        '',
        '2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Godkendelse af dagsorden 3 2 Valg af formand for Havneudvalget 4 3 Regnskab 2011 for Fjordby Havn 6 5 Salg af grund ved Skovvej 9 Lukkede dagsordenspunkter 6 Køb af ejendom 11',
      ].join('\n'),
    );
    expect(parsed.meeting.date).toBe('2012-03-14');
    expect(parsed.items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Valg af formand for Havneudvalget', false],
      [3, 'Regnskab 2011 for Fjordby Havn', false],
      [5, 'Salg af grund ved Skovvej', false],
      [6, 'Køb af ejendom', true],
    ]);
    expect(parsed.items.every((item) => item.decision === undefined)).toBe(true);
  });

  it('reads a list of numbers on their own lines over titles with dotted leaders', () => {
    const parsed = parse(
      [
        'Referat',
        'Teknisk Udvalg',
        'Mødedato:',
        'Mødetidspunkt:',
        'Tirsdag den 4. april 2017',
        'Kl. 16:00',
        'Sagsoversigt',
        'Side',
        '01.',
        'Godkendelse af dagsorden ..........................3',
        '02.',
        'Vejbelysning i Nordby - anlægsbevilling ............4',
        '03.',
        'Trafikplan 2018 - høring ...........................7',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Teknisk Udvalg');
    expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Vejbelysning i Nordby - anlægsbevilling'],
      [3, 'Trafikplan 2018 - høring'],
    ]);
  });

  it('reads the open entries listed after the last item an excerpt holds, but not a numbered list inside an item', () => {
    const parsed = parse(
      [
        'UDVALG', '', 'Kulturudvalget', '', 'MØDE', '', 'Referat', '', 'STARTTIDSPUNKT', '', '02-05-2019 16:00:00', '', 'PUNKTER', '',
        '1. Godkendelse af dagsorden', '2. Tilskud til byfesten', '3. Orientering fra formanden', '',
        '1. Godkendelse af dagsorden', '', 'Beslutning i Kulturudvalget den 02-05-2019', 'Godkendt', '',
        '2. Tilskud til byfesten', '', 'Sagsfremstilling', 'Foreningen spørger om:', '1. Hvor meget kan søges?', '2. Hvornår gives svar?', '',
        'Beslutning i Kulturudvalget den 02-05-2019', 'Godkendt',
      ].join('\n'),
    );
    expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Tilskud til byfesten'],
      [3, 'Orientering fra formanden'],
    ]);
    expect(parsed.items[1]!.decision?.text).toBe('Godkendt');
    expect(parsed.items[2]!.decision).toBeUndefined();
  });
});

describe('third real-minutes probe: contents beside item text', () => {
  it('reads SBSYS\'s `Pkt.Tekst` list, numbers glued to titles, after the last item an excerpt holds', () => {
    const parsed = parse(
      [
        'Sbsys dagsorden preview',
        '',
        'Referat til mødet i Udvalget for Natur den 3. maj 2021 kl. 15:00 i Rådhuset',
        '',
        'Pkt.Tekst',
        'Åbne dagsordenspunkter',
        '21Godkendelse af dagsorden',
        '22Naturpark Fjorden - status',
        '23Eventuelt',
        '',
        'Åbne dagsordenspunkter',
        '',
        '85.02.02-G01-5-17',
        '',
        '21. Godkendelse af dagsorden',
        '',
        'Beslutning',
        '',
        'Godkendt.',
      ].join('\n'),
    );
    expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
      [21, 'Godkendelse af dagsorden'],
      [22, 'Naturpark Fjorden - status'],
      [23, 'Eventuelt'],
    ]);
  });

  it('reads the contents\' entries where the rest of the text could only be read as one untitled item', () => {
    const parsed = parse(
      [
        'Dagsorden til møde i Kommunalbestyrelsen',
        '',
        'Mødedato 2. marts 2015 Mødetidspunkt 18.00 Mødelokale Rådssalen',
        '',
        'Indholdsfortegnelse',
        '',
        '1 Meddelelser fra formanden 2 Lokalplan 12 for Skovvej. Forslag 3 Anlægsbevilling til stier 2015',
        '',
        'Møde i Kommunalbestyrelsen den 2. marts 2015',
        '',
        '1 Åbent Meddelelser fra formanden',
      ].join('\n'),
    );
    expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Meddelelser fra formanden'],
      [2, 'Lokalplan 12 for Skovvej. Forslag'],
      [3, 'Anlægsbevilling til stier 2015'],
    ]);
  });
});

describe('third real-minutes probe: heads', () => {
  it('reads the labels of a font that lost its `at` glyph (`Refer Do 29. januar 2015`)', () => {
    const parsed = parse(
      [
        'Transkript',
        '',
        '1 Økonomiudvalget Refer Do 12. marts 2014 Mødetidspunkt 16:00 Sluttidspunkt 18:00 Sted Mødelokale 2 Medlemmer Anne Holm, Per Dam, Karen Lund, Ole Berg, Jens Kragh, Lise Mørk, Bent Friis, Hanne Vig, Søren Toft, Inger Bak, Poul Krog, Grethe Sand, Niels Birk, Tove Dal, Erik Ravn, Birthe Kjær, Henrik Lind, Susanne Ege, Morten Holt Fraværende Ingen',
        '',
        '2 Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden 3 2. Budget 2015 4',
        '',
        '3 1. Godkendelse af dagsorden Sagsfremstilling Dagsordenen forelægges. Beslutning Godkendt.',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Økonomiudvalget');
    expect(parsed.meeting.date).toBe('2014-03-12');
  });

  it('reads `Åbent Referat til <organ>` and `<organ> Dagsorden <ugedag> den <dato>` as the body\'s title', () => {
    const open = parse(['Åbent Referat til Udvalget for Natur og Miljø', 'Mødedato: Onsdag den 3. maj 2017', '', '12. Godkendelse af dagsorden', 'Beslutning', 'Godkendt'].join('\n'));
    expect(open.meeting.body).toBe('Udvalget for Natur og Miljø');
    expect(open.meeting.date).toBe('2017-05-03');
    const agenda = parse(['Socialudvalget Dagsorden tirsdag den 4. marts 2008 kl. 15:00 - Mødelokale 3', '', '51. Godkendelse af dagsorden', '', 'Indstilling', 'Dagsordenen godkendes.'].join('\n'));
    expect(agenda.meeting.body).toBe('Socialudvalget');
    expect(agenda.meeting.date).toBe('2008-03-04');
  });

  it('cuts a page transcribed as one line without its page number into head and contents', () => {
    const parsed = parse(
      'Miljøudvalget Referat Dato 09. juni 2016 Mødetidspunkt 16:30 Sluttidspunkt 18:15 Sted Lokale 4, Rådhuset Medlemmer Anne Holm, Per Dam, Karen Lund, Ole Berg, Jens Kragh, Lise Mørk, Bent Friis, Hanne Vig, Søren Toft, Inger Bak, Poul Krog, Grethe Sand, Niels Birk, Tove Dal, Erik Ravn, Birthe Kjær, Henrik Lind, Susanne Ege, Morten Holt Fraværende Ingen Bemærkninger Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden - 9. juni 2016 ..........3 2. Orientering fra formanden ..........4 3. Vandløbsregulativ for Mølleå ..........6',
    );
    expect(parsed.meeting.body).toBe('Miljøudvalget');
    expect(parsed.meeting.date).toBe('2016-06-09');
    expect(parsed.items.map((item) => item.number)).toEqual([1, 2, 3]);
  });
});

describe('third real-minutes probe: bodies and prose', () => {
  it('reads the body of a title that names the meeting (`<X>rådsmøde`, `<organ> Ordinært møde`) and of a decision block run into a title', () => {
    expect(parse(['Referat fra Seniorrådsmøde Onsdag den 8. marts 2017 Kl. 10.00 i Mødelokale 2', '', ' 1. Godkendelse af dagsorden', '  Godkendt.'].join('\n')).meeting.body).toBe('Seniorrådet');
    const ordinary = parse(['Transkript', '', '1 Referat Fjordby Byråd Ordinært møde Dato 9. maj 2012 Tid 19:00 Sted Byrådssalen, Fjordby Rådhus Medlemmer Anne Holm (A) Per Dam (V) Karen Lund (C) Ole Berg (A) Jens Kragh (V) Lise Mørk (F) Bent Friis (O) Hanne Vig (A) Søren Toft (V) Inger Bak (B) Poul Krog (A) Grethe Sand (V) Niels Birk (Ø) Tove Dal (A)', '', '2 1. Godkendelse af dagsorden Beslutning Godkendt.'].join('\n'));
    expect(ordinary.meeting.body).toBe('Fjordby Byråd');
    expect(ordinary.meeting.date).toBe('2012-05-09');
    const ranTogether = parse(['Sagsoversigt. 1. Godkendelse af dagsorden. Beslutning Skoleudvalget den 03-04-2016. 2. Skolestruktur.', '', 'Relaterede dokumenter'].join('\n'));
    expect(ranTogether.meeting.body).toBe('Skoleudvalget');
    expect(ranTogether.meeting.date).toBe('2016-04-03');
  });

  it('keeps a prose referat that names its one subject (`Dagsorden for mødet var ...`) as one untitled item', () => {
    const parsed = parse(
      ['Referat af lokalrådsmøde (9. april 2015)', '', 'Dato: Torsdag den 9. april 2015', 'Tilstede: Hans, Lene, Bo.', '', 'Dagsorden for mødet var planlægning af sommerfesten.', '', 'Festen holdes i skolegården. Lene bestiller telt.'].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Lokalrådet');
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]!.title).toBe('');
  });

  it('reads a contents entry marked closed as closed, and leaves no title to a list whose numbers after the first were lost', () => {
    const marked = parse(
      ['Referat', 'Teknisk Udvalg', 'Mødedato: 4. april 2017', '', 'Indholdsfortegnelse', '1 Godkendelse af dagsorden 3 2 LUKKET Salg af grund 4'].join('\n'),
    );
    expect(marked.items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Salg af grund', true],
    ]);
    const lost = parse(
      [
        'Transkript',
        '',
        '1 Byrådet Beslutningsprotokol Dato: 12. maj 2010 Lokale: Byrådssalen, Fjordby Rådhus Tidspunkt: Kl. 19:00-21:00',
        '',
        '2 Medlemmer Anne Holm (A) Per Dam (V) Karen Lund (C) Ole Berg (A) Jens Kragh (V) Lise Mørk (F) Bent Friis (O) Hanne Vig (A) Søren Toft (V) Inger Bak (B) Poul Krog (A) Grethe Sand (V) Niels Birk (Ø) Tove Dal (A)',
        '',
        `3 Indholdsfortegnelse Sag nr. Side Åbne sager: 01 Spørgetid for byrådsmedlemmer ${'Lokalplan for boliger ved Skovvej Tillæg til spildevandsplanen for Nordby Salg af grunde i Sydby '.repeat(3)}`,
      ].join('\n'),
    );
    expect(lost.meeting.body).toBe('Byrådet');
    expect(lost.items.map((item) => [item.number, item.title])).toEqual([[1, '']]);
  });
});
