import fc from 'fast-check';
import { blockText, collapseSpaces, normaliseSpacing, splitSourceLines, textLine, withPageBreak } from './source-line.js';

describe('source lines', () => {
  it('splits on LF, CRLF and lone CR alike, numbering lines as an editor does', () => {
    const lf = splitSourceLines('a\nb\n\nc');
    const crlf = splitSourceLines('a\r\nb\r\n\r\nc');
    const cr = splitSourceLines('a\rb\r\rc');
    const mixed = splitSourceLines('a\r\nb\r\r\nc');
    for (const lines of [lf, crlf, cr, mixed]) {
      expect(lines.map((line) => [line.no, line.text, line.blank])).toEqual([
        [1, 'a', false],
        [2, 'b', false],
        [3, '', true],
        [4, 'c', false],
      ]);
    }
  });

  it('cuts every mix of line endings, form feeds, odd spaces and zero-width characters as line-by-line reading does', () => {
    // The splitter walks the line ends once for the raw and the spaced text: checked against the plain reading.
    const unit = fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '\f', '\u00a0', '\u2009', '\u200b', '\u00ad', '\t', '*');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((units) => units.join('')), (source) => {
        const expected = source.split(/\r\n|\r|\n/).map((line, index) => {
          const raw = line.replace(/\f/g, '');
          return { no: index + 1, raw, text: normaliseSpacing(raw).replace(/\t+/g, ' ').trim(), pageBreak: line.includes('\f') };
        });
        expect(splitSourceLines(source).map(({ no, raw, text, pageBreak }) => ({ no, raw, text, pageBreak }))).toEqual(expected);
      }),
      { seed: 12, numRuns: 500 },
    );
  });

  it('reads every odd space as a plain space, in a text with non-breaking spaces alone and in one with others beside them', () => {
    expect(splitSourceLines('a\u00a0b\n\u00a0c\u00a0\u00a0d').map((line) => line.text)).toEqual(['a b', 'c  d']);
    expect(splitSourceLines('a\u00a0b\u2009c\n\u202fd\u3000e\u00a0').map((line) => [line.text, line.spaced])).toEqual([
      ['a b c', 'a b c'],
      ['d e', ' d e '],
    ]);
  });

  it('computes the marker-free text once, for headings and bold lines too', () => {
    const [heading, bold, wrapped, plain, blank] = splitSourceLines('## **Punkt 3:** Titel\n**Beslutning**\n**Punkt 3: lang\nGodkendt.\n   ');
    expect(heading).toMatchObject({ headingLevel: 2, plain: '**Punkt 3:** Titel', unmarked: 'Punkt 3: Titel' });
    expect(bold).toMatchObject({ bold: true, plain: 'Beslutning', unmarked: 'Beslutning' });
    expect(wrapped).toMatchObject({ plain: 'Punkt 3: lang', unmarked: 'Punkt 3: lang' });
    expect(plain).toMatchObject({ plain: 'Godkendt.', unmarked: 'Godkendt.' });
    expect(blank).toMatchObject({ blank: true, unmarked: '' });
  });

  it('gives every line the same fields, a page break included', () => {
    const lines = splitSourceLines('Side 1\n\fReferat\n\u00a0**Godkendt**\u00a0');
    const fields = Object.keys(lines[0]!);
    for (const line of [...lines, withPageBreak(lines[0]!), textLine(7, 'Godkendt.')]) expect(Object.keys(line)).toEqual(fields);
    expect(lines.map((line) => line.pageBreak)).toEqual([false, true, false]);
    expect(withPageBreak(lines[0]!)).toEqual({ ...lines[0], pageBreak: true });
    expect(lines[2]!.unmarked).toBe('Godkendt');
  });

  it('collapses runs of white space without copying lines that have none', () => {
    expect(collapseSpaces('Byrådet  den\t3. maj')).toBe('Byrådet den 3. maj');
    const plain = 'Byrådet den 3. maj';
    expect(collapseSpaces(plain)).toBe(plain);
  });

  it('reads a line the same whether the other lines of its text hold odd spaces, tabs, form feeds and markers or not', () => {
    const lines = ['**Beslutning**', 'Side\t3', '\u00a0Godkendt.\u00a0', 'Punkt\f 4', '*\u200b*Bilag*\f*', 'Referat'];
    const together = splitSourceLines(lines.join('\n'));
    lines.forEach((line, index) => expect(together[index]).toEqual({ ...splitSourceLines(line)[0]!, no: index + 1 }));
    // Markers joined where a zero-width character or a form feed stood between their halves.
    expect(splitSourceLines('*\u200b*Bilag*\f*')[0]).toMatchObject({ bold: true, plain: 'Bilag', pageBreak: true });
    expect(splitSourceLines('Side\t3\nx')[0]!.text).toBe('Side 3');
  });

  it('removes zero-width characters and joins split markers whatever else the text holds', () => {
    // Odd spaces without zero-width characters, zero-width characters without odd spaces, a marker split by a form feed only.
    expect(splitSourceLines('\u00a0Godkendt.\u00a0\n*\f*Bilag**').map((line) => [line.text, line.bold])).toEqual([
      ['Godkendt.', false],
      ['**Bilag**', true],
    ]);
    expect(splitSourceLines('Sags\u00adnr.: 12/345\n_\u200b_Bilag__').map((line) => [line.text, line.bold])).toEqual([
      ['Sagsnr.: 12/345', false],
      ['__Bilag__', true],
    ]);
    expect(splitSourceLines('Godkendt\u2003i\u00a0dag\n* \f*x')[1]).toMatchObject({ text: '* *x', bold: false });
  });

  it('joins a block as written, without the blank lines around it or white space at its ends', () => {
    const block = (text: string) => blockText(splitSourceLines(text));
    expect(block('\n  \n  Godkendt.  \n\n')).toBe('Godkendt.');
    expect(block('\n\t Indstilling:\t\n  at sagen godkendes  \n\n\u00a0\n   - og at\n \n')).toBe('Indstilling:\n  at sagen godkendes\n\n\n   - og at');
    expect(block('\n \n')).toBe('');
    expect(block('')).toBe('');
  });
});
