import { parseMinutes } from './parse-minutes.js';
import { columnView } from './prepass/column-view.js';

// Facts the eleventh and twelfth held-out rounds' documents lost under the perturbation property's whitespace kinds
// (sixteenth session): invented texts, one convention each.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const NBSP = '\u00a0';

describe('a page laid out by spaces, copied with other white space in its gaps', () => {
  it('measures a line as its spaces stood: odd spaces and tabs one space each, a tab opening the line dropped', () => {
    expect(columnView(`Beslutning i ${NBSP}  Godkendt.`)).toBe('Beslutning i    Godkendt.');
    expect(columnView('\t                 parken.')).toBe('                 parken.');
    expect(columnView('Beslutning\ti     Godkendt.')).toBe('Beslutning i     Godkendt.');
  });

  it('reads labels in a left column beside their text where the gaps hold non-breaking spaces and tabs', () => {
    const spaced = (line: string, at: number) => line.slice(0, at) + NBSP + line.slice(at + 1);
    const text = [
      'Miljøudvalget',
      'Beslutningsprotokol',
      'Mødedag          14. oktober 2008',
      '',
      '9.     Vandløbsregulativ for Møllebækken',
      '',
      spaced('Sagsfremstilling Regulativet har været i offentlig høring i otte', 16),
      '\t                 uger uden indsigelser.',
      '',
      spaced('Beslutning\ti     Regulativet vedtages.', 14),
      `Miljøudvalget  ${NBSP} Fraværende: Tove Krog`,
      'den 14-10-2008',
    ].join('\n');
    const item = parse(text).items[0]!;
    expect([item.number, item.decision?.body, item.decision?.date, item.decision?.outcome, item.decision?.text.trim()]).toEqual([9, 'Miljøudvalget', '2008-10-14', 'approved', 'Regulativet vedtages.']);
  });

  it('reads colon labels in a margin whose gaps hold non-breaking spaces, a continued line opened by a tab', () => {
    const margin = (label: string, text: string) => `${label.padEnd(16)}${NBSP} ${text}`;
    const under = (text: string) => `${' '.repeat(18)}${text}`;
    const text = [
      'Fjordby Kommune',
      margin('Mødedato:', '2. februar 2011'),
      margin('Mødested:', 'Mødelokale 3'),
      margin('Deltagere:', 'Rie Vang (C), formand'),
      `\t${under('Palle Storm (A)')}`,
      under('Nina Ask (O)'),
      margin('Afbud:', 'Bo Lykke (C)'),
      '',
      'Punkt 12          Busplan for oplandet',
      margin('Sagsnr.:', '11/0457'),
      margin('Beslutning:', 'Godkendt.'),
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.participants.map((participant) => [participant.name, participant.attendance])).toEqual([
      ['Rie Vang', 'attended'],
      ['Palle Storm', 'attended'],
      ['Nina Ask', 'attended'],
      ['Bo Lykke', 'apologies'],
    ]);
    expect(parsed.items.map((item) => [item.number, item.caseNumber, item.decision?.outcome])).toEqual([[12, '11/0457', 'approved']]);
  });
});
