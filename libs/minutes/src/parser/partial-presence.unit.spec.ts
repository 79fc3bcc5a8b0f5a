import { parseMinutes } from './parse-minutes.js';

// Partial presence told in sentences wherever minutes put them, and names in absence sentences that do not take in a
// word of the sentence before (invented texts; the ninth held-out round's leftovers, read in the thirteenth session).

const parse = (lines: string[]) => parseMinutes(lines.join('\n'), 'synthetic.txt');
const partials = (lines: string[]) =>
  parse(lines)
    .participants.filter((participant) => participant.partial)
    .map((participant) => [participant.name, participant.partial]);

describe('partial presence (unit)', () => {
  it('reads a note above the member list that tells who left (`Information:` / `Mødet sluttede ... A forlod mødet ...`)', () => {
    const lines = [
      'Udvalg:', 'Prøveudvalget', 'Mødedato:', 'tirsdag 3. marts 2026 kl. 15.30',
      'Information:', 'Mødet sluttede kl. 18.00. Eva Bro forlod mødet kl. 17.10 under behandlingen af punkt 4.',
      'Mødedeltagere:', 'Kim Lund', 'Eva Bro', 'Per Holt (Afbud)', '',
      '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.',
    ];
    expect(partials(lines)).toEqual([['Eva Bro', 'forlod mødet kl. 17.10 under behandlingen af punkt 4']]);
  });

  it('warns of a partial presence whose name the head never lists, and makes up no participant', () => {
    const lines = ['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2026', 'Bemærkninger: Eva Bro forlod mødet kl. 17.10.', 'Deltagere: Kim Lund, Per Holt', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'];
    const parsed = parse(lines);
    expect(parsed.participants.map((participant) => participant.name)).toEqual(['Kim Lund', 'Per Holt']);
    expect(parsed.warnings.some((warning) => warning.message.includes('Eva Bro'))).toBe(true);
  });

  it('reads a sentence in any item`s decision about a listed member (`A deltog fra dette punkt.`), not only the first', () => {
    const lines = [
      'Prøveudvalget', 'Dato: 3. marts 2026', 'Medlemmer: Kim Lund, Eva Bro, Per Holt', '',
      'Punkt 1: Godkendelse af dagsorden', 'Beslutning:', 'Godkendt.', '',
      'Punkt 2: Ny skolevej', 'Beslutning:', 'Godkendt.', 'Per Holt deltog fra dette punkt.', '',
      'Punkt 3: Vintertjeneste', 'Beslutning:', 'Taget til efterretning.', 'Per Holt forlod mødet kl. 18.00.',
    ];
    // (The first sentence about a member is kept: the later one does not overwrite it.)
    expect(partials(lines)).toEqual([['Per Holt', 'deltog fra dette punkt']]);
  });

  it('reads `A kom kl. ... under ...` and `A erklærede sig inhabil ... og forlod lokalet` as partial presence', () => {
    const lines = [
      'Prøveudvalget', 'Dato: 3. marts 2026', 'Medlemmer: Kim Lund, Eva Bro, Per Holt', '',
      'Punkt 1: Godkendelse af dagsorden', 'Beslutning:', 'Godkendt.', 'Fremmøde og inhabilitet:', 'Eva Bro kom kl. 19.20 under behandlingen af punkt 3.',
      'Per Holt erklærede sig inhabil under punkt 4 og forlod lokalet under behandlingen.',
    ];
    expect(partials(lines)).toEqual([
      ['Eva Bro', 'kom kl. 19.20 under behandlingen af punkt 3'],
      ['Per Holt', 'erklærede sig inhabil under punkt 4 og forlod lokalet under behandlingen'],
    ]);
  });

  it('reads the names of an absence sentence after a full sentence or a party letter, without the word before', () => {
    const lines = [
      'Prøveudvalget', 'Dato: 3. marts 2026', 'Medlemmer: Kim Lund, Eva Bro, Per Holt, Hans Chr. Møller', '',
      'Punkt 1: Ny skolevej', 'Beslutning:', 'Godkendt. Eva Bro deltog ikke i mødet.', '',
      'Punkt 2: Vintertjeneste', 'Beslutning:', 'Godkendt.', 'Undlod at stemme: F', 'Per Holt (V) var fraværende.', '',
      'Punkt 3: Budget', 'Beslutning:', 'Anbefales. Hans Chr. Møller var fraværende.',
    ];
    expect(parse(lines).items.map((item) => item.absences.map((person) => person.name))).toEqual([['Eva Bro'], ['Per Holt'], ['Hans Chr. Møller']]);
  });
});
