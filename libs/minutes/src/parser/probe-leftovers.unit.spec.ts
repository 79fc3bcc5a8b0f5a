import { parseMinutes } from './parse-minutes.js';

// Leftovers of the real-minutes probes (eighteenth session): heads the reader missed in real minutes, each convention
// written again with invented text.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('a typewritten protocol`s title cut after its kind word', () => {
  const rest = 'af ordinært møde i Havnby Byråd tirsdag den 12. marts 1996 kl. 19.00 på rådhuset.';
  const items = ['', 'Pkt. 1. Godkendelse af dagsorden.', 'Godkendt.', '', 'Pkt. 2. Salg af byggegrunde.', 'Byrådet godkendte salget.'];

  it.each([
    ['letter-spaced', 'R E F E R A T'],
    ['in capitals', 'REFERAT'],
  ])('reads the body and date of `<kind>` / `af ordinært møde i <organ> ... den <dato>`, the kind word %s', (_how, kind) => {
    const parsed = parse(['HAVNBY KOMMUNE', '', kind, '', rest, ...items].join('\n'));
    expect([parsed.meeting.body, parsed.meeting.date, parsed.meeting.startTime]).toEqual(['Havnby Byråd', '1996-03-12', '19:00']);
  });

  it('keeps the body a head names where the line under its kind word is a sentence about the meeting', () => {
    const parsed = parse(['Teknisk Udvalg', 'Dato: 3. maj 2011', '', 'Referat', 'fra mødet, som blev holdt i Vejhuset.', '', '1. Vejplan', 'Beslutning', 'Godkendt.'].join('\n'));
    expect([parsed.meeting.body, parsed.meeting.date, parsed.items.map((item) => item.title)]).toEqual(['Teknisk Udvalg', '2011-05-03', ['Vejplan']]);
  });
});

describe('a PDF`s title over its department, run into one transcript line', () => {
  // (A docplayer transcript: the PDF's title, its pages one numbered line each; Hjørring's printed the meeting's date
  // nowhere, but the body before its department's name.)
  const transcript = (title: string) =>
    [title, '', 'Størrelse: px', 'Starte visningen fra side:', '', `Download "${title}"`, '', 'Transkript', '',
      `1 ${title} Fjordby Kommune Side 1. Mødedato: Mødet påbegyndt: kl. 08:00 Mødet afsluttet: kl. 10:00 Mødested: Rådhuset Følgende sager behandles: Pkt. Tekst 1 Godkendelse af dagsorden 2 2 Budget 2014 3 Side`,
      '', '2 Side K Godkendelse af dagsorden Beslutning Udvalget godkendte dagsordenen.'].join('\n');

  it.each([
    ['Referat - Åben dagsorden Kulturudvalget Borgmesterkontoret', 'Kulturudvalget'],
    ['Åben referat Social-, Sundheds- og Ældreudvalget SSÆ-sekretariatet', 'Social-, Sundheds- og Ældreudvalget'],
  ])('reads the body before the department: %s', (title, body) => {
    expect(parse(transcript(title)).meeting.body).toBe(body);
  });
});
