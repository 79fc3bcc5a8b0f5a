import { csvField, csvLine } from './audit-csv.js';

describe('CSV fields', () => {
  it('quotes what needs quoting and doubles quotes', () => {
    expect(csvLine(['15.00.05-A00-1-19', 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget', 'sagt "nej"', null, 10])).toBe(
      '15.00.05-A00-1-19,"Erhvervs-, Beskæftigelses- og Uddannelsesudvalget","sagt ""nej""",,10\r\n',
    );
  });

  it('never lets a spreadsheet read a cell as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-2')).toBe("'-2");
  });
});
