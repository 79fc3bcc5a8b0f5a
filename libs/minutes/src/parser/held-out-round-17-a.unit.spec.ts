import { parseMinutes } from './parse-minutes.js';
import { withoutLetterSpacing } from './prepass/letter-spacing.js';
import { columnedContentsTitles } from './contents-columns.js';
import { splitSourceLines, traitsOf } from './source-line.js';

// Conventions the seventeenth held-out round of issue 12 (half A: Jylland, Fyn and Nordjylland; `pdftotext` of a
// protocol with letter-spaced headings, `unrtf --text` of a Word RTF referat, and the families' documents) showed the
// reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const treatments = (text: string) =>
  parse(text).items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ? 'postponed' : (treatment.outcome ?? null)]));

describe('conventions from the seventeenth held-out round (half A)', () => {
  it('closes up letter-spaced lines (a space between letters, wider gaps between words) and leaves other lines alone', () => {
    const text = ['   P R Ø V E   K O M M U N E', 'R E F E R A T', 'B e s l u t n i n g :', 'For stemte: A B C', 'A   B   C   D', 'Ole Bo, V og A'].join('\n');
    // (One word in capitals alone on its line stays as printed: the head reads a letter-spaced kind word, and a
    // protocol's repeated page heading stays furniture: `letter-spacing.ts`.)
    expect(withoutLetterSpacing(text).split('\n')).toEqual(['   PRØVE KOMMUNE', 'R E F E R A T', 'Beslutning:', 'For stemte: A B C', 'A   B   C   D', 'Ole Bo, V og A']);
  });

  it('closes up a letter-spaced line whose gaps a tab or a no-break space took, keeping its carriage return', () => {
    expect(withoutLetterSpacing('H\u00a0A L S   K O M M U N E   \r\nB e s l u\tt n i n g :\r\n')).toBe('HALS KOMMUNE   \r\nBeslutning:\r\n');
  });

  it('reads the head and the decisions of a protocol whose headings are letter-spaced', () => {
    const text = [
      '                 P R Ø V E B Y   K O M M U N E',
      '',
      '            K U L T U R -   O G   F R I T I D S U D V A L G E T',
      '',
      '                          R E F E R A T',
      '',
      'Mødedato:        Onsdag den 3. marts 2004',
      'Mødetid:         Kl. 19.00',
      '',
      'Pkt. 12.   Tilskud til spejderhytte',
      '',
      'S a g s f r e m s t i l l i n g :',
      'Spejderne søger om 40.000 kr.',
      '',
      'B e s l u t n i n g :',
      'Ansøgningen imødekommes ikke.',
      '',
      'Pkt. 13.   Meddelelser',
      '',
      'B e s l u t n i n g :',
      'Til efterretning.',
    ].join('\n');
    const minutes = parse(text);
    expect([minutes.meeting.date, minutes.meeting.startTime, minutes.meeting.body?.toLowerCase()]).toEqual(['2004-03-03', '19:00', 'kultur- og fritidsudvalget']);
    expect(minutes.items.map((item) => [item.number, item.decision?.text, item.decision?.outcome])).toEqual([
      [12, 'Ansøgningen imødekommes ikke.', 'rejected'],
      [13, 'Til efterretning.', 'noted'],
    ]);
  });

  it('reads a vote on a postponement, `For udsættelse stemte: <navne>`', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ny legeplads', 'Beslutning:', 'Sagen udsættes.', 'For udsættelse stemte: Ib Holm og Eva Dal.', 'Imod stemte: Kaj Lind.'].join('\n');
    expect(parse(text).items[0]!.decision!.votes!.map((vote) => [vote.position, vote.who])).toEqual([
      ['for', 'Ib Holm og Eva Dal.'],
      ['against', 'Kaj Lind.'],
    ]);
  });

  it('reads `Tidligere behandlet: <organ> den <dato>, pkt. N.` on one line under the heading without its label in the body', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', 'Pkt. 14.   Ny legeplads', 'J.nr.: 04.04.00P20', 'Tidligere behandlet: Prøveudvalget den 9. februar 2021, pkt. 6.', '', 'Beslutning:', 'Godkendt.'].join('\n');
    expect(treatments(text)).toEqual([[['Prøveudvalget', '2021-02-09', [6], null]]]);
  });

  // `unrtf --text` of a Word RTF referat: the converter's report above the text, a head sentence, `Sag nr. NNN.` items.
  const converted = [
    '###  Translation from RTF performed by UnRTF, version 0.19.3 ',
    '### creation date: 2 March 2004 21:40',
    '### author: abc',
    '### company: Prøveby Kommune',
    '-----------------',
    'PRØVEBY KOMMUNE',
    'Økonomiudvalget',
    'REFERAT',
    'af møde mandag den 1. marts 2004 kl. 16.30 i mødelokale 4, Prøveby Rådhus',
    'Til stede:\tAnne Berg (formand), Bo Dahl, Carl Eske',
    'Åben dagsorden:',
    'Sag nr. 31.\tVejbelysning i Nørreby',
    'Økonomiudvalgets beslutning:',
    'Forslaget blev sat under afstemning. For stemte 2 (A og V), imod stemte 1 (F). Indstillingen blev herefter godkendt.',
    'Sag nr. 32.\tTilskud til byfest',
    'Økonomiudvalgets beslutning:',
    'Der bevilges 5.000 kr. af udvalgets rådighedsbeløb.',
    'Lukket dagsorden:',
    'Sag nr. 33.\tKøb af jord',
  ].join('\n');

  it("blanks a converter's report above the text: its file dates are no meeting's; the head sentence after `Referat` names date, time and place", () => {
    const { meeting } = parse(converted);
    expect([meeting.date, meeting.startTime, meeting.location]).toEqual(['2004-03-01', '16:30', 'mødelokale 4, Prøveby Rådhus']);
  });

  it('reads `Sag nr. NNN.<TAB><titel>` headings, closing those after `Lukket dagsorden:`', () => {
    expect(parse(converted).items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [31, 'Vejbelysning i Nørreby', false],
      [32, 'Tilskud til byfest', false],
      [33, 'Køb af jord', true],
    ]);
  });

  it("reads both sides of a vote in one sentence (`For stemte 2 (A og V), imod stemte 1 (F).`) and a grant in the passive (`Der bevilges ...`)", () => {
    const [vote, grant] = parse(converted).items;
    expect(vote!.decision!.votes!.map((each) => [each.position, each.who])).toEqual([
      ['for', 'A og V'],
      ['against', 'F'],
    ]);
    expect(grant!.decision!.outcome).toBe('approved');
  });

  it('reads the parties of a majority named in words (`Et flertal bestående af A og V godkendte indstillingen.`)', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Skoledistrikter', 'Beslutning:', 'Godkendt.', 'Et flertal bestående af A og V godkendte indstillingen. Ø stemte imod.'].join('\n');
    expect(parse(text).items[0]!.decision!.votes!.map((vote) => [vote.position, vote.who])).toEqual([
      ['for', 'A, V'],
      ['against', 'Ø'],
    ]);
  });

  it("pairs an Acadre contents list's titles wrapped after `og` or a comma with its column of numbers", () => {
    const text = ['Punkt nr.', 'Side', '11.', '12.', '13.', '14.', 'Stier i Nørreby og', 'Sønderby', 'Køb af areal ved søen,', 'Vestby', 'Vejnavne', 'Underskriftsside', '3', '4', '5', '5'].join('\n');
    expect(columnedContentsTitles(splitSourceLines(text, traitsOf(text, true)))).toEqual(['Stier i Nørreby og Sønderby', 'Køb af areal ved søen, Vestby', 'Vejnavne', 'Underskriftsside']);
  });

  it('reads `<organ> kan anbefale <noun>` as a recommendation, `besluttede ikke at meddele tilladelse` as a refusal', () => {
    const outcomes = (decision: string) => parse(['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ny plan', 'Beslutning:', decision].join('\n')).items[0]!.decision!.outcome;
    expect(outcomes('Udvalget kan anbefale planen og foreslår en kortere høring.')).toBe('recommended');
    expect(outcomes('Udvalget besluttede ikke at meddele dispensation.')).toBe('rejected');
  });

  it('reads `<navn> kunne ikke medvirke til beslutningen.` as a reservation and `Sagen sendes til udtalelse i <organ>` as routing', () => {
    const text = [
      'Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ny plan',
      'Beslutning i Økonomiudvalget den 12-04-2021', 'Sagen sendes til udtalelse i Prøveudvalget.', '',
      'Beslutning i Prøveudvalget den 04-05-2021', 'Godkendt.', 'Eva Dal (C) kunne ikke medvirke til beslutningen.',
    ].join('\n');
    const [item] = parse(text).items;
    expect(item!.decision!.reservations!.map((reservation) => reservation.who)).toEqual([['Eva Dal']]);
    expect(treatments(text)).toEqual([[['Økonomiudvalget', '2021-04-12', [], 'other']]]);
  });

  it('reads a decision per `at` bullet counted in words (`Første at godkendt.` / `Andet at anbefales over for ...`)', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 16-05-2023', '', '2.Ny struktur for dagplejen (B)', 'Sagsnummer: 22/31877',
      'Beslutning Prøveudvalget den 16-05-2023', 'Første at godkendt.', 'Andet at anbefales over for Økonomiudvalget og Byrådet.',
    ].join('\n');
    const { decision } = parse(text).items[0]!;
    expect([decision!.outcome, decision!.pointOutcomes.map((point) => [point.point, point.outcome])]).toEqual([
      'recommended',
      [
        [1, 'approved'],
        [2, 'recommended'],
      ],
    ]);
  });

  it("reads a substitute whose line wraps after `- Deltog som stedfortræder for` before the member's name", () => {
    const text = [
      'Prøveudvalget', '', 'Tirsdag den 4. februar 2020 - kl. 15:30', '', 'Deltagere', '',
      'Karin Rask (V) - Deltog', 'Erik Lund (V)', 'Deltog ikke', 'Jonas Friis (V) - Deltog som stedfortræder for', 'Erik Lund (V)', 'Bodil Winther (A) - Deltog',
      '', 'Afbud/Fraværende', '', 'Erik Lund (V) - Afbud', '', 'Punkt 1 Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt',
    ].join('\n');
    expect(parse(text).participants.map(({ name, attendance, substituteFor }) => [name, attendance, substituteFor ?? null])).toEqual([
      ['Karin Rask', 'attended', null],
      ['Erik Lund', 'apologies', null],
      // (The member stood in for is named without the party, as the member list names them: twenty-second session.)
      ['Jonas Friis', 'attended', 'Erik Lund'],
      ['Bodil Winther', 'attended', null],
    ]);
  });

  it("reads who came late from an `Information:` note's second line when the head lists nobody present", () => {
    const text = [
      'Prøveudvalget - Rådhuset', 'Referat 19. november 2024 kl. 15.00', 'Udvalg:', 'Prøveudvalget', 'Mødedato:', 'tirsdag 19. november 2024 kl. 15.00',
      'Information:', 'Mødet sluttede kl. 17.55.', 'Ida Holm deltog fra kl. 15.40 og var ikke til stede under punkt 1.', 'Mødedeltagere:',
      'Punkt', 'Titel', '1', 'Godkendelse af dagsorden', 'EMN-2024-003310', 'Beslutninger', 'Godkendt.', '2', 'Budget', 'EMN-2024-003311', 'Beslutninger', 'Godkendt.',
    ].join('\n');
    expect(parse(text).participants.map(({ name, partial }) => [name, partial ?? null])).toEqual([['Ida Holm', 'deltog fra kl. 15.40 og var ikke til stede under punkt 1']]);
  });
});
