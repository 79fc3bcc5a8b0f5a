import { literalStarts } from '../line-prefilter.js';
import { DECISION_COLUMN, DECISION_COLUMN_WORD } from '../vocabulary/table-columns.js';
import { tableColumnsOf } from './tab-table.js';

describe('a tab-joined table head', () => {
  it('is asked only of lines holding a decision column word, which every decision column name holds', () => {
    const names = literalStarts(DECISION_COLUMN)!;
    expect(names).toEqual(expect.arrayContaining(['beslutning', 'referat', 'konklusion']));
    for (const name of names) expect(DECISION_COLUMN_WORD.test(name.toUpperCase())).toBe(true);
  });

  it('reads the columns of a head in any case, and no row', () => {
    expect(tableColumnsOf('PKT.\tEMNE\tBESLUTNING:')).toEqual({ number: 0, title: 1, decision: 2, cells: 3, label: 'BESLUTNING' });
    expect(tableColumnsOf('Pkt.\tEmne\t\tReferat')).toEqual({ number: 0, title: 1, decision: 3, cells: 4, label: 'Referat' });
    expect(tableColumnsOf('2.\tGodkendelse af referat fra mødet\tGodkendt.')).toBeUndefined();
    expect(tableColumnsOf('Pkt.\tEmne\tBemærkning')).toBeUndefined();
  });
});
