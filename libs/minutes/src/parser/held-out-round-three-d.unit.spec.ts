import { readCaseNumber } from './case-number.js';
import { readDecisionBlockHeading } from './decision-blocks.js';
import { readOutcome } from './decision-outcome.js';
import { earlierTreatmentsInProse } from './earlier-prose.parser.js';
import { parseMinutes } from './parse-minutes.js';

// Conventions the third held-out round of issue 12 (half D) showed the reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const items = (text: string) => parse(text).items.map((item) => [item.number ?? null, item.title, item.closed]);
const people = (text: string) => parse(text).participants.map((person) => [person.name, person.attendance]);

describe('conventions from the third held-out round (half D)', () => {
  it('drops a fold-out link glued to each heading (`TitelKlik her for at folde ud ...`) and an unbracketed election period after the committee', () => {
    const text = [
      'Udvalg: Prøveudvalget 2022-2025', 'Mødedato: 3. marts 2025 15:00', 'Mødested: Lokale 2', 'Dagsordenpunkter',
      '1. Salg af grundKlik her for at folde ud og læse mere om Salg af grund', 'Sagsnr.: 25/1001', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(parse(text).meeting.body).toBe('Prøveudvalget');
    expect(items(text)).toEqual([[1, 'Salg af grund', false]]);
  });

  it('reads the short verdict that ends a decision`s first line after a sentence it does not know', () => {
    const outcome = (line: string) => {
      const text = ['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Salg af grund', 'Beslutning', line].join('\n');
      return parse(text).items[0]!.decision;
    };
    expect(outcome('Udvalget ønskede et nyt notat. Sagen blev udsat.')).toMatchObject({ postponed: true });
    expect(outcome('Indstillingen blev fulgt. Ansøgningen er afslået.')).toMatchObject({ outcome: 'rejected' });
    // A long second sentence is no verdict: the decision stays unread.
    expect(outcome('Udvalget holdt en temadrøftelse. Der var enighed om at arbejde videre med forslagets idéer.')).toMatchObject({ outcome: 'other' });
  });

  it('reads `nedstemt` and `er dermed forkastet` as rejections', () => {
    expect(readOutcome('Forslaget blev nedstemt.').outcome).toBe('rejected');
    expect(readOutcome('Forslaget er dermed forkastet.').outcome).toBe('rejected');
    expect(readOutcome('Sagen er dermed godkendt.').outcome).toBe('approved');
  });

  it('reads `X beslutter.` under `Hvem beslutter` as the deciding body, and sends an unaddressed recommendation there', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Lokalplan for havnen', 'Hvem beslutter', 'Kommunalbestyrelsen beslutter.',
      'Beslutning', 'Anbefalet.', '', '2. Asfaltprogram', 'Hvem beslutter', 'Prøveudvalget beslutter.', 'Beslutning', 'Godkendt.',
    ].join('\n');
    const [first, second] = parse(text).items;
    expect(first!.decidingBody).toBe('Kommunalbestyrelsen');
    expect(first!.decision).toMatchObject({ outcome: 'recommended', recommendedTo: 'Kommunalbestyrelsen' });
    expect(second!.decidingBody).toBe('Prøveudvalget');
  });

  it('reads `For stemmer: A, V og Ø (5)` with the count after the parties, and counted members` reservation', () => {
    const decision = (lines: string[]) => parse(['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Asfaltprogram', 'Beslutning', ...lines].join('\n')).items[0]!.decision!;
    expect(decision(['Godkendt.', 'For stemmer: A, V og Ø (5)', 'Imod stemmer: O (1)']).votes!.map((vote) => [vote.position, vote.who])).toEqual([['for', 'A, V og Ø'], ['against', 'O']]);
    expect(decision(['Anbefales.', '2 medlemmer (O+Ø) tager forbehold frem til behandlingen i Byrådet.']).reservations!.map((reservation) => reservation.who)).toEqual([['O', 'Ø']]);
  });

  it('goes on with a head`s place that ends in a comma on the next line', () => {
    const labelled = ['UDVALG', '', 'Prøveudvalget', '', 'STED', '', 'Mødelokale 4,', 'Rådhuset', '', 'STARTTIDSPUNKT', '', '03-03-2025 15:00:00', '', '1. Salg af grund', 'Beslutning', 'Godkendt.'];
    expect(parse(labelled.join('\n')).meeting.location).toBe('Mødelokale 4, Rådhuset');
    const oneLine = ['Referat til mødet i Prøveudvalget den 3. marts 2025 kl. 15:00 i Mødelokale 4,', 'Rådhuset i Byen', '', 'Åbne dagsordenspunkter', '', '1. Salg af grund', 'Beslutning', 'Godkendt.'];
    expect(parse(oneLine.join('\n')).meeting.location).toBe('Mødelokale 4, Rådhuset i Byen');
  });

  it('starts a Rødovre title wrapped after a comma in a text without blank lines, and reads `- Lukket sag` after it', () => {
    const text = [
      'Prøveudvalget', '03-03-2025', 'Godkendelse af dagsorden', 'Sag nr. 7', 'Beslutning', 'Godkendt.',
      'Fordeling af puljen 2025,', 'anden runde', 'Sag nr. 8', 'Beslutning', 'Godkendt.', 'Køb af grund - Lukket sag', 'Sag nr. 9',
    ].join('\n');
    expect(items(text)).toEqual([[7, 'Godkendelse af dagsorden', false], [8, 'Fordeling af puljen 2025, anden runde', false], [9, 'Køb af grund', true]]);
  });

  it('opens and closes the closed part at the group headings `Åbne` and `Lukkede` alone', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', 'Åbne', '', '1. Salg af grund', '27.18.00A00 - 2025/00412', '', 'Beslutning', 'Godkendt.', '',
      'Lukkede', '', '2. Personalesag', '27.36.00G01 - 2025/00611',
    ].join('\n');
    expect(items(text)).toEqual([[1, 'Salg af grund', false], [2, 'Personalesag', true]]);
  });

  it('takes no publication date (`Publiceret DD-MM-YYYY`) for the meeting`s', () => {
    const text = ['Prøveudvalget', '', 'Publiceret 04-03-2025', '', 'Mandag den 03-03-2025 kl. 16:00', '', '1. Salg af grund', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).meeting).toMatchObject({ date: '2025-03-03', startTime: '16:00' });
  });

  it('reads the SBSYS serial after a KLE classification without a label (`00.30.10Ø09 - 2024/21442`)', () => {
    expect(readCaseNumber('00.30.10Ø09 - 2024/21442')).toMatchObject({ value: '2024/21442', scheme: 'sbsys' });
    expect(readCaseNumber('00.30.10-Ø09-3-24')).toMatchObject({ value: '00.30.10-Ø09-3-24', scheme: 'kle' });
  });

  it('reads an earlier block `<organ>, DD-MM-YYYY, sag nr. N`', () => {
    expect(readDecisionBlockHeading('Prøveudvalget, 02-12-2024, sag nr. 98')).toEqual({ body: 'Prøveudvalget', date: '2024-12-02', itemNumbers: [98] });
  });

  it('reads an earlier treatment in prose at `<Udvalg>s møde den <dato> punkt N`, with the outcome after `hvor`', () => {
    const treatments = earlierTreatmentsInProse('Sagen var på Prøveudvalgets møde den 1. april 2025 punkt 30, hvor den blev udsat.', 5, { date: '2025-05-06', body: 'Andetudvalget' });
    expect(treatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ?? false])).toEqual([['Prøveudvalget', '2025-04-01', [30], true]]);
    const own = earlierTreatmentsInProse('Forslaget blev behandlet på udvalgets møde den 4. februar 2025 punkt 12.', 5, { date: '2025-05-06', body: 'Prøveudvalget' });
    expect(own.map((treatment) => [treatment.body, treatment.itemNumbers])).toEqual([['Prøveudvalget', [12]]]);
  });

  it('reads `A erklærede sig inhabil og deltog ikke i behandlingen af punktet` as that item`s absence', () => {
    const text = ['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Salg af grund', 'Beslutning', 'Godkendt.', 'Anders Holm (V) erklærede sig inhabil og deltog ikke i behandlingen af punktet.'].join('\n');
    expect(parse(text).items[0]!.absences.map((absence) => absence.name)).toEqual(['Anders Holm']);
  });

  it('reads a bare `Fraværende:` after a decision with the names on the next line, and not a sentence under an empty one', () => {
    const withName = ['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Salg af grund', 'Beslutning', 'Godkendt.', 'Fraværende:', 'Mikael Juul (V)'].join('\n');
    expect(parse(withName).items[0]!.absences.map((absence) => [absence.name, absence.attendance])).toEqual([['Mikael Juul', 'absent']]);
    const empty = ['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Salg af grund', 'Beslutning i Prøveudvalget den 3. marts 2025:', 'Fraværende:', 'Sagen udsættes til næste møde.'].join('\n');
    const item = parse(empty).items[0]!;
    expect(item.absences).toEqual([]);
    expect(item.decision).toMatchObject({ postponed: true });
  });

  it('reads `Administrationen indstiller` over the Indstilling`s table as its label', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Spildevandsplan', 'Administrationen indstiller',
      'at | planen anbefales vedtaget over for Økonomiudvalget og Byrådet |', 'Beslutning', 'Anbefales.',
    ].join('\n');
    expect(parse(text).items[0]!.decision).toMatchObject({ outcome: 'recommended', recommendedTo: 'Økonomiudvalget' });
  });

  it('reads a numbered line whose title holds a closed marker as a closed item, its title in lower case allowed', () => {
    const text = [
      'Referat', 'Prøveudvalget', '03-03-2025 kl. 15:00', '', 'Til indholdsfortegnelse', '', ' Åbent  punkt', '', ' 1  Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.', '',
      'Til indholdsfortegnelse', '', ' Lukket  punkt', '', ' 101  Lukket punkt: køb af areal',
    ].join('\n');
    expect(items(text)).toEqual([[1, 'Godkendelse af dagsorden', false], [101, 'køb af areal', true]]);
  });

  it('ends a head`s member list at `Godkendelse af dagsorden:` and `Meddelelser:` (their values are no members)', () => {
    const text = [
      'Prøveudvalget', '', 'Mandag den 03-03-2025 kl. 16:00', '', 'Medlemmer:', '', 'Ida Lund', 'Bo Berg', '', 'Godkendelse af dagsorden:', 'Godkendt', '',
      'Fraværende:', 'Bo Berg', '', 'Meddelelser:', 'Formanden orienterede om et besøg.', '', '1. Salg af grund', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(people(text)).toEqual([['Ida Lund', 'attended'], ['Bo Berg', 'absent']]);
  });

  it('reads the open items beside many closed ones in a weak numbering (a closed marker makes its own heading strong, not the document`s)', () => {
    const meeting = (copies: number) => {
      const lines = ['Beslutningsprotokol', 'Prøveudvalget', 'Tirsdag den 4. marts 2025', 'Kl. 15:00', ''];
      for (let copy = 0; copy < copies; copy++) {
        const at = copy * 3;
        lines.push(`${at + 1}. Salg af grund nr. ${at + 1}`, 'Beslutning i Prøveudvalget den 04-03-2025', 'Godkendt.', '');
        lines.push(`${at + 2}. Orientering om vejarbejde nr. ${at + 2}`, 'Beslutning i Prøveudvalget den 04-03-2025', 'Taget til efterretning.', '');
        lines.push(`${at + 3}. Lukket punkt: Erstatningssag nr. ${at + 3}`, '');
      }
      return parse(lines.join('\n')).items.map((item) => [item.number, item.closed]);
    };
    expect(meeting(1)).toEqual([[1, false], [2, false], [3, true]]);
    expect(meeting(3)).toEqual([[1, false], [2, false], [3, true], [4, false], [5, false], [6, true], [7, false], [8, false], [9, true]]);
  });

  it('reads an absence sentence wrapped before its end as one (`... - B (C) mødte som` / `stedfortræder.`)', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Salg af grund', 'Beslutning', 'Godkendt.', 'For stemte: A, V og Ø', 'Imod stemte: C',
      'Fraværende: Henrik Juul (C) - Lisbeth Aagaard (C) mødte som', 'stedfortræder.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.participants.map((person) => [person.name, person.attendance, person.substituteFor ?? null])).toEqual([
      ['Henrik Juul', 'absent', null],
      ['Lisbeth Aagaard', 'attended', 'Henrik Juul'],
    ]);
    expect(parsed.items[0]!.decision!.votes!.map((vote) => [vote.position, vote.who])).toEqual([['for', 'A, V og Ø'], ['against', 'C']]);
  });

  it('reads a reservation wrapped before its last word (`... (F) tog` / `forbehold.`)', () => {
    const text = ['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Budget 2026', 'Beslutning', 'Anbefales til Byrådets godkendelse. Ida Lund (Ø) og Bo Berg (F) tog', 'forbehold.'].join('\n');
    expect(parse(text).items[0]!.decision!.reservations!.map((reservation) => reservation.who)).toEqual([['Ida Lund', 'Bo Berg']]);
  });
});
