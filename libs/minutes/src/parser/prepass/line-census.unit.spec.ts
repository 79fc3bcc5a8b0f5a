import { splitSourceLines, traitsOf, type SourceLine } from '../source-line.js';
import { readDecisionOneLiners } from './decision-one-liners.js';
import { LineCensus, indexesToAsk } from './line-census.js';
import { readMarginLabels } from './margin-labels.js';
import { readMarkdownExport } from './markdown-export.js';
import { numberOneEntryLists } from './one-entry-lists.js';
import { readOutlineSections } from './outline-sections.js';
import { rejoinRewrappedRuns } from './rewrapped-runs.js';
import { segmentTranscribedPages } from './segment-pages.js';

// The census of the lines (`line-census.ts`) spares the whole-text passes their walks: each pass, handed the census,
// must read a text written in its convention exactly as it reads it without one (speed, never facts). Invented texts.

const texts = (lines: readonly SourceLine[]) => lines.map((line) => line.text);

/** A pass read with and without the census: the same lines, and (where `changes`) not the lines it was given. */
function expectSameReading(text: string, pass: (lines: readonly SourceLine[], census?: LineCensus) => readonly SourceLine[], changes = true): void {
  const lines = splitSourceLines(text, traitsOf(text));
  const without = pass(lines);
  const withCensus = pass(lines, new LineCensus(lines, traitsOf(text)));
  expect(texts(withCensus)).toEqual(texts(without));
  if (changes) expect(withCensus).not.toBe(lines);
  else expect(withCensus).toBe(lines);
}

describe('the census of the lines', () => {
  const lines = splitSourceLines(['Referat', '', '1. Godkendelse', 'Pkt. 2 Eventuelt', '| a | b |', '**2. Fed overskrift**', 'punkt 3', 'Beslutning', '  1. Indrykket'].join('\n'));
  const census = new LineCensus(lines, { oddSpaces: false, tab: false });

  it('lists the lines by how they open, and the widest', () => {
    expect(census.digitOpened).toEqual([2, 8]);
    expect(census.pOpened).toEqual([3, 6]);
    expect(census.digitOrPOpened).toEqual([2, 3, 6, 8]);
    expect(census.barOpened).toEqual([4]);
    expect(census.bOpened).toEqual([7]);
    expect(census.oneOrTwoOpened).toEqual([2, 5, 8]);
    expect(census.widest).toBe('**2. Fed overskrift**'.length);
  });

  it('lists the lines whose column view holds a wide gap after its first character, a gap of tabs and odd spaces too', () => {
    const text = ['Beslutning   Godkendt.', '   Indrykket tekst', 'Sagsnr.\t \tTekst', 'Dato\u00a0\u00a0 8. maj', 'Kort'].join('\n');
    const gapped = new LineCensus(splitSourceLines(text, traitsOf(text)), traitsOf(text)).wideGapped;
    expect(gapped).toEqual([0, 2, 3]);
  });

  it('is asked only of the lines it was taken of: other lines are walked whole', () => {
    expect(indexesToAsk(census, lines, (taken) => taken.digitOpened)).toEqual([2, 8]);
    const copy = lines.slice();
    expect(indexesToAsk(census, copy, (taken) => taken.digitOpened)).toEqual(lines.map((_line, index) => index));
    expect(indexesToAsk(undefined, lines, (taken) => taken.digitOpened)).toHaveLength(lines.length);
  });
});

describe('the whole-text passes read alike with the census', () => {
  it('numbers one-entry ordered lists', () => {
    const text = ['Dagsorden', '', ' 1. Godkendelse af dagsorden', 'Godkendt.', '', ' 1. Ny bro over åen', 'Tekst om broen.', '', ' 1. Eventuelt', 'Intet.'].join('\n');
    expectSameReading(text, numberOneEntryLists);
    expect(texts(numberOneEntryLists(splitSourceLines(text), new LineCensus(splitSourceLines(text), traitsOf(text))))).toContain('3. Eventuelt');
    expectSameReading(`${text}\n2. Andet punkt`, numberOneEntryLists, false);
  });

  it('reads a Markdown table, and an antiword table of labels alone', () => {
    expectSameReading(['Referat', '', '| Navn | Fremmøde |', '| --- | --- |', '| Anne Bach | Til stede |', '| Bo Dal | Afbud |'].join('\n'), readMarkdownExport);
    expectSameReading(['Referat', 'Tekst uden tabel.'].join('\n'), readMarkdownExport, false);
  });

  it('reads decision one-liners, numbered and labelled', () => {
    const summary = ['Beslutningsreferat', 'Pkt. 1 – Godkendelse af dagsorden: Godkendt.', 'Pkt. 2 – Ny legeplads i Nordby (sag 24/1101): Anbefales.', '3. Lukket punkt: Salg af jord.', 'Pkt. 4 – Vintertjeneste 2025: Taget til efterretning.'];
    expectSameReading(summary.join('\n'), (lines, census) => readDecisionOneLiners(lines, true, census));
    expectSameReading(summary.join('\n'), (lines, census) => readDecisionOneLiners(lines, false, census));
    const numbered = ['Beslutninger', '1. Lokaletilskud (sag 21/3057) – Godkendt.', '2. Skolevej (sag 21/3058) – Udvalget godkendte et tilskud på', '   65 procent.', '3. Vintertjeneste (sag 21/3059) – Taget til efterretning.', '4. Ny bro (sag 21/3060) – Anbefales.'];
    expectSameReading(numbered.join('\n'), (lines, census) => readDecisionOneLiners(lines, true, census));
  });

  it('reads a numbered outline of sections', () => {
    const outline = ['4 Ny bro over åen', '4.1 Sagsfremstilling', 'Broen er nedslidt.', '4.2 Beslutning', 'Godkendt.', '5 Eventuelt', '5.1 Beslutning', 'Intet.'];
    expectSameReading(outline.join('\n'), readOutlineSections);
  });

  it('joins a run-together paragraph wrapped again, and leaves a text with a line wider than any wrap', () => {
    const words = 'Forvaltningen foreslår at udvalget godkender projektet om en ny bro over åen ved Nordby skole og at der afsættes midler i budgettet for det kommende år til arbejdet med broen'.split(' ');
    const wrapped: string[] = [];
    let line = '01.02.03-P20-1-24';
    for (const word of words) {
      if (`${line} ${word}`.length > 72) {
        wrapped.push(line);
        line = word;
      } else line = `${line} ${word}`;
    }
    wrapped.push(line);
    expectSameReading(['Punkt 4: Ny bro', ...wrapped, '', 'Punkt 5: Eventuelt'].join('\n'), rejoinRewrappedRuns);
    expectSameReading(['Punkt 4: Ny bro', `01.02.03-P20-1-24 ${'ord '.repeat(40)}`, '', 'Punkt 5: Eventuelt'].join('\n'), rejoinRewrappedRuns, false);
  });

  it('reads labels in a left margin beside their text, wrapped in their column, and a field after a wide gap', () => {
    const margin = ['Sagsfremstilling   Planen har været i høring i otte uger.', '                   Der kom tre svar.', '', 'Beslutning i       Godkendt.', 'Teknisk Udvalg     Fraværende: Anne Bach', 'den 08-09-2009', '', 'Sagsnr.:   09/18220          Sagen afgøres i: Teknisk Udvalg'];
    expectSameReading(margin.join('\n'), (lines, census) => readMarginLabels(lines, traitsOf(margin.join('\n')), census));
    const tabbed = margin.map((line) => line.replace('   ', '\t  ')).join('\n');
    expectSameReading(tabbed, (lines, census) => readMarginLabels(lines, traitsOf(tabbed), census));
    expectSameReading(['Referat', 'Godkendt.'].join('\n'), (lines, census) => readMarginLabels(lines, traitsOf('Referat'), census), false);
  });

  it('cuts transcribed pages, and passes a text without a line of a page length', () => {
    const page = `1 Referat af mødet i Regionsrådet 14. november 2007 kl. 14:00 i Regionsrådssalen. Medlemmerne var mødt. ${'Tekst '.repeat(30)}LUKKET MØDE 36. Personalesag`;
    expectSameReading(page, segmentTranscribedPages);
    expectSameReading(['1 Godkendelse af dagsorden', '2 Orientering', '3 Eventuelt'].join('\n'), segmentTranscribedPages, false);
  });
});
