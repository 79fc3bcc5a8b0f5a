import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a tenth probe of the reader with real minutes it had not seen (25 documents and excerpts from
 * 16 municipalities and a region, 2005-2021: Byråd, Økonomiudvalg, fagudvalg, Integrationsråd, Handicapråd, Ældreråd,
 * lokaludvalg, Regionsråd; scored fact by fact against fact sheets written before the reader ran). Every text here is
 * invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

describe('tenth real-minutes probe: an item page that prints its title once, between the head and its first section', () => {
  // København's item pages of a local committee: `Mødedato:` / `Mødested:` over the title on a line of its own, no number,
  // then the decision.
  const page = (title: string) =>
    ['Mødedato: 14.03.2016, kl. 19:00', 'Mødested: Medborgerhuset, Torvegade 8', '', title, '', 'Beslutning', '', 'Lokaludvalget drøftede sagen.', ''].join('\n');

  it('takes the lone line as the title of the one item read from its sections', () => {
    const parsed = parse(page('Cykelstier langs havnen'));
    expect(parsed.meeting.date).toBe('2016-03-14');
    expect(parsed.meeting.location).toBe('Medborgerhuset, Torvegade 8');
    expect(parsed.items.map((item) => item.title)).toEqual(['Cykelstier langs havnen']);
    expect(parsed.items[0]!.decision?.outcome).toBe('discussed');
  });

  it('leaves a sentence there alone: no title ends in a full stop', () => {
    expect(parse(page('Mødet blev holdt i salen.')).items.map((item) => item.title)).toEqual(['']);
  });

  it('leaves a label line there alone: the head reads it', () => {
    expect(parse(page('Referent: Jens Dahl')).items.map((item) => item.title)).toEqual(['']);
  });
});
