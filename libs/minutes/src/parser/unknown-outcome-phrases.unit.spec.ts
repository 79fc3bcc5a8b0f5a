import { readOutcome } from './decision-outcome.js';
import { parseMinutes } from './parse-minutes.js';

/**
 * Outcome phrasings of systems the fixtures do not cover (issue 12, eleventh session: the decision-style generator's
 * phrases and real referater's), each read as the outcome it states.
 */
describe('outcome phrasings of unknown systems', () => {
  it.each([
    ['Indstillingen blev fulgt.', 'approved'],
    ['Indstillingen følges.', 'approved'],
    ['Udvalget kunne godkende indstillingen.', 'approved'],
    ['Bifaldt.', 'approved'],
    ['Indstillingen tages til følge.', 'approved'],
    ['Som indstillet.', 'approved'],
    ['Indstillingen blev ikke fulgt.', 'rejected'],
    ['Indstillingen kunne ikke godkendes.', 'rejected'],
    ['Orienteringen blev modtaget.', 'noted'],
    ['Udvalget har modtaget orienteringen.', 'noted'],
    ['Sagen sendes videre til Byrådet med anbefaling.', 'recommended'],
    ['Forslaget bortfaldt.', 'withdrawn'],
  ])('%s -> %s', (phrase, outcome) => {
    expect(readOutcome(phrase)).toMatchObject({ outcome, postponed: false });
  });

  it.each(['Sagen blev ikke behandlet og udsættes.', 'Sagen tages op på et senere møde.'])('%s is a postponement', (phrase) => {
    expect(readOutcome(phrase).postponed).toBe(true);
  });

  it('reads what following the Indstilling did from the sentence after it', () => {
    const text = ['Byrådet', 'Referat', 'Dato: 25. marts 2025', '', '1. Ansøgning om dispensation', 'Indstilling', 'at ansøgningen afslås.', 'Beslutning', 'Indstillingen blev fulgt. Ansøgningen er afslået.', ''].join('\n');
    expect(parseMinutes(text, 'fulgt.txt').items[0]!.decision).toMatchObject({ outcome: 'rejected' });
  });
});
