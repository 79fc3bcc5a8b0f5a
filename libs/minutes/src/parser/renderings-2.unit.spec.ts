import { parseMinutes } from './parse-minutes.js';
import { readTrailingLabels } from './prepass/trailing-labels.js';
import { unglueLines } from './prepass/unglue.js';
import { withoutHtml2textMarkup } from './prepass/html2text-markup.js';
import { splitSourceLines } from './source-line.js';

// Conventions of the office renderings (`fixtures/office-renderings.ts`: LibreOffice, Adobe Reader, html2text,
// `pdftotext -raw`) that the reader missed, each written with invented text.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const items = (text: string) => parse(text).items.map((item) => [item.number, item.title, item.caseNumber, item.decision?.text.trim() ?? null]);
const unglued = (lines: readonly string[]) => unglueLines(splitSourceLines(lines.join('\n'))).map((line) => line.text);

const HEAD = ['Prøveudvalget', 'Referat', 'Mødedato: 14. april 2021 kl. 16.00', 'Mødested: Lokale 3, Prøveby Rådhus', ''];

/** Two items with their labels alone on their lines, as the clean text prints them. */
const LABELS_ALONE = [
  ...HEAD,
  'Punkt 1: Nye bænke langs åstien i Vestby',
  'Sagsnr.: 21/0933',
  'Resume',
  'Der er ønske om flere bænke, så ældre borgere kan hvile sig på turen.',
  'Beslutninger',
  'Indstillingen godkendt.',
  '',
  'Punkt 2: Orientering om årets vintertjeneste',
  'Sagsnr.: 21/1120',
  'Sagsfremstilling',
  'Vintertjenesten har kørt flere gange end sidste år.',
  'Beslutning',
  'Taget til efterretning.',
];

describe('renderings: a label column on its value`s first line (`pdftotext -raw`)', () => {
  it('reads `Beslutninger Godkendt.` as the label over its value', () => {
    const sameLine = LABELS_ALONE.join('\n').replace(/^(Resume|Beslutninger|Sagsfremstilling|Beslutning)\n/gmu, '$1 ');
    expect(sameLine).toContain('Beslutninger Indstillingen godkendt.');
    expect(items(sameLine)).toEqual(items(LABELS_ALONE.join('\n')));
    expect(items(sameLine).map((item) => item[3])).toEqual(['Indstillingen godkendt.', 'Taget til efterretning.']);
  });

  it('leaves a decision block`s opener whole: a body after the label, a town`s name or a suspended compound before it, or a date after ` den `', () => {
    const openers = ['Beslutning Økonomiudvalget', 'Beslutning Vestby Byråd', 'Beslutning Børne- og Familieudvalget', 'Beslutning Prøveudvalget 2018-2021 den 03-05-2021'];
    expect(unglued(openers)).toEqual(openers);
    expect(unglued(['Beslutning Sagen udsættes.', 'Resume Sagen handler om bænke.'])).toEqual(['Beslutning', 'Sagen udsættes.', 'Resume', 'Sagen handler om bænke.']);
  });
});

describe('renderings: html2text`s Markdown of a referat', () => {
  const html2text = [
    ...HEAD,
    'Referat',
    '  * 31. Nye bænke langs åstien i Vestby',
    '    **Tidligere behandling**',
    '    _Prøveudvalget den 3. marts 2021 Punkt 4_',
    '    **Indstilling**',
    '1\\. At der opsættes otte bænke.',
    '    **Bilag**',
    '    [Kort over åstien](https://www.proeveby.example/bilag/1.pdf)',
    '    **Beslutning**',
    '    Godkendt.',
    '  * 32. Orientering om årets vintertjeneste',
    '    **Beslutning**',
    '    Taget til efterretning.',
  ].join('\n');

  it('reads a link as its text, an escaped number as the number, an italic line as the line, `  * ` as a bullet, line for line', () => {
    const read = withoutHtml2textMarkup(html2text).split('\n');
    expect(read).toHaveLength(html2text.split('\n').length);
    expect(read.filter((line) => /[\\_[\]]|^ {2}\*/u.test(line))).toEqual([]);
    expect(read).toEqual(expect.arrayContaining(['  • 31. Nye bænke langs åstien i Vestby', '    Prøveudvalget den 3. marts 2021 Punkt 4', '1. At der opsættes otte bænke.', '    Kort over åstien']));
  });

  it('reads the bulleted items with their decisions and the italic earlier treatment', () => {
    expect(items(html2text).map((item) => item.slice(0, 2).concat(item[3]))).toEqual([
      [31, 'Nye bænke langs åstien i Vestby', 'Godkendt.'],
      [32, 'Orientering om årets vintertjeneste', 'Taget til efterretning.'],
    ]);
    expect(parse(html2text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers])).toEqual([['Prøveudvalget', '2021-03-03', [4]]]);
  });

  it('leaves a `lynx -dump`s bullets before its links, a word`s own underscore and a rule of underscores', () => {
    const lynx = ['Indhold', '  * [13]1. Godkendelse af dagsorden', '  * [14]2. Eventuelt', 'Mødested: mødelokale_2', 'Godkendt.', '______________________', '_ _'].join('\n');
    expect(withoutHtml2textMarkup(lynx)).toBe(lynx);
  });
});

describe('renderings: a flipbook`s run-together paragraphs wrapped again (pandoc, `fmt`, a mail client)', () => {
  const flipbook = [
    'Referat af Byrådets møde d. 12.05.2022',
    'Byrådet 12-05-2022',
    'Punkt 71: Regnskab 2021 for Prøveby Kommune',
    '00.30.10-S00-4-22 Resume Regnskabet viser et overskud på den ordinære drift på 41 mio. kr. Kompetenceudvalg: Byrådet INDSTILLING Økonomi og Personale indstiller, at regnskabet godkendes og oversendes til revisionen. Beslutning Økonomiudvalget, 03.05.2022 Anbefales. Beslutning Byrådet, 12.05.2022 Ida Kolding var fraværende. Godkendt. Sagsfremstilling Anlægsudgifterne var lavere end budgetteret.',
    'Byrådet 12-05-2022',
    'Punkt 72: Lokalplan for boliger ved Vestby Mølle - endelig vedtagelse',
    '01.02.05-P16-3-21 Resume Planforslaget har været i høring i otte uger. Kompetenceudvalg: Byrådet INDSTILLING Teknik og Miljø indstiller, at lokalplanen vedtages endeligt. Beslutning Teknik- og Miljøudvalget, 04.04.2022 Udsat. Beslutning Teknik- og Miljøudvalget, 25.04.2022 Anbefales. Beslutning Byrådet, 12.05.2022 Ida Kolding var fraværende. Sagen sendes tilbage til Teknik- og Miljøudvalget. Sagsfremstilling Området ligger ved åen.',
  ];
  /** Each line wrapped at `width` columns at its spaces, as `fmt -w` does. */
  const wrapped = (lines: readonly string[], width: number) =>
    lines.flatMap((line) => {
      const out: string[] = [];
      for (const word of line.split(' ')) {
        const last = out.length - 1;
        if (last >= 0 && out[last]!.length + 1 + word.length <= width) out[last] = `${out[last]} ${word}`;
        else out.push(word);
      }
      return out;
    });
  const read = (text: string) =>
    parse(text).items.map((item) => [item.number, item.decision?.outcome, item.decision?.text.trim(), item.earlierTreatments.map((treatment) => [treatment.body, treatment.date])]);

  it('reads the decision blocks of each paragraph as the unwrapped flipbook`s', () => {
    for (const width of [72, 76]) {
      const text = wrapped(flipbook, width).join('\n');
      expect(text.split('\n').length).toBeGreaterThan(flipbook.length + 8);
      expect(read(text)).toEqual(read(flipbook.join('\n')));
    }
    expect(read(flipbook.join('\n')).map((item) => item.slice(0, 2))).toEqual([
      [71, 'approved'],
      [72, 'other'],
    ]);
  });
});

describe('renderings: a label column drawn after its values (`pdftotext -raw`)', () => {
  /** Each label alone on its line moved after its value's lines (up to the next blank line or label). */
  const labelsAfter = (lines: readonly string[]) => {
    const out = [...lines];
    const isLabel = (line: string) => /^(?:Resume|Beslutninger|Beslutning|Sagsfremstilling)$/u.test(line);
    for (let at = 0; at < out.length; at++) {
      if (!isLabel(out[at]!)) continue;
      let end = at + 1;
      while (end < out.length && out[end] !== '' && !isLabel(out[end]!)) end++;
      out.splice(end - 1, 0, ...out.splice(at, 1));
      at = end - 1;
    }
    return out;
  };
  const three = [
    ...LABELS_ALONE,
    '',
    'Punkt 3: Tilskud til Vestby Spejdernes nye hytte',
    'Sagsnr.: 21/1377',
    'Sagsfremstilling',
    'Spejderne har søgt om tilskud til en ny hytte.',
    'Hytten skal stå ved skoven.',
    'Beslutning',
    'Bevilget med 50.000 kr.',
  ];

  it('reads the decisions as the text written label first, where several items end in a label', () => {
    const after = labelsAfter(three);
    expect(after.slice(-2)).toEqual(['Bevilget med 50.000 kr.', 'Beslutning']);
    expect(after.filter((line, at) => line === 'Beslutning' && /^Punkt/u.test(after[at + 2] ?? ''))).toHaveLength(1);
    expect(items(after.join('\n'))).toEqual(items(three.join('\n')));
    expect(items(three.join('\n')).map((item) => item[3])).toEqual(['Indstillingen godkendt.', 'Taget til efterretning.', 'Bevilget med 50.000 kr.']);
  });

  it('leaves a text whose items do not end in labels as it is', () => {
    const oneEmpty = [...three.slice(0, -1)];
    expect(items(oneEmpty.join('\n')).map((item) => item[3])).toEqual(['Indstillingen godkendt.', 'Taget til efterretning.', null]);
  });

  it('leaves a text written label first whose numbered recommendations print their list labels alone (`1)`, Acrobat`s text)', () => {
    const item = (number: number, title: string, decision: string) => [
      `Punkt ${number}: ${title}`,
      'Beslutninger',
      decision,
      'Resume',
      'Sagen forelægges til beslutning.',
      'Beslutningspunkter',
      '1)',
      'at forslaget godkendes.',
    ];
    const labelFirst = [
      ...item(1, 'Godkendelse af dagsorden', 'Godkendt.'),
      ...item(2, 'Nye åbningstider på Nordby Bibliotek', 'Godkendt med den ændring, at der åbnes kl. 9.'),
      ...item(3, 'Tilskud til Vestby Spejdernes nye hytte', 'Udsat.'),
    ];
    expect(items(labelFirst.join('\n')).map((item) => item[3])).toEqual(['Godkendt.', 'Godkendt med den ændring, at der åbnes kl. 9.', 'Udsat.']);
  });

  it('counts no attachments label before the next entry as drawn after its value (a contents list whose files are gone)', () => {
    const contents = ['Dagsorden:', '1. Godkendelse af dagsorden', 'Bilag', '2. Nye bænke langs åstien', 'Bilag', '3. Orientering om vintertjenesten', 'Bilag', '4. Eventuelt', 'Bilag'];
    const lines = splitSourceLines([...contents, '', ...LABELS_ALONE].join('\n'));
    expect(readTrailingLabels(lines)).toBe(lines);
  });

  it('leaves a web page whose items print their title unnumbered at the top and their heading again under `Beslutning`', () => {
    const titles = ['Godkendelse af dagsorden', 'Nye åbningstider på Nordby Bibliotek', 'Tilskud til Vestby Spejdernes nye hytte', 'Orientering om årets vintertjeneste'];
    const decisions = ['Godkendt.', 'Godkendt med den ændring, at der åbnes kl. 9.', 'Udsat.', 'Taget til efterretning.'];
    const page = [
      ...HEAD,
      ...titles.flatMap((title, at) => [
        title,
        'Sagsfremstilling',
        'Sagen forelægges udvalget til beslutning.',
        'Beslutning',
        `${at + 1}`,
        title,
        'Prøveudvalgets beslutning i mødet den 14. april 2021',
        decisions[at]!,
        '',
      ]),
    ];
    const lines = splitSourceLines(page.join('\n'));
    expect(readTrailingLabels(lines).map((line) => line.raw)).toEqual(page);
    expect(items(page.join('\n')).map((item) => [item[0], `${item[3]}`.split('\n')[0]])).toEqual(decisions.map((decision, at) => [at + 1, decision]));
  });
});

describe('renderings: a word processor`s typography', () => {
  it('reads an em dash after a no-break space as the separator `–` (`Nr.4<NBSP>— Titel`)', () => {
    const clean = [...HEAD, 'Nr.4 - Nye bænke langs åstien', 'Beslutning', 'Godkendt.', '', 'Nr.5 - Vintertjenesten', 'Beslutning', 'Taget til efterretning.'];
    const typeset = clean.map((line) => line.replace(/^(Nr\.\d) - /u, '$1\u00a0\u2014 ')).join('\n');
    expect(typeset).toContain('Nr.4\u00a0\u2014 Nye');
    expect(items(typeset).map((item) => [item[0], item[1], item[3]])).toEqual([
      [4, 'Nye bænke langs åstien', 'Godkendt.'],
      [5, 'Vintertjenesten', 'Taget til efterretning.'],
    ]);
  });
});
