import { parseMinutes } from './parse-minutes.js';

/**
 * Items whose headings print their title alone (no number, no word of the vocabulary), read from the document's
 * structure: the section labels every item repeats, a contents list naming the titles, the lines around a title
 * that are not one. The documents are invented.
 */
function parse(lines: string[]) {
  return parseMinutes(lines.join('\n'), 'title-only.txt');
}

const titles = (lines: string[]) => parse(lines).items.map((item) => item.title);

const HEAD = ['Referat', 'Teknik- og Miljøudvalget', 'Mødedato: 3. marts 2026', ''];

describe('items whose headings print the title alone', () => {
  it('takes the titles a contents list names, a section word among them, and an item that shows only its heading', () => {
    const parsed = parse([
      ...HEAD,
      'Indholdsfortegnelse',
      'Fraværende',
      'Ny legeplads ved Skovvej',
      'Budget for vejvedligehold',
      'Lukket: Køb af grund ved Åvej',
      '',
      'Fraværende',
      'Resume',
      'Ingen.',
      'Beslutning',
      'Afbud fra Ole Dam (V).',
      '',
      'Ny legeplads ved Skovvej',
      'Resume',
      'Forvaltningen foreslår en ny legeplads.',
      'Beslutning',
      'Godkendt.',
      '',
      'Budget for vejvedligehold',
      'Resume',
      'Vejene skal vedligeholdes i 2026.',
      'Beslutning',
      'Taget til efterretning.',
      '',
      'Lukket: Køb af grund ved Åvej',
    ]);
    expect(parsed.items.map((item) => [item.title, item.closed])).toEqual([
      ['Fraværende', false],
      ['Ny legeplads ved Skovvej', false],
      ['Budget for vejvedligehold', false],
      ['Køb af grund ved Åvej', true],
    ]);
    expect(parsed.items[1]!.decision?.outcome).toBe('approved');
  });

  it('passes over a group line printed over its group and under each title, and an access field left empty', () => {
    expect(
      titles([
        ...HEAD,
        'A. Sager til afgørelse i byrådet',
        '',
        'Ny skolestruktur i Nordby',
        'A. Sager til afgørelse i byrådet',
        'Åbent - 17.01.00-A00-4-26',
        'RESUMÉ',
        'To skoler lægges sammen.',
        'BESLUTNING',
        'Anbefales.',
        '',
        'Takster for affald 2027',
        'A. Sager til afgørelse i byrådet',
        'Åbent - ',
        'RESUMÉ',
        'Taksterne stiger.',
        'BESLUTNING',
        'Anbefales.',
        '',
        'B. Sager til orientering',
        '',
        'Orientering om vintertjeneste',
        'B. Sager til orientering',
        'Åbent - 05.01.10-G01-2-26',
        'RESUMÉ',
        'Vinteren var mild.',
        'BESLUTNING',
        'Taget til efterretning.',
      ]),
    ).toEqual(['Ny skolestruktur i Nordby', 'Takster for affald 2027', 'Orientering om vintertjeneste']);
  });

  it('reads titles repeated with the whole text (a document printed twice) as titles, not group lines', () => {
    const once = ['Ny legeplads', 'Sagsfremstilling', 'Legepladsen bygges.', 'Beslutning', 'Godkendt.', 'Nye vejnavne', 'Sagsfremstilling', 'To veje navngives.', 'Beslutning', 'Godkendt.'];
    expect(titles([...HEAD, ...once, ...once])).toEqual(['Ny legeplads', 'Nye vejnavne', 'Ny legeplads', 'Nye vejnavne']);
  });

  it('lets the labels replace a run of two numbered decision lines (`Ad 1: Godkendt.`) when they find clearly more items', () => {
    const item = (title: string, decision: string[]) => [title, 'Sagsnr.: 26/0100', 'Indstilling', 'Forvaltningen indstiller, at sagen godkendes.', 'Beslutning', ...decision, ''];
    expect(
      titles([
        ...HEAD,
        ...item('Ny legeplads', ['Ad 1: Godkendt.', 'Ad 2: Godkendt.']),
        ...item('Nye vejnavne', ['Godkendt.']),
        ...item('Cykelsti langs Åvej', ['Godkendt.']),
        ...item('Orientering om trafiktal', ['Taget til efterretning.']),
      ]),
    ).toEqual(['Ny legeplads', 'Nye vejnavne', 'Cykelsti langs Åvej', 'Orientering om trafiktal']);
  });

  it('opens an item at a case number alone under its title (its first label differs), and at its opening label after a decision followed by more labels', () => {
    const parsed = parse([
      ...HEAD,
      'Ny legeplads ved Skovvej',
      '01.05.00-P15-2-26',
      'Resume',
      'Legepladsen bygges.',
      'Beslutning',
      'Godkendt.',
      'Sagsfremstilling',
      'Skolen har ønsket legepladsen.',
      'Budget for vejvedligehold',
      '05.01.00-G01-3-26',
      'Indstilling',
      'Forvaltningen indstiller, at budgettet godkendes.',
      'Beslutning',
      'Anbefales.',
      'Sagsfremstilling',
      'Budgettet er uændret.',
      'Orientering om trafiktal',
      '05.13.00-A00-4-26',
      'Resume',
      'Trafikken er faldet.',
      'Beslutning',
      'Taget til efterretning.',
    ]);
    expect(parsed.items.map((item) => [item.title, item.caseNumber])).toEqual([
      ['Ny legeplads ved Skovvej', '01.05.00-P15-2-26'],
      ['Budget for vejvedligehold', '05.01.00-G01-3-26'],
      ['Orientering om trafiktal', '05.13.00-A00-4-26'],
    ]);
  });

  it('passes over a reference in brackets under the title, and reads a title ending in a leader dot', () => {
    expect(
      titles([
        ...HEAD,
        'Cykelstier på Nørregade .',
        '(TMU 301/2026)',
        'INDSTILLING OG BESLUTNING',
        'Forvaltningen indstiller, at stierne anlægges.',
        'Teknik- og Miljøudvalgets beslutning i mødet den 3. marts 2026',
        'Anbefalet.',
        '',
        'Forsøg med affaldssortering .',
        '(TMU 288/2026)',
        'INDSTILLING OG BESLUTNING',
        'Forvaltningen indstiller, at forsøget godkendes.',
        'Teknik- og Miljøudvalgets beslutning i mødet den 3. marts 2026',
        'Godkendt.',
      ]),
    ).toEqual(['Cykelstier på Nørregade .', 'Forsøg med affaldssortering .']);
  });

  it('opens an item at an optional label over its opener when a plain title stands over it, never at a vote line', () => {
    const item = (title: string, before: string[], decision: string[]) => [title, ...before, 'Sammendrag', 'Sagen forelægges.', 'Beslutning', ...decision, ''];
    expect(
      titles([
        ...HEAD,
        ...item('Godkendelse af dagsorden', [], ['Godkendt']),
        ...item('Trafikplan 2027-2030', ['Tidligere behandling', 'Økonomiudvalget den 17. februar 2026 Punkt 12'], ['Anbefales', 'For stemte: A og F', 'Imod stemte: V']),
        ...item('Vintertjeneste på cykelstier', [], ['Godkendt']),
        ...item('Nye vejnavne', [], ['Godkendt']),
      ]),
    ).toEqual(['Godkendelse af dagsorden', 'Trafikplan 2027-2030', 'Vintertjeneste på cykelstier', 'Nye vejnavne']);
  });

  it('opens items at the label every item holds, not at an optional one that comes first in most', () => {
    const item = (title: string, earlier: string[]) => [title, ...earlier, 'Indhold', 'Sammendrag', 'Sagen forelægges.', 'Beslutning', 'Godkendt', ''];
    const earlier = ['Tidligere behandling', 'Social- og Sundhedsudvalget den 5. februar 2026 Punkt 6'];
    expect(
      titles([...HEAD, ...item('Godkendelse af dagsorden', []), ...item('Status på rehabilitering', earlier), ...item('Takster for madservice', earlier), ...item('Gratis træning for pensionister', [])]),
    ).toEqual(['Godkendelse af dagsorden', 'Status på rehabilitering', 'Takster for madservice', 'Gratis træning for pensionister']);
  });

  it('reads an item before the first labelled one that shows only its decision', () => {
    expect(
      titles([
        'Referat af Byrådets møde d. 24.03.2026',
        'Godkendelse af dagsorden',
        'Beslutning Byrådet, 24.03.2026',
        'Godkendt.',
        'Lokalplan 12 for boliger ved Havnen',
        'Sagsnr.: 26/0201',
        'Resume',
        'Planen giver plads til 60 boliger.',
        'Beslutning Byrådet, 24.03.2026',
        'Godkendt.',
        'Anlægsbevilling til svømmehallen',
        'Sagsnr.: 26/0202',
        'Resume',
        'Taget skal udskiftes.',
        'Beslutning Byrådet, 24.03.2026',
        'Godkendt.',
      ]),
    ).toEqual(['Godkendelse af dagsorden', 'Lokalplan 12 for boliger ved Havnen', 'Anlægsbevilling til svømmehallen']);
  });

  it('reads closed items that print only their marked heading, in capitals too, and a heading printed again once', () => {
    const parsed = parse([
      ...HEAD,
      'NY LEGEPLADS',
      'Sagsnr.: 26/0301',
      'Resume',
      'Legepladsen bygges.',
      'Beslutning',
      'Godkendt.',
      'NYE VEJNAVNE',
      'Sagsnr.: 26/0302',
      'Resume',
      'To veje navngives.',
      'Beslutning',
      'Godkendt.',
      'NYE VEJNAVNE (LUKKET)',
      'LUKKET PUNKT: PERSONALESAG',
      'KØB AF GRUND (LUKKET)',
    ]);
    expect(parsed.items.map((item) => [item.title, item.closed])).toEqual([
      ['NY LEGEPLADS', false],
      ['NYE VEJNAVNE', false],
      ['PERSONALESAG', true],
      ['KØB AF GRUND', true],
    ]);
  });

  it('takes no access markers heading a table of earlier treatments for items', () => {
    const item = (title: string) => ['Åbent punkt', title, 'Behandling', 'Åbent punkt', 'Lukket punkt', 'Teknik- og Miljøudvalget', '03-03-2026', 'Resume', 'Sagen forelægges.', 'Beslutning', 'Godkendt.', ''];
    expect(titles([...HEAD, ...item('Ny legeplads'), ...item('Nye vejnavne'), ...item('Cykelsti langs Åvej')])).toEqual(['Ny legeplads', 'Nye vejnavne', 'Cykelsti langs Åvej']);
  });
});
