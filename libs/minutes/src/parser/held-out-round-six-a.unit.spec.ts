import { readCaseNumber } from './case-number.js';
import { parseMinutes } from './parse-minutes.js';
import { readSectionHeading } from './section-heading.js';
import { toSourceLine } from './source-line.js';

// Conventions the sixth held-out round of issue 12 (half A: Jylland and the islands, systems outside the catalogue)
// showed the reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const items = (text: string) => parse(text).items.map((item) => [item.number ?? null, item.title, item.closed]);
const line = (text: string) => toSourceLine(text, 1);

describe('conventions from the sixth held-out round (half A)', () => {
  it('reads `Sag:` with its colon as a case-number label (a word-processor referat), not only PolWeb`s `Sag <nr>`', () => {
    expect(readCaseNumber('Sag: 02.34.02-G10-1-19')).toMatchObject({ value: '02.34.02-G10-1-19', labelled: true, whole: true });
    expect(readCaseNumber('Sag: 14/2231')).toMatchObject({ value: '14/2231', labelled: true });
    // A sentence that starts with the word is no label.
    expect(readCaseNumber('Sagen blev behandlet 14/3')).toBeUndefined();
  });

  it('reads a year and a six-digit serial alone on its line as a case number, but not a span of years', () => {
    expect(readCaseNumber('2018-044312')).toMatchObject({ value: '2018-044312', distinctive: true, whole: true });
    expect(readCaseNumber('2019-2022')).toBeUndefined();
    expect(readCaseNumber('Dok.nr.: 2018-044312')).toBeUndefined();
  });

  it('reads a council`s own `<Råd>s beslutning:` label as the decision, a committee`s genitive not', () => {
    expect(readSectionHeading(line('Byrådets beslutning: Godkendt.'))).toMatchObject({ kind: 'decision', inline: 'Godkendt.' });
    expect(readSectionHeading(line('Kommunalbestyrelsens beslutning:'))).toMatchObject({ kind: 'decision' });
    expect(readSectionHeading(line('Socialudvalgets beslutning: Anbefales.'))).toBeUndefined();
  });

  it('opens the next item at `N.<TAB>Titel` straight over its decision, with no case number or other section', () => {
    const text = [
      'Referat af møde i Byrådet onsdag den 3. april 2019 kl. 19.00 i Byrådssalen',
      '',
      '1.\tGodkendelse af dagsorden',
      'Sag: 00.01.00-A00-1-19',
      'Byrådets beslutning: Godkendt.',
      '',
      '2.\tSpørgetid',
      'Byrådets beslutning: Der var ingen spørgsmål.',
      '',
      '3.\tEventuelt',
      'Byrådets beslutning: Intet.',
    ].join('\n');
    expect(items(text)).toEqual([[1, 'Godkendelse af dagsorden', false], [2, 'Spørgetid', false], [3, 'Eventuelt', false]]);
    expect(parse(text).items[0]).toMatchObject({ caseNumber: '00.01.00-A00-1-19', decision: { outcome: 'approved' } });
  });

  it('reads a head printed after the items (the front page extracted last) and keeps it out of the last item', () => {
    const text = [
      'Åbne punkter',
      '4. Godkendelse af dagsorden',
      'Sag: 18/301',
      'Beslutning:',
      'Godkendt.',
      '',
      '5. Vintervedligeholdelse',
      'Sag: 18/288',
      'Beslutning:',
      'Taget til efterretning.',
      '',
      'Mødet hævet kl. 20.30',
      '',
      'Ærø Kommune',
      'Referat',
      'Teknisk Udvalg',
      'Mødedato: 12.11.2018',
      'Mødetidspunkt: 17:00',
      'Mødested: Rådhuset, mødelokale 2',
      'Fraværende: Bo Ravn',
    ].join('\n');
    const minutes = parse(text);
    expect(minutes.meeting).toMatchObject({ body: 'Teknisk Udvalg', date: '2018-11-12', startTime: '17:00', location: 'Rådhuset, mødelokale 2' });
    expect(minutes.participants).toMatchObject([{ name: 'Bo Ravn', attendance: 'absent' }]);
    expect(minutes.items[1]!.decision!.text).not.toContain('Mødedato');
  });
});
