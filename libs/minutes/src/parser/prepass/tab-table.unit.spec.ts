import { literalStarts } from '../line-prefilter.js';
import { splitSourceLines } from '../source-line.js';
import { BODY_COLUMN, DECISION_COLUMN, TEXT_COLUMN_WORD } from '../vocabulary/table-columns.js';
import { readTabTables, tableColumnsOf } from './tab-table.js';

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

describe('a tab-joined table head', () => {
  it('is asked only of lines holding a text column word, which every decision and body column name holds', () => {
    // Every alternative of the two columns, written out: a new alternative must be added here (its start is checked).
    const names = ['beslutning', 'beslutninger', 'referat', 'konklusion', 'beslutning/referat', 'referat/beslutning', 'sagsfremstilling', 'sagsfremstilling og beslutning', 'behandling', 'behandling og beslutning', 'bemærkninger', 'bemærkninger/beslutning', 'indhold', 'tekst', 'sagens tekst'];
    for (const name of names) expect(DECISION_COLUMN.test(name) || BODY_COLUMN.test(name)).toBe(true);
    for (const start of [...literalStarts(DECISION_COLUMN)!, ...literalStarts(BODY_COLUMN)!]) expect(names.some((name) => name.startsWith(start))).toBe(true);
    for (const name of names) expect(TEXT_COLUMN_WORD.test(name.toUpperCase())).toBe(true);
  });

  it('reads the columns of a head in any case, and no row', () => {
    expect(tableColumnsOf('PKT.\tEMNE\tBESLUTNING:')).toEqual({ number: 0, title: 1, caseNumber: -1, decision: 2, body: -1, cells: 3, label: 'BESLUTNING' });
    expect(tableColumnsOf('Pkt.\tEmne\t\tReferat')).toEqual({ number: 0, title: 1, caseNumber: -1, decision: 3, body: -1, cells: 4, label: 'Referat' });
    expect(tableColumnsOf('2.\tGodkendelse af referat fra mødet\tGodkendt.')).toBeUndefined();
    expect(tableColumnsOf('Pkt.\tEmne\tBemærkning')).toBeUndefined();
  });
});
