import { parseMinutes } from './parse-minutes.js';
import { withoutMailQuoting } from './prepass/mail-quoting.js';

// Conventions of the renderings (`fixtures/renderings.ts`: the text another tool chain makes of the same minutes)
// that the reader missed, each written with invented text.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const items = (text: string) => parse(text).items.map((item) => [item.number, item.title, item.caseNumber, item.decision?.text.trim() ?? null]);
const meeting = (text: string) => {
  const { meeting: read } = parse(text);
  return [read.body, read.date, read.startTime];
};

const MINUTES = [
  'Prøveudvalget',
  'Referat',
  'Mødedato: 14. april 2021 kl. 16.00',
  'Mødested: Lokale 3, Prøveby Rådhus',
  '',
  'Punkt 1: Godkendelse af dagsorden',
  'Sagsnr.: 21/0417',
  'Beslutning:',
  'Godkendt.',
  '',
  'Punkt 2: Nye bænke langs åstien i Vestby',
  'Sagsnr.: 21/0933',
  'Sagsfremstilling:',
  'Der er ønske om flere bænke, så ældre borgere kan hvile sig på turen.',
  'Beslutning:',
  'Indstillingen godkendt.',
  '',
  'Punkt 3: Orientering om årets vintertjeneste og saltforbruget',
  'Sagsnr.: 21/1120',
  'Sagsfremstilling:',
  'Vintertjenesten har kørt flere gange end sidste år, og forbruget af salt er steget tilsvarende.',
  'Beslutning:',
  'Taget til efterretning.',
];

const quoted = (marker: string, lines: readonly string[]) => lines.map((line) => (line === '' ? marker : `${marker} ${line}`));

describe('renderings: a referat passed on quoted in a mail', () => {
  const note = ['Hej Kim', '', 'Her er referatet, som lovet.', '', 'Mvh', 'Lone', ''];
  const header = ['-----Oprindelig meddelelse-----', 'Fra: Lone Bæk <lb@proeveby.example>', 'Sendt: 20. april 2021 08:03', 'Emne: Referat', ''];
  const signature = ['', '-- ', 'Lone Bæk', 'Tlf. 12 34 56 78'];

  it('reads the quoted text as the document: the note, the mail header and the signature around it are the mail', () => {
    const text = [...note, ...header, ...quoted('>', MINUTES), ...signature].join('\n');
    expect(meeting(text)).toEqual(meeting(MINUTES.join('\n')));
    expect(items(text)).toEqual(items(MINUTES.join('\n')));
    expect(items(text)).toHaveLength(3);
  });

  it('takes off the marks of the level most of the text is quoted at (`> > ` or `>> `), the lines over it blanked line for line', () => {
    for (const marker of ['> >', '>>']) {
      const text = [...note, ...header, '> Den 19. apr. 2021 kl. 15.10 skrev Ole Dam <od@proeveby.example>:', ...quoted(marker, MINUTES), ...signature].join('\n');
      expect(withoutMailQuoting(text).split('\n')).toHaveLength(text.split('\n').length);
      expect(withoutMailQuoting(text).trim().split('\n').slice(0, 2)).toEqual(MINUTES.slice(0, 2));
      expect(items(text)).toEqual(items(MINUTES.join('\n')));
    }
  });

  it('reads a referat that opens with its own mail header under the quote marks as that mail', () => {
    const own = ['Fra: Sekretariatet <sek@proeveby.example>', 'Sendt: 15. april 2021 09:14', 'Til: Prøveudvalget', 'Emne: Referat fra Prøveudvalget', '', ...MINUTES];
    const text = [...note, ...quoted('>', own)].join('\n');
    expect(withoutMailQuoting(text).trim().split('\n')[0]).toBe(own[0]);
    expect(meeting(text)).toEqual(['Prøveudvalget', '2021-04-14', '16:00']);
  });

  it('takes the marks off under an extraction’s spacing (a tab or non-breaking space after `>`, a form feed and a page counter)', () => {
    const lines = quoted('>', MINUTES).map((line, index) => (index === 6 ? line.replace('> ', '>\t') : index === 9 ? line.replace('> ', '>\u00a0') : line));
    const text = [...note, ...lines.slice(0, 8), 'Side 1 af 2', `\f${lines[8]}`, ...lines.slice(9)].join('\n');
    const written = withoutMailQuoting(text).split('\n');
    expect(written).toContain('Side 1 af 2');
    expect(written).toContain(`\f${MINUTES[8]}`);
    expect(written.filter((line) => line.startsWith('>'))).toEqual([]);
    expect(items(text)).toEqual(items(MINUTES.join('\n')));
  });

  it('leaves a reply written between quoted passages, a short quotation and a mostly unquoted text as they are', () => {
    const between = [...quoted('>', MINUTES.slice(0, 9)), 'Enig, men punkt 2 bør udsættes.', ...quoted('>', MINUTES.slice(9))].join('\n');
    expect(withoutMailQuoting(between)).toBe(between);
    const short = [...MINUTES, '', ...quoted('>', ['Husk mødet.'])].join('\n');
    expect(withoutMailQuoting(short)).toBe(short);
    const earlierAgenda = [...MINUTES, ...MINUTES, '', ...quoted('>', MINUTES)].join('\n');
    expect(withoutMailQuoting(earlierAgenda)).toBe(earlierAgenda);
  });
});

describe('renderings: pandoc markdown of a referat', () => {
  it('reads item headings listed with pandoc’s dash bullets (`-   12. Titel`) as the same items as with `•`', () => {
    const bulleted = (bullet: string) =>
      [
        'Prøverådet',
        'Referat',
        'Mødedato: 2. juni 2022 kl. 10.00',
        '',
        `${bullet}12. Godkendelse af dagsorden`,
        '    Beslutning',
        '    Godkendt.',
        `${bullet}13. Høring om nye stier i Nordskoven`,
        '    Beslutning',
        '    Rådet afgav høringssvar.',
      ].join('\n');
    expect(items(bulleted('-   '))).toEqual(items(bulleted('  • ')));
    expect(items(bulleted('-   ')).map(([number, title]) => [number, title])).toEqual([
      [12, 'Godkendelse af dagsorden'],
      [13, 'Høring om nye stier i Nordskoven'],
    ]);
  });

  it('reads a markdown heading holding only the item number (`## 2.`) with its title on the next line, as eDoc prints it', () => {
    const numberOver = (marker: string) =>
      ['Prøverådet', 'Referat', 'Mødedato: 2. juni 2022', '', `${marker}1.`, '', 'Godkendelse af dagsorden', '', 'Godkendt.', '', `${marker}2.`, '', 'Nye stier i Nordskoven', '', 'Beslutning:', 'Godkendt.'].join('\n');
    expect(items(numberOver('## ')).map(([number, title]) => [number, title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Nye stier i Nordskoven'],
    ]);
  });

  it('keeps a dash list of numbered lower-case points inside an item as its text', () => {
    const text = ['Prøverådet', 'Referat', 'Mødedato: 2. juni 2022', '', 'Punkt 1: Budget', 'Beslutning:', 'Godkendt med to ændringer:', '- 2. behandling af budgettet flyttes', '- 3. rate udbetales i maj'].join('\n');
    expect(items(text).map(([number]) => number)).toEqual([1]);
  });
});
