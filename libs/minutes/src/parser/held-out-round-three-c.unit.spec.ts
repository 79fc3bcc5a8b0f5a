import { readCaseNumber } from './case-number.js';
import { parseMinutes } from './parse-minutes.js';

// Conventions the third held-out round of issue 12 (half C) showed the reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const items = (text: string) => parse(text).items.map((item) => [item.number ?? null, item.title, item.closed, item.caseNumber ?? null]);
const attendance = (text: string) => parse(text).participants.map((p) => [p.name, p.attendance, p.substituteFor ?? null]);

describe('conventions from the third held-out round (half C)', () => {
  it('reads PolWeb`s `Sag <nr>` label and a `Lukket` access line under `Dok.` and `Initialer:`', () => {
    const text = [
      'Prøveudvalget', 'Referat', 'Mødedato: Tirsdag den 4. marts 2025', '',
      '1.      Godkendelse af dagsorden', 'Sag 999-2025-101', 'Dok. 999-2025-5001', 'Initialer: ABC', 'Åbent', '',
      'Prøveudvalgets beslutning den 4. marts 2025:', 'Godkendt.', '',
      '2.      Køb af grund', 'Sag 999-2025-102', 'Dok. 999-2025-5002', 'Initialer: ABC', 'Lukket', '',
    ].join('\n');
    expect(items(text)).toEqual([[1, 'Godkendelse af dagsorden', false, '999-2025-101'], [2, 'Køb af grund', true, '999-2025-102']]);
  });

  it('reads a bare serial after `Sagsnr.` with the body and access after it (`Sagsnr. 123456 <udvalg> Lukket punkt`)', () => {
    expect(readCaseNumber('Sagsnr. 123456 Prøveudvalget Åbent punkt')?.value).toBe('123456');
    const text = [
      'Referat', 'Prøveudvalget 04-03-2025', 'Dato: 4. marts 2025', '',
      'Pkt. 10', 'Godkendelse af dagsorden', 'Sagsnr. 123456 Prøveudvalget Åbent punkt', 'Prøveudvalget, 04-03-2025, pkt. 10', 'Godkendt.', '',
      'Pkt. 11', 'Lukket punkt: Køb af grund', 'Sagsnr. 123457 Prøveudvalget Lukket punkt', '',
    ].join('\n');
    expect(items(text)).toEqual([[10, 'Godkendelse af dagsorden', false, '123456'], [11, 'Køb af grund', true, '123457']]);
  });

  it('takes `Sagsid.` for the case, not a KLE classification without serial under `J.nr.`; `Lukket sag:` marks a closed title', () => {
    // (Since the eighth round a bare classification alone after its label is read, flagged: the item's `Sagsid.` still wins.)
    expect(readCaseNumber('J.nr.: 00.30.10S00')).toMatchObject({ value: '00.30.10S00', classification: true });
    expect(readCaseNumber('J.nr.: 00.30.10S00-1-25')?.value).toBe('00.30.10S00-1-25');
    const text = [
      'Prøveudvalget', 'Referat', 'Dato: 4. marts 2025', '',
      '7. Regnskab', 'J.nr.: 00.30.10S00', 'Sagsid.: 25/1188', 'Åben sag', 'Beslutning:', 'Godkendt.', '',
      '8. Lukket sag: Køb af grund', 'J.nr.: 02.34.02P00', 'Sagsid.: 25/1200', 'Lukket sag', '',
    ].join('\n');
    expect(items(text)).toEqual([[7, 'Regnskab', false, '25/1188'], [8, 'Køb af grund', true, '25/1200']]);
  });

  it('knows the old heads` `Starttidspunkt for møde:`, `Sluttidspunkt for møde:` and `Udsendelsesdato:` labels', () => {
    const text = [
      'Prøveudvalget', 'Referat', 'Dato: Onsdag den 5. marts 2025', 'Starttidspunkt for møde: Kl. 19:00', 'Sluttidspunkt for møde: Kl. 21:00',
      'Mødested: Rådhuset', 'Udsendelsesdato: 7. marts 2025', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.',
    ].join('\n');
    const { meeting } = parse(text);
    expect([meeting.date, meeting.startTime, meeting.location]).toEqual(['2025-03-05', '19:00', 'Rådhuset']);
  });

  it('reads a substitute named in a sentence after the absence it covers', () => {
    const head = ['Prøveudvalget - Referat', 'Dato: 4. marts 2025', ''];
    const absenceItem = [...head, '1. Fraværende', 'Beslutning', 'Afbud fra Ida Lund (A). Stedfortræder Kim Holt (A) deltog.', '', '2. Godkendelse af dagsorden', 'Resume', 'Dagsordenen.', 'Beslutning', 'Godkendt.'];
    expect(attendance(absenceItem.join('\n'))).toEqual([['Ida Lund', 'apologies', null], ['Kim Holt', 'attended', 'Ida Lund']]);
    const dashed = [...head, '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', 'Fraværende: Bo Berg (V) - Eva Dahl (V) mødte som stedfortræder.', '',
      '2. Budget', 'Resume', 'Budgettet.', 'Beslutning', 'Drøftet.', 'Fraværende: Bo Berg (V) - Eva Dahl (V) mødte som stedfortræder. Ole Vang (C) deltog ikke i behandlingen af punktet.'];
    const parsed = parse(dashed.join('\n'));
    expect(parsed.participants.map((p) => [p.name, p.attendance, p.substituteFor ?? null])).toEqual([['Bo Berg', 'absent', null], ['Eva Dahl', 'attended', 'Bo Berg']]);
    expect(parsed.items[1]!.absences.map((p) => p.name)).toEqual(['Bo Berg', 'Ole Vang']);
    // An initial is no sentence end: `Saime B. Inanc` stays one name.
    const initial = [...head, '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', 'Afbud: Tove B. Lind (Ø)', '', '2. Budget', 'Resume', 'Budgettet.', 'Beslutning', 'Drøftet.', 'Afbud: Tove B. Lind (Ø)'];
    expect(attendance(initial.join('\n'))).toEqual([['Tove B. Lind', 'apologies', null]]);
  });

  it('reads the meeting`s attendance that København writes above the dated block of the first decision', () => {
    const text = [
      'Københavns Kommune', 'Prøveudvalget', 'Mødedato: 04.03.2025, kl. 15:00', 'Mødested: Rådhuset', '1. Godkendelse af dagsorden', 'Beslutning',
      'Dagsordenspunkt 1: Godkendelse af dagsorden', 'Fremmøde:', 'Afbud: Ida Lund (A)', 'Stedfortræder: Kim Holt (A) for Ida Lund (A)',
      '- Bo Berg (V) mødte kl. 15.20 under behandlingen af punkt 2.', 'Prøveudvalgets beslutning i mødet den 4. marts 2025:', 'Dagsordenen blev godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items[0]!.decision?.outcome).toBe('approved');
    expect(parsed.participants.map((p) => [p.name, p.attendance, p.substituteFor ?? null, p.partial ?? null])).toEqual([
      ['Kim Holt', 'attended', 'Ida Lund', null],
      ['Bo Berg', 'attended', null, 'mødte kl. 15.20 under behandlingen af punkt 2.'],
      ['Ida Lund', 'apologies', null, null],
    ]);
  });

  it('opens the next item at a closed heading with nothing under it (`8. Lukket punkt: Titel`)', () => {
    const text = [
      'Prøveudvalget - Referat', 'Dato: 4. marts 2025', '', '7. Orientering', 'Resume', 'Status.', 'Beslutning', 'Taget til efterretning.', 'Til toppen', '',
      '8. Lukket punkt: Salg af klubhus', 'Til toppen',
    ].join('\n');
    expect(items(text)).toEqual([[7, 'Orientering', false, null], [8, 'Salg af klubhus', true, null]]);
  });

  it('does not add a closed contents entry again when its item stands in the body under another number', () => {
    const text = [
      'Prøveudvalget', 'Referat', 'Dato: 4. marts 2025', '', 'Indholdsfortegnelse', '1. Godkendelse af dagsorden', 'Lukket referat', '2. Køb af grund', '',
      '1. Godkendelse af dagsorden', 'Sagsnr.: 2025-101', 'Beslutning', 'Godkendt.', '', '12. Godkendelse af dagsorden', 'Sagsnr.: 2025-111', 'Beslutning', 'Godkendt.', '',
      'Lukket referat', '', '13. Køb af grund', 'Sagsnr.: 2025-102',
    ].join('\n');
    expect(items(text).map(([number, title]) => [number, title])).toEqual([[1, 'Godkendelse af dagsorden'], [12, 'Godkendelse af dagsorden'], [13, 'Køb af grund']]);
  });
});
