import { parseMinutes } from './parse-minutes.js';

// Facts the sixteenth held-out round's formats lost under page furniture and re-wrapping (twentieth session, the round
// drawn by the perturbation properties): a text browser's box-drawn tables printed over a page's end, the end falling
// between two rows, inside a row's wrapped cell, or inside a row the extraction broke before its closing bar.
// Invented texts.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('a box-drawn table printed over a page`s end', () => {
  const head = [
    'Teknik- og Miljøudvalget - Referat',
    '',
    '┌────────────┬──────────────────────────────┐',
    '│Mødedato:   │9. marts 2016                 │',
    '├────────────┼──────────────────────────────┤',
    '│Mødested:   │Mødelokale B, Rådhuset        │',
    '├────────────┼──────────────────────────────┤',
    '│Deltagere:  │Asta Holm, Bent Krog, Cilla   │',
    '│            │Mørk                          │',
    '├────────────┼──────────────────────────────┤',
    '│Afbud:      │Dan Rye                       │',
    '└────────────┴──────────────────────────────┘',
    '',
  ];
  const item = [
    '1. Renovering af Bytorvet',
    '',
    '┌────────────┬──────────────────────────────┐',
    '│Sagsnr.:    │16/3310                       │',
    '├────────────┼──────────────────────────────┤',
    '│Tidligere   │Teknik- og Miljøudvalget 3.   │',
    '│behandling: │februar 2016, pkt. 2: Udsat.  │',
    '├────────────┼──────────────────────────────┤',
    '│Beslutning: │Godkendt. For stemte: Asta    │',
    '│            │Holm og Bent Krog             │',
    '│            │Imod stemte: Cilla Mørk       │',
    '└────────────┴──────────────────────────────┘',
    '',
    '2. Meddelelser',
    '',
    '┌────────────┬──────────────────────────────┐',
    '│Sagsnr.:    │16/3390                       │',
    '├────────────┼──────────────────────────────┤',
    '│Beslutning: │Taget til efterretning.       │',
    '└────────────┴──────────────────────────────┘',
  ];
  const clean = [...head, ...item];
  /** The text with a page's end (the lines given, the next page starting with a form feed) before the line at `at`. */
  const withPageEnd = (lines: readonly string[], at: number, end: readonly string[]) => [...lines.slice(0, at), ...end, `\f${lines[at]}`, ...lines.slice(at + 1)].join('\n');
  const read = (text: string) => {
    const minutes = parse(text);
    return {
      meeting: [minutes.meeting.date, minutes.meeting.location],
      people: minutes.participants.map((participant) => [participant.name, participant.attendance]),
      items: minutes.items.map((entry) => [entry.number, entry.caseNumber ?? null, entry.decision?.outcome ?? null, entry.decision?.votes?.map((vote) => `${vote.position}: ${vote.who}`) ?? null]),
      earlier: minutes.items.map((entry) => entry.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers])),
    };
  };
  const expected = read(clean.join('\n'));

  it('reads the clean drawing whole (the reading every page end below must keep)', () => {
    expect(expected).toEqual({
      meeting: ['2016-03-09', 'Mødelokale B, Rådhuset'],
      people: [
        ['Asta Holm', 'attended'],
        ['Bent Krog', 'attended'],
        ['Cilla Mørk', 'attended'],
        ['Dan Rye', 'apologies'],
      ],
      items: [
        [1, '16/3310', 'approved', ['for: Asta Holm og Bent Krog', 'against: Cilla Mørk']],
        [2, '16/3390', 'noted', null],
      ],
      earlier: [[['Teknik- og Miljøudvalget', '2016-02-03', [2]]], []],
    });
  });

  it('goes on over a page`s counter and form feed between two rows, or between a rule and its row', () => {
    const rule = clean.indexOf('│Afbud:      │Dan Rye                       │');
    expect(read(withPageEnd(clean, rule, ['Side 1 af 2']))).toEqual(expected);
    expect(read(withPageEnd(clean, rule - 1, ['1 of 2']))).toEqual(expected);
  });

  it('goes on over a page`s end inside a row`s wrapped cell: foot, counter, blank line and the next page`s head', () => {
    const inCell = clean.indexOf('│            │Holm og Bent Krog             │');
    expect(read(withPageEnd(clean, inCell, ['Udskrevet 10.03.2016', 'Side 1', '', 'Teknik- og Miljøudvalget - Referat']))).toEqual(expected);
    const wrappedLabel = clean.indexOf('│behandling: │februar 2016, pkt. 2: Udsat.  │');
    expect(read(withPageEnd(clean, wrappedLabel, ['Side 1 af 2']))).toEqual(expected);
  });

  it('joins a row the extraction broke before its closing bar though a page`s end stands between its halves', () => {
    const broken = clean.map((line) => (line.startsWith('│Deltagere:') ? '│Deltagere:  │Asta Holm, Bent Krog,\nCilla   │' : line)).join('\n').split('\n');
    const rest = broken.indexOf('Cilla   │');
    expect(read(broken.join('\n'))).toEqual(expected);
    expect(read(withPageEnd(broken, rest, ['Side 1 af 2']))).toEqual(expected);
  });

  it('leaves a drawing broken off by text that is no page`s end as it was (no counter, no form feed)', () => {
    const cut = clean.indexOf('│Afbud:      │Dan Rye                       │');
    const text = [...clean.slice(0, cut), 'Bemærk: mødet blev flyttet.', ...clean.slice(cut)].join('\n');
    expect(read(text).meeting[0]).toBe('2016-03-09');
    expect(read(text).people.map(([name]) => name)).not.toContain('Dan Rye');
  });
});
