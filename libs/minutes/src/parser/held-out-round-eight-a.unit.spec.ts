import { parseMinutes } from './parse-minutes.js';

// Conventions the eighth held-out round of issue 12 (half A: Jylland and Fyn, councils, Word-made and pre-2007
// minutes, joint meetings) showed the reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

const who = (text: string) => parse(text).participants.map((participant) => [participant.name, participant.attendance, participant.substituteFor]);

/** One item under a labelled head, its decision the given lines. */
const withDecision = (...decision: string[]) =>
  ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ny legeplads', 'Beslutning', ...decision].join('\n');

const firstDecision = (text: string) => parse(text).items[0]!.decision;

describe('conventions from the eighth held-out round (half A)', () => {
  it('reads a substitute written in brackets after the name, `(stedfortræder for <navn>)` and `(suppleant for <navn>)`', () => {
    const text = [
      'REFERAT Prøveudvalget d. 04-05-2021', 'Mødedato Tirsdag d. 4. maj 2021 kl. 16:00',
      'Mødedeltagere Eva Lund (A), Bo Hald (V) (Afbud), Tim Skov (V) (stedfortræder for Bo Hald), Ida Brink (suppleant for Lea Bak)', '',
      'Punkt 1: Godkendelse af dagsorden', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(who(text)).toEqual(expect.arrayContaining([
      ['Tim Skov', 'attended', 'Bo Hald'],
      ['Ida Brink', 'attended', 'Lea Bak'],
    ]));
  });

  it('reads the decision on the case after an amendment voted down before it', () => {
    const decision = firstDecision(withDecision('Ændringsforslag fra F om flere træer blev forkastet med 1 stemme for (F) og 6 imod. Indstillingen blev herefter godkendt.', 'For stemte: A og V', 'Imod stemte: F'));
    expect(decision?.outcome).toBe('approved');
  });

  it('still reads an amendment adopted as the decision when nothing follows it', () => {
    expect(firstDecision(withDecision('Ændringsforslaget blev vedtaget.'))?.outcome).toBe('approved');
  });

  it('reads `<organ> anbefaler <noun in the definite form>` and `indstiller <noun> til godkendelse i <organ>` as recommendations', () => {
    expect(firstDecision(withDecision('Rådet anbefaler modellen med den tilføjelse, at stien belyses.'))?.outcome).toBe('recommended');
    const routed = firstDecision(withDecision('Rådet indstiller prioriteringen til godkendelse i Økonomiudvalget.'));
    expect([routed?.outcome, routed?.recommendedTo]).toEqual(['recommended', 'Økonomiudvalget']);
  });

  it('reads `<organ> kan ikke anbefale ...` as a refusal', () => {
    expect(firstDecision(withDecision('Rådet kan ikke anbefale forslaget om at lukke biblioteket.'))?.outcome).toBe('rejected');
  });

  it('reads `<organ> besluttede at <gøre noget>` as approved, and `besluttede at udsætte` still as postponed', () => {
    expect(firstDecision(withDecision('Rådet besluttede at holde årsmødet i Hvidbjerg.'))?.outcome).toBe('approved');
    expect(firstDecision(withDecision('Rådet besluttede at udsætte sagen.'))?.postponed).toBe(true);
  });

  it('reads a case number in brackets on its own line under the heading: `(Sagsnr. 21/4410)`', () => {
    const text = ['Prøverådet', 'Dato: 4. maj 2021', '', 'Ad 1. Ny legeplads', '(Sagsnr. 21/4410)', 'Referat:', 'Godkendt.', '', 'Ad 2. Eventuelt', 'Referat:', 'Intet.'].join('\n');
    expect(parse(text).items.map((item) => [item.title, item.caseNumber])).toEqual([
      ['Ny legeplads', '21/4410'],
      ['Eventuelt', undefined],
    ]);
  });

  it('does not take the navigation`s `Råd og nævn` for the body', () => {
    const text = ['Prøve Kommune', 'Politik', 'Råd og nævn', 'Integrationsrådet', 'Referat: 4. maj 2021 kl. 17:00', 'Kopier link til punktet - Print', '1 : Godkendelse af dagsorden', 'Sagsnr:', 'BeslutningGodkendt.'].join('\n');
    expect(parse(text).meeting.body).toBe('Integrationsrådet');
  });

  it('reads the body of `Referat af <organ>s ekstraordinære møde d. DD.MM.YYYY`', () => {
    const text = ['Referat af Kommunalbestyrelsens ekstraordinære møde d. 04.05.2021', '', 'Punkt 40: Godkendelse af dagsorden', 'Beslutning Kommunalbestyrelsen, 04.05.2021 Godkendt.'].join('\n');
    expect([parse(text).meeting.body, parse(text).meeting.date]).toEqual(['Kommunalbestyrelsen', '2021-05-04']);
  });

  it('does not take `mødet` of `Referat fra mødet <ugedag> den ...` for the body', () => {
    const text = ['Ungdomsrådet', 'Referat fra mødet onsdag den 5. maj 2021 kl. 18:00', 'Mødested: Ungdomshuset', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    expect([parse(text).meeting.body, parse(text).meeting.date]).toEqual(['Ungdomsrådet', '2021-05-05']);
  });

  it('reads a joint meeting`s title `Fællesmøde mellem <udvalg> og <udvalg>` as the two bodies together', () => {
    const text = ['Fællesmøde mellem Kulturudvalget og Teknikudvalget', 'Dato: 4. maj 2021', '', '1. Ny hal', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).meeting.body).toBe('Kulturudvalget og Teknikudvalget');
  });

  it('reads `<organ> drøftede et første udkast på mødet den <dato>, punkt N` as an earlier treatment', () => {
    const text = withDecision('Godkendt.').replace('1. Ny legeplads', '1. Ny legeplads\nSagsfremstilling\nPrøverådet drøftede et udkast på mødet den 2. marts 2021, punkt 5. Nu foreligger planen.');
    expect(parse(text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers])).toEqual([['Prøverådet', '2021-03-02', [5]]]);
  });

  it('reads both bodies of `Sagen har været drøftet i <organ> den <dato> og i <organ> den <dato>`', () => {
    const text = withDecision('Godkendt.').replace('1. Ny legeplads', '1. Ny legeplads\nSagsfremstilling\nSagen har været drøftet i Kulturudvalget den 1. marts 2021 og i Teknikudvalget den 3. marts 2021.');
    expect(parse(text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date])).toEqual([
      ['Kulturudvalget', '2021-03-01'],
      ['Teknikudvalget', '2021-03-03'],
    ]);
  });

  it('reads attendance lists side by side, a Word table `Til stede:<tab>Afbud:` flattened row by row', () => {
    const text = [
      'Referat af møde i Prøverådet', 'Dato:\tOnsdag den 5. maj 2021', '', 'Til stede:\t\t\tAfbud:', 'Eva Lund (formand)\t\tBo Hald', 'Tim Skov\t\t\tLea Bak', 'Ida Brink', '',
      'Ad 1. Godkendelse af dagsorden', 'Referat:', 'Godkendt.', '', 'Ad 2. Eventuelt', 'Referat:', 'Intet.',
    ].join('\n');
    expect(who(text).map(([name, attendance]) => [name, attendance])).toEqual([
      ['Eva Lund', 'attended'],
      ['Tim Skov', 'attended'],
      ['Ida Brink', 'attended'],
      ['Bo Hald', 'apologies'],
      ['Lea Bak', 'apologies'],
    ]);
  });

  it('takes the meeting`s `Dato:` that names its weekday over a letterhead`s earlier `Dato:` that does not', () => {
    const text = ['PRØVE KOMMUNE\t\t\tPrøverådet', '\t\t\t\tDato: 12. maj 2021', '', 'Referat af møde i Prøverådet', 'Dato:\tOnsdag den 5. maj 2021', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).meeting.date).toBe('2021-05-05');
  });

  it('drops a contents table extracted one cell a line, each entry over its page number (its closed item not printed in the body)', () => {
    const text = [
      'Prøveudvalget', 'Dato: 4. maj 2021', 'Indhold', 'Punkt', 'Side', '1. Ny hal', '2', '2. Ny sti', '2', '3. Lukket punkt: Køb af grund', '3',
      '1. Ny hal', 'Beslutning', 'Godkendt.', '2. Ny sti', 'Beslutning', 'Godkendt.', '4. Ny bro', 'Beslutning', 'Godkendt.',
      '5. Ny vej', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Ny hal'],
      [2, 'Ny sti'],
      [4, 'Ny bro'],
      [5, 'Ny vej'],
    ]);
  });

  it('reads a label column whose values end at a page`s stray access marker (`åben` alone)', () => {
    const text = [
      'Prøve Kommune', 'Økonomiudvalget', 'Beslutningsprotokol', 'Dato:', 'Starttidspunkt for møde:', 'Mødested:', 'Afbud fra:', 'Mødedeltagere:',
      'Tirsdag den 8-mar-2005', 'Kl. 16:00', 'Rådhuset, mødelokale 2', 'Eva Lund', 'Bo Hald, Tim Skov', 'åben', '',
      '12. Godkendelse af dagsorden', 'Økonomiudvalgets beslutning den 8. marts 2005:', 'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.date, parsed.meeting.startTime, parsed.meeting.location]).toEqual(['2005-03-08', '16:00', 'Rådhuset, mødelokale 2']);
    expect(who(text).map(([name, attendance]) => [name, attendance])).toEqual(expect.arrayContaining([['Eva Lund', 'apologies']]));
  });

  it('reads an attendance table extracted one cell a line (`Navn` / `Udvalg` / `Bemærkning`), its empty cells dropped', () => {
    const text = [
      'Fællesmøde mellem Kulturudvalget og Teknikudvalget', 'Dato: 4. maj 2021', 'Deltagere', 'Navn', 'Udvalg', 'Bemærkning',
      'Eva Lund (A), formand', 'Kulturudvalget', 'Bo Hald (V)', 'Kulturudvalget', 'Afbud', 'Tim Skov (V)', 'Kulturudvalget', 'Stedfortræder for Bo Hald',
      'Ida Brink (C)', 'Teknikudvalget', 'Deltog fra punkt 2', 'Mødet blev ledet af Eva Lund.', '',
      '1. Ny hal', 'Beslutning', 'Godkendt.', '2. Ny sti', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(parse(text).participants.map((person) => [person.name, person.attendance, person.substituteFor, person.partial])).toEqual([
      ['Eva Lund', 'attended', undefined, undefined],
      ['Bo Hald', 'apologies', undefined, undefined],
      ['Tim Skov', 'attended', 'Bo Hald', undefined],
      ['Ida Brink', 'attended', undefined, 'deltog fra punkt 2'],
    ]);
  });

  it('reads `Fra forvaltningen: <navn> (referent)` in a head as present', () => {
    const text = ['Referat af møde i Prøverådet', 'Dato: Onsdag den 5. maj 2021', 'Til stede: Eva Lund, Bo Hald', 'Fra forvaltningen: Tim Skov (referent)', '', '1. Ny hal', 'Beslutning', 'Godkendt.'].join('\n');
    expect(who(text).map(([name, attendance]) => [name, attendance])).toEqual([
      ['Eva Lund', 'attended'],
      ['Bo Hald', 'attended'],
      ['Tim Skov', 'attended'],
    ]);
  });

  it('takes no meeting date from a numbered agenda title that dates another meeting, and reads the head printed after the items', () => {
    const text = [
      'Dagsorden:', '1.\tGodkendelse af dagsorden', '2.\tGodkendelse af referat fra mødet den 8. april 2021', '',
      'Ad 1. Godkendelse af dagsorden', 'Referat:', 'Godkendt.', '', 'Ad 2. Godkendelse af referat fra mødet den 8. april 2021', 'Referat:', 'Godkendt.', '',
      'Prøve Kommune', 'Referat', 'Udvalg: Prøverådet', 'Mødedato: onsdag den 5. maj 2021',
    ].join('\n');
    expect([parse(text).meeting.body, parse(text).meeting.date]).toEqual(['Prøverådet', '2021-05-05']);
  });
});
