import { splitSourceLines } from '../source-line.js';
import { readTabTables } from './tab-table.js';

const read = (text: string) => readTabTables(splitSourceLines(text)).map((line) => line.text);

describe('agenda tables with tab-joined cells', () => {
  it('reads a number / title / case number / decision table, the case number as a labelled line', () => {
    expect(read('Pkt.\tEmne\tSagsnr.\tBeslutning\n1.\tBudget 2025\t24/1234\tGodkendt.\n2.\tVejplan\t\tAnbefales.')).toEqual([
      '1. Budget 2025',
      'Sagsnr.: 24/1234',
      'Beslutning:',
      'Godkendt.',
      '2. Vejplan',
      'Beslutning:',
      'Anbefales.',
    ]);
  });

  it("reads a body column without a label, a cell's further paragraphs as lines of their own", () => {
    expect(read('Nr.\tSag\tJournalnr.\tSagsfremstilling og beslutning\n1\tBudget 2025\t24/1234\tIndstilling\nat budgettet godkendes.\nBeslutning\nGodkendt.\n2\tVejplan\t24/99\tBeslutning\nAnbefales.')).toEqual([
      '1. Budget 2025',
      'Sagsnr.: 24/1234',
      'Indstilling',
      'at budgettet godkendes.',
      'Beslutning',
      'Godkendt.',
      '2. Vejplan',
      'Sagsnr.: 24/99',
      'Beslutning',
      'Anbefales.',
    ]);
  });

  it('takes no head whose other cells hold words of no column', () => {
    const text = 'Pkt.\tEmne\tAnsvarlig\tBeslutning\n1.\tBudget\tJens\tGodkendt.';
    expect(readTabTables(splitSourceLines(text)).map((line) => line.raw)).toEqual(text.split('\n'));
  });
});
