import { findMunicipality } from './municipality.recogniser.js';
import { splitSourceLines } from './source-line.js';

const named = (text: string) => findMunicipality(splitSourceLines(text), undefined);

describe('the municipality a text names', () => {
  it('counts every `<Navn> Kommune` on a line, genitive and spacing as written', () => {
    const text = 'Referat\nAarhus Kommune og Odense Kommune\nAarhus  Kommune\nKøbenhavns Kommune, Københavns Kommune og Københavns Kommune';
    expect(named(text)).toMatchObject({ name: 'København', source: 'text', line: 4 });
  });

  it('reads a name whose `Kommune` stands on the next line, and names with hyphens or spaces', () => {
    expect(named('Referat fra Ringkøbing-Skjern\nKommune')).toMatchObject({ name: 'Ringkøbing-Skjern', line: 1 });
    expect(named('Høje Taastrup Kommune')).toMatchObject({ name: 'Høje-Taastrup' });
  });

  it('lets the first mention win a tie and ignores words that merely end like a name', () => {
    expect(named('Vejen Kommune\nHolbæk Kommune')).toMatchObject({ name: 'Vejen', line: 1 });
    expect(named('Hovedvejen Kommune\nkommunens plan')).toBeUndefined();
  });
});
