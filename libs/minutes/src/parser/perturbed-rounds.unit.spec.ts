import { parseMinutes } from './parse-minutes.js';
import { columnView } from './prepass/column-view.js';

// Facts the eleventh and twelfth held-out rounds' documents lost under the perturbation property's whitespace kinds
// (sixteenth session): invented texts, one convention each.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const NBSP = '\u00a0';

describe('a page laid out by spaces, copied with other white space in its gaps', () => {
  it('measures a line as its spaces stood: odd spaces and tabs one space each, a tab opening the line dropped', () => {
    expect(columnView(`Beslutning i ${NBSP}  Godkendt.`)).toBe('Beslutning i    Godkendt.');
    expect(columnView('\t                 parken.')).toBe('                 parken.');
    expect(columnView('Beslutning\ti     Godkendt.')).toBe('Beslutning i     Godkendt.');
  });

  it('reads labels in a left column beside their text where the gaps hold non-breaking spaces and tabs', () => {
    const spaced = (line: string, at: number) => line.slice(0, at) + NBSP + line.slice(at + 1);
    const text = [
      'Miljøudvalget',
      'Beslutningsprotokol',
      'Mødedag          14. oktober 2008',
      '',
      '9.     Vandløbsregulativ for Møllebækken',
      '',
      spaced('Sagsfremstilling Regulativet har været i offentlig høring i otte', 16),
      '\t                 uger uden indsigelser.',
      '',
      spaced('Beslutning\ti     Regulativet vedtages.', 14),
      `Miljøudvalget  ${NBSP} Fraværende: Tove Krog`,
      'den 14-10-2008',
    ].join('\n');
    const item = parse(text).items[0]!;
    expect([item.number, item.decision?.body, item.decision?.date, item.decision?.outcome, item.decision?.text.trim()]).toEqual([9, 'Miljøudvalget', '2008-10-14', 'approved', 'Regulativet vedtages.']);
  });

  it('reads colon labels in a margin whose gaps hold non-breaking spaces, a continued line opened by a tab', () => {
    const margin = (label: string, text: string) => `${label.padEnd(16)}${NBSP} ${text}`;
    const under = (text: string) => `${' '.repeat(18)}${text}`;
    const text = [
      'Fjordby Kommune',
      margin('Mødedato:', '2. februar 2011'),
      margin('Mødested:', 'Mødelokale 3'),
      margin('Deltagere:', 'Rie Vang (C), formand'),
      `\t${under('Palle Storm (A)')}`,
      under('Nina Ask (O)'),
      margin('Afbud:', 'Bo Lykke (C)'),
      '',
      'Punkt 12          Busplan for oplandet',
      margin('Sagsnr.:', '11/0457'),
      margin('Beslutning:', 'Godkendt.'),
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.participants.map((participant) => [participant.name, participant.attendance])).toEqual([
      ['Rie Vang', 'attended'],
      ['Palle Storm', 'attended'],
      ['Nina Ask', 'attended'],
      ['Bo Lykke', 'apologies'],
    ]);
    expect(parsed.items.map((item) => [item.number, item.caseNumber, item.decision?.outcome])).toEqual([[12, '11/0457', 'approved']]);
  });
});

describe('a web page`s numbered headings, each with its access in brackets, beside page breaks', () => {
  it('keeps a heading that the page`s list repeats though a page break falls beside it and its copy', () => {
    const text = [
      'Fritidsudvalget',
      'Referat fra mødet mandag den 3. april 2017 kl. 16.00',
      'Punkter',
      '1. (Åben) Godkendelse af dagsorden',
      '2. (Åben) Tilskud til rollespil',
      'Side 1 af 3',
      '\f3. (Lukket) Køb af grund ved hallen',
      '4. (Åben) Eventuelt',
      '',
      '1. (Åben) Godkendelse af dagsorden',
      'Beslutning',
      'Godkendt.',
      '',
      '2. (Åben) Tilskud til rollespil',
      'Side 2 af 3',
      '\fSagsnr.: 17/2231',
      'Beslutning',
      'Bevilget.',
      '',
      '3. (Lukket) Køb af grund ved hallen',
      '',
      '4. (Åben) Eventuelt',
      'Side 3 af 3',
      '\fBeslutning',
      'Intet.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.closed, item.decision?.text])).toEqual([
      [1, 'Godkendelse af dagsorden', false, 'Godkendt.'],
      [2, 'Tilskud til rollespil', false, 'Bevilget.'],
      [3, 'Køb af grund ved hallen', true, undefined],
      [4, 'Eventuelt', false, 'Intet.'],
    ]);
  });
});

describe('a substitute`s sentence wrapped before its apology', () => {
  it('reads `..., der havde` / `meldt afbud.` as the absent member`s apology', () => {
    const text = [
      'Seniorrådet',
      'Referat af mødet den 2. oktober 2019',
      '',
      '1. Godkendelse af dagsorden',
      'Beslutning i Seniorrådet den 2. oktober 2019:',
      'Fraværende: Aksel Brun',
      'Godkendt. Suppleant Gudrun Lind deltog i mødet i stedet for Aksel Brun, der havde',
      'meldt afbud.',
      '',
      '2. Trafik ved plejecentret',
      'Beslutning i Seniorrådet den 2. oktober 2019:',
      'Fraværende: Aksel Brun',
      'Drøftet.',
    ].join('\n');
    expect(parse(text).participants.map((person) => [person.name, person.attendance, person.substituteFor])).toEqual([
      ['Aksel Brun', 'apologies', undefined],
      ['Gudrun Lind', 'attended', 'Aksel Brun'],
    ]);
  });
});

describe('a head laid out by spaces', () => {
  it('reads a label`s value whose words a tab parts, as a copied space (`Sted      Lokale 2,<TAB>Rådhuset`)', () => {
    const text = ['Vejudvalget', 'Referat', 'Dato               2. juni 2010', 'Sted               Lokale 2,\tSkovby Rådhus', '', '1.     Vintertjeneste', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).meeting.location).toBe('Lokale 2, Skovby Rådhus');
  });

  it('keeps a label table`s tabs as its cells', () => {
    const text = ['Vejudvalget', 'Dato\t2. juni 2010', 'Sted\tSkovby Rådhus', '', '1. Vintertjeneste', 'Beslutning', 'Godkendt.'].join('\n');
    expect([parse(text).meeting.date, parse(text).meeting.location]).toEqual(['2010-06-02', 'Skovby Rådhus']);
  });
});

describe('a member list one member a line, a line wrapped', () => {
  it('reads a line that goes on in lower case (`... - stedfortræder` / `for A`) with the member above it', () => {
    const text = [
      'PROTOKOL',
      'Fælles Havneudvalg for Stevns og Faxe Kommuner',
      'Mødedato: 4. maj 2021',
      'Deltagere:',
      'Lene Bruun (V), borgmester, Faxe Kommune',
      'Kim Laust (A), byrådsmedlem, Stevns Kommune - stedfortræder',
      'for Hans Tørning',
      'Ulla Brink (C), byrådsmedlem, Faxe Kommune',
      '',
      'Sag nr. 1 Havnens regnskab 2020',
      'Regnskabet blev godkendt.',
    ].join('\n');
    expect(parse(text).participants.map((person) => [person.name, person.substituteFor])).toEqual([
      ['Lene Bruun', undefined],
      ['Kim Laust', 'Hans Tørning'],
      ['Ulla Brink', undefined],
    ]);
  });
});

describe('lines re-wrapped by a narrower column', () => {
  it('reads an earlier treatment wrapped before its item reference (`..., sag` / `nr. 17`) whole', () => {
    const text = ['Teknisk Udvalg', 'Mødedato: 6. maj 2014', '', '12. Ny sti ved skolen', 'Tidligere behandlet:', 'Teknisk Udvalg den 4. februar 2014, sag', 'nr. 17', 'Beslutning:', 'Godkendt.'].join('\n');
    expect(parse(text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers])).toEqual([['Teknisk Udvalg', '2014-02-04', [17]]]);
  });

  it('reads a title wrapped before a last word that reads as a label in lower case (`... til offentlig` / `høring`)', () => {
    const text = ['Miljøudvalget', 'Dato: 2. maj 2016', '', 'Punkt 4. Forslag til naturplan for Egeskoven sendes i offentlig', 'høring', 'Beslutning: Godkendt.', '', 'Punkt 5. Eventuelt', 'Beslutning: Intet.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.decision?.text])).toEqual([
      [4, 'Forslag til naturplan for Egeskoven sendes i offentlig høring', 'Godkendt.'],
      [5, 'Eventuelt', 'Intet.'],
    ]);
  });
});

describe('a case course`s steps beside page breaks', () => {
  it('keeps a step`s date under its body`s label though a page counter parts them and the date recurs by the breaks', () => {
    const step = (body: string, date: string, number: number) => [`Udvalg: ${body}`, `Dato: ${date}`, `Punktnummer: ${number}`];
    const text = [
      'Byrådet',
      'Referat',
      'Mødedato: 20-06-2023',
      '',
      '1',
      'Regnskab for havnen',
      'Sagsforløb',
      ...step('Økonomiudvalget', '07-06-2023', 4).slice(0, 2),
      '1 of 4',
      `\f${step('Økonomiudvalget', '07-06-2023', 4)[2]}`,
      'Anbefales godkendt.',
      'Beslutning',
      'Godkendt.',
      '',
      '2',
      'Ny skolevej',
      'Sagsforløb',
      ...step('Økonomiudvalget', '07-06-2023', 6).slice(0, 1),
      '2 of 4',
      `\f${step('Økonomiudvalget', '07-06-2023', 6)[1]}`,
      step('Økonomiudvalget', '07-06-2023', 6)[2],
      'Anbefales godkendt.',
      'Beslutning',
      'Godkendt.',
      '',
      '3',
      'Salg af grund',
      'Sagsforløb',
      ...step('Økonomiudvalget', '07-06-2023', 8),
      '3 of 4',
      '\fAnbefales godkendt.',
      'Beslutning',
      'Godkendt.',
      '4 of 4',
    ].join('\n');
    expect(parse(text).items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date]))).toEqual([
      [['Økonomiudvalget', '2023-06-07']],
      [['Økonomiudvalget', '2023-06-07']],
      [['Økonomiudvalget', '2023-06-07']],
    ]);
  });
});
