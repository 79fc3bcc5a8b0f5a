import { readCaseNumber } from './case-number.js';
import { withoutExtractionArtefacts } from './prepass/extraction-artefacts.js';
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

  it('joins a word hyphenated after a capital and a lower-case letter, and a closing bracket after the word`s rest', () => {
    expect(withoutExtractionArtefacts('behandlet på Børne- og Ud-\ndannelsesudvalgets møde')).toBe('behandlet på Børne- og Uddannelsesudvalgets\nmøde');
    expect(withoutExtractionArtefacts('Boliger ved havnen (2. forelæg-\ngelse)\n2016-070215')).toBe('Boliger ved havnen (2. forelæggelse)\n\n2016-070215');
    // A suspended compound keeps its hyphen, a capital alone before it is no word's start.
    expect(withoutExtractionArtefacts('Ud-\nog indland')).toBe('Ud-\nog indland');
    expect(withoutExtractionArtefacts('Model A-\nniveau')).toBe('Model A-\nniveau');
  });

  it('joins a title cut after a span`s dash (`2010-` / `2011`) without a space', () => {
    const text = [
      'Referat', 'Skoleudvalget', 'Mødedato: 3. maj 2010', '',
      '12. Profil for skolefritidsordninger 2010-', '2011', 'Sagsnr.: 10/2290', 'Beslutning', 'Godkendt.', '',
      '13. Orientering', 'Sagsnr.: 10/2291', 'Beslutning', 'Til efterretning.',
    ].join('\n');
    expect(items(text)[0]).toEqual([12, 'Profil for skolefritidsordninger 2010-2011', false]);
  });

  it('reads `<By> Byråd` over the body`s own name as the issuing council: the municipality, and the body under it', () => {
    const text = [
      'VIBORG BYRÅD', 'Referat', 'Viborg Byråd', 'Magistraten', 'Mødet den 06.03.2017, kl. 08:30', 'Prinsens Allé 5', '',
      'Punkt 1.', 'Godkendelse af dagsorden', '2017-012345', 'Åben', 'Beslutning:', 'Godkendt.',
    ].join('\n');
    const minutes = parse(text);
    expect(minutes.meeting).toMatchObject({ body: 'Magistraten', date: '2017-03-06' });
    expect(minutes.municipality).toMatchObject({ name: 'Viborg' });
    expect(minutes.items[0]).toMatchObject({ number: 1, title: 'Godkendelse af dagsorden', caseNumber: '2017-012345' });
    // A council's own referat keeps the council as its body.
    expect(parse(['Referat', 'Viborg Byråd', 'Mødet den 06.03.2017, kl. 19:00', '', 'Punkt 1.', 'Godkendelse af dagsorden', 'Beslutning:', 'Godkendt.'].join('\n')).meeting.body).toBe('Viborg Byråd');
  });

  it('sends a bare `Anbefales.` to the body an Indstilling asks to decide (`..., at byrådet godkender ...`)', () => {
    const text = [
      'Referat', 'Økonomiudvalget', 'Mødedato: 6. marts 2017', '',
      '1. Kommuneplantillæg 2.104', 'Sagsnr.: 17/1022', 'Indstilling:',
      'By- og Landskabsudvalget indstiller, at byrådet godkender tillægget endeligt.', 'Beslutning:', 'Anbefales.',
    ].join('\n');
    expect(parse(text).items[0]!.decision).toMatchObject({ outcome: 'recommended', recommendedTo: 'Byrådet' });
  });

  it('reads a one-sentence head `Referat af ordinært møde i <organ> <ugedag> den ...`, a member list that goes on after its comma, and `i stedet deltog 1. suppleant B`', () => {
    const text = [
      'Referat af ordinært møde i Kommunalbestyrelsen tirsdag den 9. april 2019 kl. 17.30 i Kantinen, Rådhuset',
      'Til stede: Ane Bo (A), Ib Dam (V),',
      'Eva Holm (C), Lis Ebbe (V)',
      'Afbud: Knud Aa (V), i stedet deltog 1. suppleant Lis Ebbe (V).',
      '',
      '1.\tGodkendelse af dagsorden',
      'Kommunalbestyrelsens beslutning: Godkendt.',
    ].join('\n');
    const minutes = parse(text);
    expect(minutes.meeting).toMatchObject({ body: 'Kommunalbestyrelsen', date: '2019-04-09', startTime: '17:30' });
    expect(minutes.participants.map((participant) => [participant.name, participant.attendance, participant.substituteFor ?? null])).toEqual([
      ['Ane Bo', 'attended', null],
      ['Ib Dam', 'attended', null],
      ['Eva Holm', 'attended', null],
      ['Lis Ebbe', 'attended', 'Knud Aa'],
      ['Knud Aa', 'apologies', null],
    ]);
  });

  it('reads an earlier treatment told as `<organ> vedtog forslaget den <dato> (pkt. N)` or with `(punkt N)` after the date', () => {
    const text = [
      'Referat', 'Byrådet', 'Mødedato: 14. maj 2019', '',
      '3. Lokalplan nr. 12 - endelig vedtagelse', 'Sagsnr.: 18/2231', 'Sagsfremstilling',
      'Byrådet vedtog forslaget den 4. december 2018 (pkt. 7) og sendte det i høring.',
      'Teknisk Udvalg behandlede sagen den 2. maj 2019 (punkt 8) og anbefalede planen.',
      'Beslutning', 'Vedtaget.',
    ].join('\n');
    expect(parse(text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers])).toEqual([
      ['Byrådet', '2018-12-04', [7]],
      ['Teknisk Udvalg', '2019-05-02', [8]],
    ]);
  });

  it('joins a title word hyphenated over a page break (`dag-` / <page head> / `tilbud 2009`) without its hyphen', () => {
    const text = [
      'Referat', 'Skoleudvalget', 'Mødedato: 3. maj 2010', '',
      '11. Orientering', 'Sagsnr.: 10/2288', 'Beslutning', 'Til efterretning.', '',
      '12. Kvalitetsrapport for dag-  ', 'Side 4 af 9', '\ftilbud 2009', 'Sagsnr.: 10/2290', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(items(text)[1]).toEqual([12, 'Kvalitetsrapport for dagtilbud 2009', false]);
  });

  it('reads another body`s dated block with its verdict on the same line as an earlier treatment with that outcome', () => {
    const text = [
      'Referat af møde i Byrådet onsdag den 3. april 2019 kl. 19.00 i Byrådssalen', '',
      '1.\tHavnetakster 2019',
      'Sag: 08.01.00-P20-1-18',
      'Sagsfremstilling: Havnen foreslår nye takster.',
      'Økonomiudvalgets indstilling den 19. marts 2019: Anbefales ikke.',
      'Byrådets beslutning: Forslaget blev forkastet.',
    ].join('\n');
    const item = parse(text).items[0]!;
    expect(item.earlierTreatments).toMatchObject([{ body: 'Økonomiudvalget', date: '2019-03-19', outcome: 'rejected' }]);
    expect(item.decision).toMatchObject({ outcome: 'rejected' });
  });

  it('reads a member absent from some items as `<navn> (under punkt 5-8)` in the head`s list', () => {
    const text = [
      'Referat', 'Magistraten', 'Mødet den 06.03.2017, kl. 08:30', 'Afbud: Eva Lund (under punkt 3-4)', '',
      'Punkt 1.', 'Godkendelse af dagsorden', 'Beslutning:', 'Godkendt.',
    ].join('\n');
    expect(parse(text).participants).toMatchObject([{ name: 'Eva Lund', partial: 'under punkt 3-4' }]);
  });

  it('finds title-only items over an access line and their case-number label (`Titel` / `Åben sag` / `Sagsnr.:`), closed by `Lukket sag`', () => {
    const text = [
      'Referat', 'Teknisk Udvalg', 'Mødedato: 14.09.2009', '',
      'Godkendelse af dagsorden', 'Åben sag', 'Sagsnr.: 09/10012', 'Beslutning', 'Godkendt.', '',
      'Vejbelysning', 'Åben sag', 'Sagsnr.: 09/7730', 'Sagsfremstilling', 'Lamperne skal skiftes.', 'Beslutning', 'Udsat.', '',
      'Køb af jord', 'Lukket sag', 'Sagsnr.: 09/10101', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(items(text)).toEqual([[null, 'Godkendelse af dagsorden', false], [null, 'Vejbelysning', false], [null, 'Køb af jord', true]]);
  });
});
