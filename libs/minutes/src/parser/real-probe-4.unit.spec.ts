import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a fourth probe of the reader with real minutes it had not seen (40 excerpts from twelve
 * municipalities and four regions: web pages of municipalities and regions, SBSYS and eDoc exports, an ePaper viewer's
 * text, docplayer and abcdocz transcripts of PDFs, 2007-2023). Every text here is invented, written in the convention
 * it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

describe('fourth real-minutes probe: heads', () => {
  it('reads a page title whose date follows the kind word without a second dash (`<organ> - referat DD-MM-YYYY`)', () => {
    const parsed = parse(
      [
        'Gå til indhold',
        '',
        'Havregionen - link til forsiden',
        '',
        'Sundhedsudvalget - referat 14-03-2008',
        '',
        'Mødedato:',
        '14-03-2008 Kl. 15:00-16:30',
        '',
        'Mødested:',
        'Regionshuset, mødelokale 2.',
        '',
        '1.      Budgetopfølgning 2008',
        '',
        'Sagsnr:',
        '',
        '08/1234',
        '',
        'Sagsfremstilling',
        '',
        'Forbruget ligger inden for rammen.',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Sundhedsudvalget');
    expect(parsed.meeting.date).toBe('2008-03-14');
  });

  it('reads a transcript line that runs the organ, `Referat fra ordinært møde` and the date together', () => {
    const parsed = parse(
      [
        'Følgende sager behandles på mødet',
        '',
        'Størrelse: px',
        'Starte visningen fra side:',
        '',
        'Download "Følgende sager behandles på mødet"',
        '',
        'Transkript',
        '',
        '1 Teknisk Udvalg Referat fra ordinært møde 3. februar 2010 Onsdag kl. 8:00 Mødelokale 4 Følgende sager behandles på mødet Side Meddelelser 3 Vejplan for Nordby og for de tre landsbyer syd for byen med stier og belysning 5 Affaldsplan for årene 2010 til 2014 med ny ordning for haveaffald og storskrald i hele kommunen 7 Vintertjeneste 9',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Teknisk Udvalg');
    expect(parsed.meeting.date).toBe('2010-02-03');
  });

  it('takes the weekday before `den` in a `Referat <organ> <ugedag> den <dato>` title as the date\'s, not the name\'s', () => {
    const parsed = parse(
      [
        'Referat Børneudvalget onsdag den 9. marts 2016. Kl. 17:00 i Mødelokale 3',
        '',
        '1. Godkendelse af dagsorden',
        '',
        'Beslutning',
        'Godkendt.',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Børneudvalget');
    expect(parsed.meeting.date).toBe('2016-03-09');
  });

  it('keeps the law a temporary committee is set up under out of its name (`Udvalg: Byudvalg (§17, stk. 4)`)', () => {
    const parsed = parse(
      [
        'Udvalg: Byudvalg (§17, stk. 4)',
        '',
        'Dato: Onsdag den 6. november 2019',
        '',
        'Tid: Kl. 17:00',
        '',
        'Indholdsfortegnelse',
        '',
        '1. Byrumsplan for Torvet',
        '2. Eventuelt',
        '',
        '1. Byrumsplan for Torvet',
        '',
        'Sagsfremstilling',
        '',
        'Planen er i høring.',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Byudvalg');
    expect(parsed.meeting.date).toBe('2019-11-06');
  });

  it('reads a date whose line broke after `DEN` in a capitals title, and takes no item from its day', () => {
    const parsed = parse(
      [
        'Transkript',
        '',
        '1 BYRÅDET FOR SKOVBY KOMMUNE REFERAT FRA MØDE NR. 4 ONSDAG DEN 18. MARTS 2009, KL PÅ RÅDHUSET, BYRÅDSSALEN',
        '',
        '2 Byrådet 18. marts 2009 Side: 2 Fraværende: Ingen. TIL BYRÅDETS AFGØRELSE 41. Lån til Skovby Vandværk Sagsnr J.nr Vandværket søger om lånegaranti.',
      ].join('\n'),
    );
    expect(parsed.meeting.date).toBe('2009-03-18');
    expect(parsed.items.some((item) => item.number === 18)).toBe(false);
  });

  it('reads a head that an ePaper viewer kept with its inline HTML (`<strong>`, a line-ending `<br />`)', () => {
    const parsed = parse(
      [
        '<strong>KULTURUDVALGET</strong><br />',
        '',
        '<strong>Dagsorden</strong> <strong>med</strong> <strong>vedtagelser</strong><br />',
        '',
        'Mødested Rådhuset Mødelokale 2<br />',
        '',
        'Mødedato Tirsdag den 12. juni 2012<br />',
        '',
        'Mødetidspunkt Kl. 17.00<br />',
        '',
        'Indholdsfortegnelse<br />',
        '',
        'Punkt nr. Side<br />',
        '',
        '1 Meddelelser 3<br />',
        '',
        '2 Tilskud til byfesten 4<br />',
        '',
        '3 Bibliotekets åbningstider 6<br />',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Kulturudvalget');
    expect(parsed.meeting.date).toBe('2012-06-12');
    expect(parsed.meeting.location).toBe('Rådhuset Mødelokale 2');
    expect(parsed.items.map((item) => item.number)).toEqual([1, 2, 3]);
  });
});

describe('fourth real-minutes probe: items listed only in the contents', () => {
  it('reads a transcript\'s contents list under its first line, a date printed first, without an item from the date', () => {
    const parsed = parse(
      [
        '12. april 2016 Mødested',
        '',
        'ÅBEN DAGSORDEN',
        'SOCIALUDVALG',
        'Mødedato:',
        '12. april 2016',
        'Mødested:',
        'Rådhuset',
        'INDHOLDSFORTEGNELSE',
        'Sag nr.: Emne',
        '1.',
        'Budgetopfølgning 1. kvartal .......................................... 3',
        '2.',
        'Ny plan for hjemmeplejen ............................................. 5',
        '3.',
        'Tilsyn med botilbud .................................................. 8',
      ].join('\n'),
    );
    expect(parsed.meeting.date).toBe('2016-04-12');
    expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Budgetopfølgning 1. kvartal'],
      [2, 'Ny plan for hjemmeplejen'],
      [3, 'Tilsyn med botilbud'],
    ]);
  });

  it('reads the entries of an `Åbne dagsordenspunkter` list after the one item whose text the excerpt holds', () => {
    const parsed = parse(
      [
        'Referat',
        'til',
        'mødet i Byrådet',
        'den 7. maj 2019 kl. 17:00',
        'i Byrådssalen',
        '',
        'Pkt.',
        '',
        'Åbne dagsordenspunkter',
        '',
        '1 Godkendelse af regnskab for Nordby Havn',
        '2 Forslag til lokalplan nr. 210',
        '3 Nyt regulativ for vejbelysning',
        '',
        'Lukkede dagsordenspunkter',
        '',
        '4 Salg af areal',
        '',
        'Åbne dagsordenspunkter',
        '',
        '1. Godkendelse af regnskab for Nordby Havn',
        '',
        'Sagsfremstilling',
        '',
        'Havnens regnskab viser et overskud.',
      ].join('\n'),
    );
    expect(parsed.items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [1, 'Godkendelse af regnskab for Nordby Havn', false],
      [2, 'Forslag til lokalplan nr. 210', false],
      [3, 'Nyt regulativ for vejbelysning', false],
      [4, 'Salg af areal', true],
    ]);
  });

  it('reads a region\'s meeting page whose list stands under its fold-out control (`Luk alle punkter Referat`)', () => {
    const parsed = parse(
      [
        'Miljøudvalget - Referat - 3. maj 2018',
        '',
        'Mødedato',
        '03-05-2018 kl. 10:00 - 12:00',
        '',
        'Mødested',
        'Mødelokale 1',
        '',
        ' • Luk alle punkter Referat',
        '',
        '  1. Råstofplan 2020 - høring',
        '  2. Jordforurening ved Nordby',
        '  3. Meddelelser',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Miljøudvalget');
    expect(parsed.meeting.date).toBe('2018-05-03');
    expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Råstofplan 2020 - høring'],
      [2, 'Jordforurening ved Nordby'],
      [3, 'Meddelelser'],
    ]);
  });

  it('reads a numbered agenda list printed straight under the head, without a heading, as the meeting\'s items', () => {
    const parsed = parse(
      [
        'Åben dagsorden',
        'Kommunalbestyrelsen',
        'Den 9. marts 2016, kl. 19.00-21.30',
        ' ',
        '41.  Spørgsmål fra rådmand Ida Holm om cykelstier',
        '42.  Forslag til beslutning om gratis svømning for børn',
        'Fra Skoleudvalget',
        '43.  Kvalitetsrapport 2015',
        '44.  Ny skolestruktur i Nordbyen',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Kommunalbestyrelsen');
    expect(parsed.meeting.date).toBe('2016-03-09');
    expect(parsed.items.map((item) => item.number)).toEqual([41, 42, 43, 44]);
    expect(parsed.items[0]!.title).toBe('Spørgsmål fra rådmand Ida Holm om cykelstier');
    expect(parsed.items.every((item) => item.decision === undefined)).toBe(true);
  });

  it('reads no agenda from two numbered lines of an untitled text', () => {
    const parsed = parse(
      [
        'Referat',
        'Ældrerådet',
        'Den 2. maj 2017',
        '',
        'Rådet drøftede madordningen og besluttede:',
        '1. Formanden skriver til udvalget.',
        '2. Sagen tages op igen i juni.',
      ].join('\n'),
    );
    expect(parsed.items.filter((item) => item.number !== undefined)).toEqual([]);
  });
});
