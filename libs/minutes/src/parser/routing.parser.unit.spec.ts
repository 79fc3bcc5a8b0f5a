import { parseMinutes } from './parse-minutes.js';

// Invented, in Næstved's convention: `Politisk behandling` lists each body with its role and date.
const TEXT = [
  'Referat',
  'Miljøudvalget 4. marts 2019',
  '',
  'Punkt 21: Tilskud til naturpleje',
  '',
  'Politisk behandling:',
  '',
  'Miljøudvalget (beslutning), 04.03.2019',
  '',
  'Beslutning',
  '',
  'Godkendt.',
  '',
  'Punkt 22: Affaldsplan 2020-2024',
  '',
  'Politisk behandling',
  '',
  'Miljøudvalget (anbefaler), 04.03.2019',
  '',
  'Økonomiudvalget (anbefaler), 19.03.2019',
  '',
  'Byrådet (beslutning), 02.04.2019',
  '',
  'Beslutning',
  '',
  'Anbefales.',
  '',
].join('\n');

describe('routing steps with roles', () => {
  const parsed = parseMinutes(TEXT, 'routing.txt');

  it('takes the body whose role is the decision for the deciding body', () => {
    expect(parsed.items.map((item) => item.decidingBody)).toEqual(['Miljøudvalget', 'Byrådet']);
  });

  it('sends a recommendation on to the step after this meeting’s', () => {
    expect(parsed.items[1]!.decision).toMatchObject({ outcome: 'recommended', recommendedTo: 'Økonomiudvalget' });
    expect(parsed.items[0]!.decision?.recommendedTo).toBeUndefined();
  });
});
