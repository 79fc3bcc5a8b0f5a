import { splitSourceLines, textLine, traitsOf } from '../source-line.js';
import { columnView, columnViews, mayShowColonGap } from './column-view.js';

// The column views of a split text come from the spacing each line kept at the split; they must read as the line's
// own view would (`columnView` of its raw text), whatever white space the text holds.
describe('column views of split lines', () => {
  const texts = {
    'non-breaking spaces in gaps': 'Sagsfremstilling\u00a0  Planen har\u00a0været i høring\n\u00a0\u00a0 uger uden indsigelser.\n',
    'tabs, one opening a line': '\t                 parken.\nBeslutning\ti     Godkendt.\r\nMødedag\t\t14. oktober\n',
    'tabs and odd spaces together': 'Beslutning i \u00a0  Godkendt.\n\t\u2003Fraværende:\tTove Krog\f\nSide 2\u202f af 3\n',
    'zero-width characters': 'Beslut\u200bning   Godkendt.\n\u200b\tparken.\n\u00ad  Deltagere:\u00a0\u00a0Anne\n',
    'a text without them': 'Beslutning     Godkendt.\n      parken.\n',
  };
  it.each(Object.entries(texts))('%s: each line as its own view', (_kind, text) => {
    const traits = traitsOf(text);
    const lines = splitSourceLines(text, traits);
    expect(columnViews(lines, traits)).toEqual(lines.map((line) => (traits.oddSpaces || traits.tab ? columnView(line.raw) : line.raw)));
  });

  it('normalises a line made from text (it kept no spacing of its own)', () => {
    const line = textLine(3, 'Beslutning\u00a0\u00a0 Godkendt.');
    expect(columnViews([line], { oddSpaces: true, tab: false })).toEqual(['Beslutning   Godkendt.']);
  });
});

// The whole-text test must say yes wherever a split line's view shows a colon's gap (`Mødedato:  ...`), whatever white
// space made the gap; it may say no only where no view shows one.
describe('a colon with a gap after it, told from the whole text', () => {
  const viewsShowGap = (text: string) => {
    const traits = traitsOf(text);
    return columnViews(splitSourceLines(text, traits), traits).some((view) => view.includes(':  '));
  };
  const gapped = {
    'plain spaces': 'Mødedato:   12. marts\n',
    'a non-breaking space': 'Sted:\u00a0 Rådhuset\n',
    'a tab': 'Deltagere:\t Anne Holm\n',
    'an em space after a form feed': 'Tid:\f\u2003 kl. 16\n',
    'a zero-width character inside the gap': 'Sagsnr.: \u200b 24/118\n',
  };
  it.each(Object.entries(gapped))('%s: a view shows the gap and the test says so', (_kind, text) => {
    expect(viewsShowGap(text)).toBe(true);
    expect(mayShowColonGap(text, traitsOf(text))).toBe(true);
  });

  const ungapped = {
    'one space after each colon': 'Mødedato: 12. marts\nSted: Rådhuset\n',
    'a colon at a line end over an indented line': 'Deltagere:\n   Anne Holm\n',
    'a non-breaking space after a colon, a word after it': 'Kl.\u00a016:00:\u00a0Mødet\tstartede\n',
  };
  it.each(Object.entries(ungapped))('%s: no view shows a gap and the test says none', (_kind, text) => {
    expect(viewsShowGap(text)).toBe(false);
    expect(mayShowColonGap(text, traitsOf(text))).toBe(false);
  });
});
