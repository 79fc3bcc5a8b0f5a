import { ARTEFACT_KINDS, formatArtefactScores, LAYOUT_FIXTURES, scoreUnderArtefacts } from '../fixtures/index.js';
import { parseMinutes } from '../parser/parse-minutes.js';
import { parsedAsActual } from './parsed-as-actual.js';

const read = (text: string, name: string) => parsedAsActual(parseMinutes(text, name));

describe('layout families under extraction artefacts (hyphenation, ligatures, NFD, zero-width, typography, bullets, layout spacing, page counters)', () => {
  const scores = scoreUnderArtefacts(read);

  it('prints recall per artefact kind (all fixtures, three seeds each)', () => {
    process.stdout.write(`\nfact recall under extraction artefacts (${LAYOUT_FIXTURES.length} fixtures x 3 seeds):\n${formatArtefactScores(scores)}\n`);
    expect(Object.keys(scores.kinds)).toEqual([...ARTEFACT_KINDS]);
  });
});
