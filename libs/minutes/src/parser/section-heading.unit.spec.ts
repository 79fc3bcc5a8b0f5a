import { readSectionHeading } from './section-heading.js';
import { splitSourceLines } from './source-line.js';
import { SECTION_LABELS } from './vocabulary/section-labels.js';

const headingOf = (text: string) => readSectionHeading(splitSourceLines(text)[0]!);

describe('section headings read with the label table as one pattern', () => {
  const labels = ['Indhold', 'Beskrivelse', 'Resumé', 'Sagens kerne', 'Baggrund', 'Sagsfremstilling og økonomi', 'Yderligere deltagelse på mødet', 'Økonomi', 'Bilagsliste', 'Beslutningen træffes af', 'Sagsgang og sagstype', 'Indstilling og beslutning', 'Beslutninger', 'Sagsforløb', 'Tidligere politisk behandling'];

  it('names the kind of the first row that matches, as a search of the rows in order would', () => {
    for (const label of labels) {
      const key = label.toLowerCase();
      const expected = SECTION_LABELS.find(([pattern]) => pattern.test(key))?.[1];
      expect(expected).toBeDefined();
      expect(headingOf(label)?.kind).toBe(expected);
      expect(headingOf(`**${label.toUpperCase()}:**`)?.kind).toBe(expected);
    }
    expect(headingOf('Indstilling og beslutning')?.kind).toBe('recommendation');
  });

  it('reads content after a colon and leaves prose that starts like a label alone', () => {
    expect(headingOf('Beslutning: Godkendt')).toEqual({ kind: 'decision', heading: 'beslutning', inline: 'Godkendt' });
    expect(headingOf('Sagsforløb: ØK/BY')).toMatchObject({ kind: 'routing', inline: 'ØK/BY' });
    expect(headingOf('Beslutning om ny parkeringsstrategi')).toBeUndefined();
    expect(headingOf('Godkendt.')).toBeUndefined();
  });
});
