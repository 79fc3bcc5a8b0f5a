import { parseMinutes } from './parse-minutes.js';

// Conventions the twenty-first held-out round of issue 12 (half B: Hovedstaden, Sjælland and Nordjylland) showed the
// reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the twenty-first held-out round (half B)', () => {
  it('reads a `Sagsforløb` table of rows `<organ>, punkt N` whose right-aligned date comes on the line after the row (a PDF viewer`s copy)', () => {
    const text = [
      'REFERAT',
      'Fritidsudvalget d. 04-03-2026',
      'Mødedato',
      'Onsdag d. 4. marts 2026 kl. 16:00',
      'Punkt 1: Godkendelse af dagsorden',
      'EMN-2026-000101',
      'Beslutninger',
      'Godkendt.',
      'Punkt 2: Ny kunstgræsbane i Nordby',
      'EMN-2026-000233',
      'Beslutninger',
      'Godkendt.',
      'Resume',
      'Banen koster 3 mio. kr.',
      'Sagsforløb',
      'Fritidsudvalget, punkt 7',
      '04-02-2026',
      'Udsat.',
      'Anne Berg (A) var fraværende.',
      'Økonomiudvalget, pkt. 12 11-02-2026',
      'Anbefales.',
    ].join('\n');
    const item = parse(text).items.find((candidate) => candidate.number === 2)!;
    expect(item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ? 'postponed' : treatment.outcome])).toEqual([
      ['Fritidsudvalget', '2026-02-04', [7], 'postponed'],
      ['Økonomiudvalget', '2026-02-11', [12], 'recommended'],
    ]);
    expect(item.course).toEqual([]);
  });

  it('reads a substitute from a head note that also tells of an early departure (`B deltog som stedfortræder for A. C forlod mødet ...`)', () => {
    const text = [
      'Miljøudvalget - Rådhuset, mødelokale 3',
      'Referat 9. marts 2026 kl. 15.00',
      'Udvalg:',
      'Miljøudvalget',
      'Mødedato:',
      'mandag 9. marts 2026 kl. 15.00',
      'Information:',
      'Kim Lund deltog som stedfortræder for Eva Holt. Jan Mørk forlod mødet kl. 16.30 før behandlingen af punkt 2.',
      'Mødedeltagere:',
      'Eva Holt (Afbud)',
      'Jan Mørk',
      'Kim Lund',
      'Punkt',
      'Titel',
      '1',
      'Godkendelse af dagsorden',
      'EMN-2026-000301',
      'Beslutninger',
      'Godkendt.',
      '2',
      'Meddelelser',
      'EMN-2026-000302',
      'Beslutninger',
      'Taget til efterretning.',
    ].join('\n');
    const participants = parse(text).participants;
    expect(participants.find((participant) => participant.name === 'Kim Lund')?.substituteFor).toBe('Eva Holt');
    expect(participants.find((participant) => participant.name === 'Jan Mørk')?.partial).toBeDefined();
  });

  it('gives a labelled case number read out of order above a heading to the item below, when the item above has its own', () => {
    const text = [
      'Referat',
      'Vejudvalget',
      'Mødedato:5. marts 2026',
      '',
      '1. Vejbelysning på Skovvej',
      '',
      'Sagsnr.:26/01011',
      '',
      'Beslutning:Godkendt.',
      '',
      'Sagsnr.:26/01022',
      '',
      '2. Ny busrute til Lundby',
      '',
      'Sagsfremstilling',
      'Ruten kører hver time.',
      '',
      'Beslutning:Godkendt.',
      '',
      '3. Vintertjeneste',
      '',
      'Sagsnr.:26/01033',
      '',
      'Beslutning:Taget til efterretning.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.caseNumber])).toEqual([
      [1, '26/01011'],
      [2, '26/01022'],
      [3, '26/01033'],
    ]);
  });

  it('takes a wrapped heading`s title as the contents list prints it where the wrap broke a word (`indsk` / `olinger`)', () => {
    const text = [
      'REFERAT',
      'Skoleudvalget d. 10-03-2026',
      'Mødedato',
      'Tirsdag d. 10. marts 2026 kl. 17:00',
      'Indholdsfortegnelse',
      'Punkt 1: Godkendelse af dagsorden',
      '2',
      'Punkt 2: Forslag om lektiecafeer på alle overbygningsskoler',
      '3',
      'Side 1 af 3',
      'Punkt 1: Godkendelse af dagsorden',
      'EMN-2026-000401',
      'Beslutninger',
      'Godkendt.',
      'Punkt 2: Forslag om lektiecafeer på alle overbygnings',
      'skoler',
      'EMN-2026-000402',
      'Beslutninger',
      'Forslaget blev ikke vedtaget.',
    ].join('\n');
    expect(parse(text).items.map((item) => item.title)).toEqual(['Godkendelse af dagsorden', 'Forslag om lektiecafeer på alle overbygningsskoler']);
  });

  it('joins a word Word hyphenated with a soft hyphen over trailing spaces and a form feed (`cykel<U+00AD>  ` / `\\fsti`)', () => {
    const text = [
      'Referat',
      'Vejudvalget',
      'Mødedato:5. marts 2026',
      '',
      '1. Ny cykel\u00ad  ',
      '\fsti ved Skovvej',
      '',
      'Sagsnr.:26/01011',
      '',
      'Beslutning:Godkendt.',
      '',
      '2. Vintertjeneste',
      '',
      'Sagsnr.:26/01033',
      '',
      'Beslutning:Taget til efterretning.',
    ].join('\n');
    expect(parse(text).items.map((item) => item.title)).toEqual(['Ny cykelsti ved Skovvej', 'Vintertjeneste']);
  });
});
