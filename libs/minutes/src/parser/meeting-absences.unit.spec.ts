import { parseMinutes } from './parse-minutes.js';

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
});
