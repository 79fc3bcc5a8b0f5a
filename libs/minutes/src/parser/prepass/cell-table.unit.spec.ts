import { splitSourceLines } from '../source-line.js';
import { NUMBER_COLUMN } from '../vocabulary/table-columns.js';
import { readCellTables } from './cell-table.js';

const read = (text: string) => readCellTables(splitSourceLines(text)).map((line) => line.text);

describe('agenda tables one cell a line', () => {
  it('reads each row as a heading, its case number as a labelled line, and its text up to the next row', () => {
    expect(read('Byrådet\nNr.\nSag\nSagsnr.\nBehandling\n41\nBudget 2025\n24/1234\nIndstilling\n1. at budgettet godkendes.\nBeslutning\nGodkendt.\n42\nVejplan\n\nAnbefales.')).toEqual([
      'Byrådet',
      '41. Budget 2025',
      'Sagsnr.: 24/1234',
      'Indstilling',
      '1. at budgettet godkendes.',
      'Beslutning',
      'Godkendt.',
      '42. Vejplan',
      'Anbefales.',
    ]);
  });

  it('writes the decision column as the label, and leaves a head over no row as it was', () => {
    expect(read('Pkt.\nEmne\nBeslutning\n1\nBudget\nGodkendt.')).toEqual(['1. Budget', 'Beslutning:', 'Godkendt.']);
    const text = 'Nr.\nSag\nBeslutning\nIngen sager.';
    expect(read(text)).toEqual(text.split('\n'));
  });

  it('names a number column by words only, so a line with a digit is asked no further', () => {
    // (`readCellTables` passes over every line with a digit when it looks for the head: `Sagsnr.: 12/88` starts like `Sag nr.`.)
    expect(NUMBER_COLUMN.source).not.toMatch(/\d|\\d/u);
    expect(read('Sagsnr.: 12/88\nSag nr.\nEmne\nBeslutning\n1\nBudget 2025\nGodkendt.')).toEqual(['Sagsnr.: 12/88', '1. Budget 2025', 'Beslutning:', 'Godkendt.']);
  });
});
