import { parseMinutes } from './parse-minutes.js';
import { CALLED_IN_STEM, CALLED_IN_SUBSTITUTE_FORMS } from './vocabulary/attendance.js';

// Heads without a member list: the meeting's absences stand in its items (invented content, real conventions).
const absenceItem = [
  'Referat til mødet i Kulturudvalget den 4. marts 2025',
  '',
  'Punkt 1: Fraværende',
  'Beslutning',
  'Sofie Dam',
  '',
  'Punkt 2: Bemærkninger til dagsorden',
  'Beslutning',
  'Ingen bemærkninger.',
  'Sofie Dam var fraværende.',
  '',
  'Punkt 3: Biblioteksplan',
  'Beslutning',
  'Godkendt.',
  'Sofie Dam var fraværende.',
  'Per Holm forlod mødet under behandlingen af punktet.',
  '',
].join('\n');

const openingItem = [
  'Referat til mødet i Kulturudvalget den 4. marts 2025',
  '',
  'Punkt 11: Godkendelse af dagsorden',
  'Beslutning',
  'Fraværende med afbud: Ole Krog (V).',
  'Dagsordenen godkendt.',
  '',
  'Punkt 12: Biblioteksplan',
  'Beslutning',
  'Godkendt.',
  '',
].join('\n');

const everyItem = [
  'Referat til mødet i Kulturudvalget den 4. marts 2025',
  '',
  'Punkt 21: Biblioteksplan',
  'Beslutning',
  'Godkendt.',
  'Fraværende: Lise Berg (A).',
  '',
  'Punkt 22: Musikskolen',
  'Beslutning',
  'Taget til efterretning.',
  'Fraværende: Lise Berg (A), Jens Bo (C).',
  '',
  'Punkt 23: Underskriftsark',
  '',
].join('\n');

describe('meeting absences stated in the items', () => {
  it('reads the names under an absence item as the meeting’s absentees, and a departure as partial presence', () => {
    const parsed = parseMinutes(absenceItem, 'absence-item.txt');
    expect(parsed.participants.map((p) => [p.name, p.attendance])).toEqual([['Sofie Dam', 'absent']]);
    expect(parsed.items[2]!.absences.find((a) => a.name === 'Per Holm')).toMatchObject({ partial: 'forlod mødet under behandlingen af punktet' });
  });

  it('takes the absences noted at the opening item for the meeting’s', () => {
    const parsed = parseMinutes(openingItem, 'opening-item.txt');
    expect(parsed.participants.map((p) => [p.name, p.attendance])).toEqual([['Ole Krog', 'apologies']]);
  });

  it('takes a person absent in every decided item for absent from the meeting, not one absent in one item', () => {
    const parsed = parseMinutes(everyItem, 'every-item.txt');
    expect(parsed.participants.map((p) => [p.name, p.attendance])).toEqual([['Lise Berg', 'absent']]);
  });

  it('reads whom a called-in substitute stands in for from the item approving him, also when the head lists him', () => {
    const head = ['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', 'Medlemmer:', 'Anne Holm (A)', 'Bo Dahl (V)', 'Deltagere:', 'Carl Sand (V)', 'Fraværende:', 'Bo Dahl', ''];
    const item = (title: string, decision: string) => [
      `1. ${title}`, 'Sagsfremstilling', 'Bo Dahl (V) deltager ikke i mødet. Carl Sand (V) er som 1. stedfortræder', 'indkaldt for Bo Dahl.', 'Beslutning', decision, '',
      '2. Salg af grund', 'Beslutning', 'Godkendt.',
    ];
    const listed = parseMinutes([...head, ...item('Godkendelse af indkaldt stedfortræder', 'Godkendt.')].join('\n'), 'called-in.txt');
    expect(listed.participants.map((p) => [p.name, p.attendance, p.substituteFor ?? null])).toEqual([
      ['Anne Holm', 'attended', null],
      ['Bo Dahl', 'absent', null],
      ['Carl Sand', 'attended', 'Bo Dahl'],
    ]);
    // Without a member list in the head, the substitute is read from the item alone; an item not about substitutes, or
    // a rejected call-in, names none.
    const bare = ['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', ''];
    const alone = parseMinutes([...bare, ...item('Godkendelse af indkaldt stedfortræder', 'Godkendt.')].join('\n'), 'called-in.txt');
    expect(alone.participants.find((p) => p.name === 'Carl Sand')).toMatchObject({ attendance: 'attended', substituteFor: 'Bo Dahl' });
    // The name ends at its line: a page's head under the sentence is not part of it; a page's head inside the sentence
    // (a page break after `stedfortræder`) is passed over.
    const text = [...head, ...item('Godkendelse af indkaldt stedfortræder', 'Godkendt.')].join('\n');
    const after = text.replace('indkaldt for Bo Dahl.', 'indkaldt for Bo Dahl\nPrøveudvalget\nMødedato');
    const inside = text.replace('stedfortræder\nindkaldt', 'stedfortræder\nSide 2\n\fReferat\nPrøveudvalget\nMødedato:\nindkaldt');
    for (const paged of [after, inside]) expect(parseMinutes(paged, 'paged.txt').participants.find((p) => p.name === 'Carl Sand')).toMatchObject({ substituteFor: 'Bo Dahl' });
    expect(parseMinutes([...bare, ...item('Meddelelser', 'Taget til efterretning.')].join('\n'), 'x.txt').participants.some((p) => p.substituteFor)).toBe(false);
    expect(parseMinutes([...head, ...item('Godkendelse af indkaldt stedfortræder', 'Ikke godkendt.')].join('\n'), 'x.txt').participants.some((p) => p.substituteFor)).toBe(false);
  });

  it('searches for a called-in substitute only in sections holding one of the stems every form of the table holds', () => {
    // The sections without them are passed over: a form without one would never be tried (`\s+` in a form reads as a space).
    for (const form of CALLED_IN_SUBSTITUTE_FORMS) expect(CALLED_IN_STEM.test(form.source.replaceAll(String.raw`\s+`, ' '))).toBe(true);
    expect(CALLED_IN_STEM.test('Emil Holm (A) blev godkendt\tsom stedfortræder for Trine Lund (A).')).toBe(true);
  });
});
