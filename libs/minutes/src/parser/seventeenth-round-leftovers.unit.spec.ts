import { parseMinutes } from './parse-minutes.js';
import { titlesOfUncountedRun } from './uncounted-title-runs.js';

/**
 * Leftovers of the seventeenth real-minutes probe (session 29), read again: conventions of the publishing systems the
 * probe met. Every text here is invented, written in the convention it tests.
 */
function listed(text: string): string[] {
  return parseMinutes(text, 'probe.txt').items.map((item) => `${item.number ?? '?'} ${item.title}`);
}

describe('seventeenth probe leftovers: a docplayer contents run that lost every number after the first', () => {
  // A transcript page per line: the contents page holds `1.` and then the titles run together up to a leader's page.
  const head = '1 Plan- og miljøudvalget REFERAT Sted: Mødelokale 3 Dato: Mandag den 6. maj 2030 Start kl.: 15:00 Slut kl.: 17:30 Medlemmer: Ane Holt (A) Bo Lund (V) Havnby Kommune';
  const contents =
    '2 Plan- og miljøudvalget Indholdsfortegnelse Side 1. Budgetopfølgning for plan- og miljøudvalget ultimo marts måned ' +
    'Årsberetning for naturplejen Ændret placering af genbrugspladsen i Østerby Godkendelse af planlægning, der muliggør ' +
    'solceller ved Kildevej Renovering af springvandet på torvet Kulturhuset Remisen, tilbygning Forslag til ny ' +
    'trafikpolitik i Havnby Kommune Meddelelser...21 Bilagsoversigt...22 Havnby Kommune';
  const expected = [
    '1 Budgetopfølgning for plan- og miljøudvalget ultimo marts måned',
    '2 Årsberetning for naturplejen',
    '3 Ændret placering af genbrugspladsen i Østerby',
    '4 Godkendelse af planlægning, der muliggør solceller ved Kildevej',
    '5 Renovering af springvandet på torvet',
    '6 Kulturhuset Remisen, tilbygning',
    '7 Forslag til ny trafikpolitik i Havnby Kommune',
    '8 Meddelelser',
  ];

  it('reads the run (read as item 1 heading) as the items it lists, up to the leader', () => {
    const text = ['Plan- og miljøudvalget REFERAT', '', 'Transkript', '', head, '', contents, '', '3 Plan- og miljøudvalget Budgetopfølgning for plan- og miljøudvalget ultimo marts måned S00 30/411 Åben sag Sagsfremstilling Forbruget svarer til budgettet.'].join('\n');
    expect(listed(text)).toEqual(expected);
  });

  it('reads the run after a contents heading where no item heading was read', () => {
    const text = ['Transkript', '', head, '', contents.replace('Indholdsfortegnelse Side 1.', 'Indholdsfortegnelse 1.')].join('\n');
    expect(listed(text).slice(0, 3)).toEqual(expected.slice(0, 3));
    expect(listed(text)).toHaveLength(expected.length);
  });

  it('cuts the run after the title its item heading prints, where that item was read', () => {
    const run = 'Evaluering af forsøg med åbne haller - Havnby Idrætscenter samt status på hallerne Ansøgning om tilskud til nye bander Tilslutning til Kulturpagt Vestkysten Til orientering - Havnby Cykeldag Til orientering - Trækfuglene - Nomineret til pris 25 2';
    expect(titlesOfUncountedRun(run, 'Evaluering af forsøg med åbne haller - Havnby Idrætscenter samt status på hallerne')).toEqual([
      'Evaluering af forsøg med åbne haller - Havnby Idrætscenter samt status på hallerne',
      'Ansøgning om tilskud til nye bander',
      'Tilslutning til Kulturpagt Vestkysten',
      'Til orientering - Havnby Cykeldag',
      'Til orientering - Trækfuglene - Nomineret til pris',
    ]);
    // (Required and not opening the run: nothing is cut.)
    expect(titlesOfUncountedRun(run, 'Årsregnskab', true)).toBeUndefined();
  });

  it('keeps a name after a preposition, a month or a comma inside its title', () => {
    expect(titlesOfUncountedRun('Budgetopfølgning 30. april Havnby Kommune Låneoptagelse for 2030 i juni - Havnby Havn, nordlig del Affaldsplan for Havnby Kommune 7 8')).toEqual([
      'Budgetopfølgning 30. april Havnby Kommune',
      'Låneoptagelse for 2030 i juni - Havnby Havn, nordlig del',
      'Affaldsplan for Havnby Kommune',
    ]);
  });

  it('reads no run of fewer than three titles, nor one whose cut leaves a title too long, nor one whose end does not show', () => {
    expect(titlesOfUncountedRun('Godkendelse af dagsorden Meddelelser...4')).toBeUndefined();
    expect(titlesOfUncountedRun(`Godkendelse af dagsorden Meddelelser Orientering om ${'havnens drift og '.repeat(15)}økonomi...4`)).toBeUndefined();
    // (No leader's page nor pages after the last title: the run may be cut off anywhere.)
    expect(titlesOfUncountedRun('Godkendelse af dagsorden Meddelelser Orientering om havnens drift')).toBeUndefined();
    expect(titlesOfUncountedRun('Godkendelse af dagsorden Meddelelser Orientering om havnens drift 5')).toEqual(['Godkendelse af dagsorden', 'Meddelelser', 'Orientering om havnens drift']);
  });
});

describe('seventeenth probe leftovers: a docplayer contents run that lost every number', () => {
  // The contents page's heading and page column's label, the titles run together on the next line without any number.
  const text = [
    'Transkript',
    '',
    '1 Referat Havnby Byråd Ordinært møde Dato 17. oktober 2030 Tid 19:00 Sted Byrådssalen, Havnby Rådhus Medlemmer Ane Holt (A) Bo Lund (V)',
    '',
    '2 Indholdsfortegnelse Side',
    'behandling af budgetforslag Resultat af udbud af rengøring på skolerne Helhedsplan for ældreområdet Tillæg til ' +
      'spildevandsplan for Vestmarken Årsregnskaber Havnby Boligforening Årsregnskaber Boligselskabet Kilden, Havnby ' +
      'Årsregnskab 2029/ Strandby Boligselskab 3 4 5',
  ].join('\n');

  it('numbers the titles by their places in the list', () => {
    expect(listed(text)).toEqual([
      '1 behandling af budgetforslag',
      '2 Resultat af udbud af rengøring på skolerne',
      '3 Helhedsplan for ældreområdet',
      '4 Tillæg til spildevandsplan for Vestmarken',
      '5 Årsregnskaber Havnby Boligforening',
      '6 Årsregnskaber Boligselskabet Kilden, Havnby',
      '7 Årsregnskab 2029/ Strandby Boligselskab',
    ]);
  });

  it('reads the first entry\'s title without the page column\'s label run in after its page', () => {
    const numbered = [
      'Transkript',
      '',
      '1 Referat Havnby Byråd Ordinært møde Dato 17. oktober 2030 Tid 19:00 Sted Byrådssalen, Havnby Rådhus',
      '',
      '5 Indholdsfortegnelse Åbne punkter 1. Forslag til tillæg til spildevandsplanen for Havnby Nord...5 Side 2. ' +
        'Godkendelse af takster for vandværkerne Udbud af vintertjeneste på kommunens veje og stier Affaldsplan for Havnby Kommune Budgetopfølgning 30. april Havnby Kommune ' +
        'Ansøgning om kommunegaranti til lån - Havnby Idrætscenter...9',
    ].join('\n');
    expect(listed(numbered)).toEqual([
      '1 Forslag til tillæg til spildevandsplanen for Havnby Nord',
      '2 Godkendelse af takster for vandværkerne',
      '3 Udbud af vintertjeneste på kommunens veje og stier',
      '4 Affaldsplan for Havnby Kommune',
      '5 Budgetopfølgning 30. april Havnby Kommune',
      '6 Ansøgning om kommunegaranti til lån - Havnby Idrætscenter',
    ]);
  });
});

describe('seventeenth probe leftovers: a green board\'s notes in prose, the agenda inside a paragraph', () => {
  // The agenda after `Dagsorden:` inside the notes' paragraph, one number lost (`... august Godkendelse af dagsorden
  // 3. ...`), and the decisions after it as notes to the numbers, `Ad. 1) ...`.
  const text = [
    'Referat fra møde i Det Blå Råd onsdag den 14. marts 2030 på Rådhuset i Havnby Til stede: Eva Dahl, Sejlklubben (formand) ' +
      'Ole Krog, Lystfiskerne Afbud fra: Mette Vang, Roklubben Mødet indledtes med en tur langs åen, hvor vi så det nye vandløb. ' +
      'Dagsorden: 1. Godkendelse af referat fra mødet den 12. januar Godkendelse af dagsorden 3. Orientering fra Kommunen om ' +
      'nyt siden sidst 4. Status på Kyst 30:30 5. Evt., herunder mødeplan for resten af året Ad. 1) Referatet blev godkendt. ' +
      'Ad. 2) Dagsordenen blev godkendt med tilføjelse af pkt. 4',
  ].join('\n');

  it('reads the entries as the items, the lost number counted back by the titles\' opening words', () => {
    expect(listed(text)).toEqual([
      '1 Godkendelse af referat fra mødet den 12. januar',
      '2 Godkendelse af dagsorden',
      '3 Orientering fra Kommunen om nyt siden sidst',
      '4 Status på Kyst 30:30',
      '5 Evt., herunder mødeplan for resten af året',
    ]);
  });

  it('reads each `Ad. N)` note as its item\'s decision', () => {
    const items = parseMinutes(text, 'probe.txt').items;
    expect(items.map((item) => item.decision?.text)).toEqual(['Referatet blev godkendt.', 'Dagsordenen blev godkendt med tilføjelse af pkt. 4', undefined, undefined, undefined]);
    expect(items[0]!.decision?.outcome).toBe('approved');
  });

  it('reads no paragraph whose label has fewer than three entries after it', () => {
    const short = 'Referat fra møde i Det Blå Råd onsdag den 14. marts 2030 Dagsorden: 1. Godkendelse af dagsorden 2. Evt. Ad. 1) Godkendt.';
    expect(listed(short)).not.toContain('2 Evt.');
  });
});
