import { parseMinutes } from './parse-minutes.js';
import { romanValue } from './numbered-sequence-items.js';

const head = 'Teknik- og Miljøudvalget\nReferat\nMødedato: 12. marts 2025\n';
const item = (heading: string, decision: string) => `${heading}\nSagsfremstilling\nForvaltningen har undersøgt sagen.\nBeslutning\n${decision}\n`;

describe('items in a numbering style no known style reads', () => {
  it('reads `Sag N –` headings as a run of rising numbers, closed markers and type codes kept out of the title', () => {
    const text = `${head}\n${item('Sag 1 – Godkendelse af dagsorden (B)', 'Godkendt.')}\n${item('Sag 2 – Trafikplan 2025', 'Taget til efterretning.')}\n${item('Sag 3 – Lukket: Køb af areal', 'Godkendt.')}`;
    const parsed = parseMinutes(text, 'sag.txt');
    expect(parsed.items.map((read) => [read.number, read.title, read.closed, read.typeCode])).toEqual([
      [1, 'Godkendelse af dagsorden', false, 'B'],
      [2, 'Trafikplan 2025', false, undefined],
      [3, 'Køb af areal', true, undefined],
    ]);
    expect(parsed.warnings.filter((warning) => warning.code === 'unknown-heading')).toHaveLength(3);
  });

  it('reads roman numerals and `(punkt N)` under the title', () => {
    const roman = parseMinutes(`${head}\n${item('III. Lokalplan 12', 'Godkendt.')}\n${item('IV. Vejnavne', 'Godkendt.')}`, 'roman.txt');
    expect(roman.items.map((read) => [read.number, read.title])).toEqual([[3, 'Lokalplan 12'], [4, 'Vejnavne']]);
    const under = parseMinutes(`${head}\n${item('Lokalplan 12\n(punkt 1)', 'Godkendt.')}\n${item('Vejnavne\n(punkt 2)', 'Godkendt.')}`, 'under.txt');
    expect(under.items.map((read) => [read.number, read.title])).toEqual([[1, 'Lokalplan 12'], [2, 'Vejnavne']]);
  });

  it('takes the run spread over the document, not the contents list above it', () => {
    const text = `${head}\nIndhold\n(1) Lokalplan 12\n(2) Vejnavne\n(3) Eventuelt\n\n${item('(1) Lokalplan 12', 'Godkendt.')}\n${item('(2) Vejnavne', 'Godkendt.')}\n${item('(3) Eventuelt', 'Intet.')}`;
    expect(parseMinutes(text, 'contents.txt').items.map((read) => read.line)).toEqual([10, 16, 22]);
  });

  it('replaces a known reading of a stray line when the run finds clearly more items', () => {
    const text = `${head}\n${item('Emne 1: Budget', 'Godkendt.')}\nForvaltningen foreslår:\n2. Udvalget godkender planen\n\n${item('Emne 2: Vejnavne', 'Godkendt.')}\n${item('Emne 3: Skolestruktur', 'Godkendt.')}\n${item('Emne 4: Eventuelt', 'Intet.')}`;
    expect(parseMinutes(text, 'stray.txt').items.map((read) => read.title)).toEqual(['Budget', 'Vejnavne', 'Skolestruktur', 'Eventuelt']);
  });

  it('joins a title wrapped onto a line in lower case or after a joining word, never onto a label or an upper-case line', () => {
    const text = `${head}\n${item('Ad 1. Ny belysning på kunstgræsbanen ved Ballerup Idrætsby - anlægsbevilling og\nfrigivelse af rådighedsbeløb', 'Godkendt.')}\n${item('Ad 2. Vejnavne i Skovlunde\nKlik her for at læse mere', 'Godkendt.')}`;
    expect(parseMinutes(text, 'wrapped.txt').items.map((read) => read.title)).toEqual([
      'Ny belysning på kunstgræsbanen ved Ballerup Idrætsby - anlægsbevilling og frigivelse af rådighedsbeløb',
      'Vejnavne i Skovlunde',
    ]);
  });

  it('reads only well-formed roman numerals', () => {
    expect(['I', 'IV', 'XIV', 'MCMXCIV', 'IIX', 'VV'].map(romanValue)).toEqual([1, 4, 14, 1994, undefined, undefined]);
  });
});
