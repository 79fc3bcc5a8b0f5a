import { parseMinutes } from './parse-minutes.js';
import { withoutLynxReferences } from './prepass/lynx-references.js';

// Conventions the eighteenth held-out round of issue 12 (half A: Jylland, Fyn and Nordjylland; `lynx -dump` of a
// referat page, `pdftotext -raw` of a protocol with a label margin, and the families' documents) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const treatments = (text: string) =>
  parse(text).items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers]));
const attendance = (text: string) => parse(text).participants.map(({ name, attendance: status, substituteFor }) => [name, status, substituteFor ?? null]);

describe('conventions from the eighteenth held-out round (half A)', () => {
  // `lynx -dump`: link numbers glued to the link's text (and to the word before it), the addresses listed at the end.
  const dumped = [
    '   [1]Gå til indhold',
    '',
    'Prøveudvalget - Referat',
    '',
    '   Mødedato     3. marts 2020',
    '',
    '1. Ny legeplads i Østby',
    '',
    '   Sagsnr.: 20/1234',
    '',
    '  Tidligere behandling',
    '',
    '     * [2]Prøveudvalget, 4. februar 2020, punkt 7',
    '',
    '  Beslutning',
    '',
    '   Godkendt, jf. bilag[3]Tegning af legepladsen.',
    '',
    'References',
    '',
    '   1. https://www.proeveby.dk/#main',
    '   2. https://www.proeveby.dk/referat/2020-02-04#punkt-7',
    '   3. https://www.proeveby.dk/media/tegning.pdf',
  ].join('\n');

  it('drops a lynx dump link numbering (a space kept between two words) and blanks its list of addresses, line for line', () => {
    const written = withoutLynxReferences(dumped);
    expect(written.split('\n')).toHaveLength(dumped.split('\n').length);
    expect(written).not.toMatch(/\[\d+\]|https:/u);
    expect(written).toContain('     * Prøveudvalget, 4. februar 2020, punkt 7');
    expect(written).toContain('   Godkendt, jf. bilag Tegning af legepladsen.');
  });

  it('keeps the text after a lynx list of addresses (a head moved under it), its link numbers dropped', () => {
    const written = withoutLynxReferences(`${dumped}\n\nMødested: [4]Rådhuset\nMødedato: 3. marts 2020`).split('\n');
    expect(written.slice(-4)).toEqual(['', '', 'Mødested: Rådhuset', 'Mødedato: 3. marts 2020']);
  });

  it('keeps bracketed numbers in a text without a lynx list of addresses', () => {
    const text = 'Prøveudvalget\nDato: 3. marts 2020\n\n1. Tilskud [2] til foreninger\nBeslutning:\nGodkendt.\n\nReferences are kept.';
    expect(withoutLynxReferences(text)).toBe(text);
  });

  it('reads the earlier treatments of a lynx dump with their bodies whole', () => {
    expect(treatments(dumped)).toEqual([[['Prøveudvalget', '2020-02-04', [7]]]]);
  });

  it('reads a vote on a refusal, `For afslag stemte: <navne>`', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ansøgning om ny stald', 'Beslutning:', 'Ansøgningen blev afslået.', 'For afslag stemte: Ib Holm og Eva Dal.', 'Imod stemte: Kaj Lind.'].join('\n');
    expect(parse(text).items[0]!.decision!.votes!.map((vote) => [vote.position, vote.who])).toEqual([
      ['for', 'Ib Holm og Eva Dal.'],
      ['against', 'Kaj Lind.'],
    ]);
  });

  it('reads a choice among the alternatives a case laid out as approved', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Skolestruktur', 'Beslutning', 'Udvalget valgte scenarie 3 til høring.', '', '2. Ny trafikplan', 'Beslutning', 'Rådet pegede på model B.'].join('\n');
    expect(parse(text).items.map((item) => item.decision?.outcome)).toEqual(['approved', 'approved']);
  });

  // `pdftotext -raw` of a Word protocol laid out with a label margin: the head's labels and each table's label column
  // come out as one run before their values; the running footer keeps one space before its counter.
  const raw = [
    'PRØVEBY KOMMUNE',
    'Miljøudvalget',
    'REFERAT',
    'tirsdag den 6. oktober 2020 kl. 17.00',
    'Mødedeltagere:',
    'Afbud:',
    'Suppleant:',
    'Ida Berg (formand), Kim Sand, Lars Møller, Jonna Lund Hansen, Peter Skov',
    'Madsen, Ulla Dyhr',
    'Tove Krag',
    'Ulla Dyhr for Tove Krag',
    'Indholdsfortegnelse',
    'Pkt. 41 Renovering af havnebadet ............................................................................................ 2',
    'Pkt. 42 Meddelelser ........................................................................................................... 2',
    'Miljøudvalget 06.10.2020 Side 1',
    'Pkt. 41 Renovering af havnebadet',
    'Sagsnr.:',
    'Sagsfremstilling:',
    'Indstilling:',
    'Beslutning:',
    '20/3310',
    'Havnebadets træbroer er rådne og skal udskiftes inden næste badesæson, og der er ind-',
    'hentet to tilbud.',
    'Forvaltningen indstiller, at det billigste tilbud fra Prøveby Tømrer og Snedker ApS antages.',
    'Godkendt.',
    'Pkt. 42 Meddelelser',
    'Beslutning: Til efterretning.',
    'Miljøudvalget 06.10.2020 Side 2',
  ].join('\n');

  it('gives a label column run its cells though a contents list and a wrapped name line follow the head', () => {
    expect(attendance(raw)).toEqual([
      ['Ida Berg', 'attended', null],
      ['Kim Sand', 'attended', null],
      ['Lars Møller', 'attended', null],
      ['Jonna Lund Hansen', 'attended', null],
      ['Peter Skov Madsen', 'attended', null],
      ['Ulla Dyhr', 'attended', 'Tove Krag'],
      ['Tove Krag', 'apologies', null],
    ]);
    const items = parse(raw).items;
    // (The hyphenated word joined onto its first line leaves `to tilbud.` under a line shorter than the column: the
    // sentence goes on in it, as its lower case says.)
    expect(items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.decision?.text])).toEqual([
      [41, 'Renovering af havnebadet', '20/3310', 'Godkendt.'],
      [42, 'Meddelelser', null, 'Til efterretning.'],
    ]);
  });
});
