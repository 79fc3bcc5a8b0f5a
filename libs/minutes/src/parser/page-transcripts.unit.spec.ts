import { parseMinutes } from './parse-minutes.js';
import { segmentTranscribedPages } from './prepass/segment-pages.js';
import { splitSourceLines } from './source-line.js';

// PDF viewers' transcripts print each PDF page as one numbered line. Invented content in that convention: a
// label column whose values follow in another column, contents with Roman page numbers, case-number labels.
const LABEL_COLUMN = [
  'Lindby Kommune. Teknikudvalget. Referat',
  '',
  'Størrelse: px',
  'Starte visningen fra side:',
  '',
  'Download "Lindby Kommune. Teknikudvalget. Referat"',
  '',
  'Transkript',
  '',
  '1 Lindby Kommune Teknikudvalget Referat Dato: Starttidspunkt for møde: Kl Sluttidspunkt for møde: Kl Mødested: Udsendelsesdato: Afbud fra: Tirsdag den 04-juni-2002 Rådhusets mødelokale 2 Fraværende: Ingen. Mødedeltagere: Anne Bach, Bo Dal, Carl Eg, Dorte Fjord, Erik Gran åben',
  '',
  '2 Indholdsfortegnelse Til efterretning - for åbne døre...i 41. Til efterretning - Vejbelysning i Nordby...i 42. Cykelsti langs Skovvej...ii Til behandling - for lukkede døre...iii 43. Lukket sag: Køb af areal...iii åben',
  '',
  '3 Side i Til efterretning - for åbne døre 41. Til efterretning - Vejbelysning i Nordby J.nr.:. Sagsid.: Initialer: Åben sag Teknisk forvaltning orienterer om udskiftning af gadelamper i Nordby. Beslutning Taget til efterretning. 42. Cykelsti langs Skovvej J.nr.:. Sagsid.: Initialer: Åben sag Forvaltningen foreslår en cykelsti langs Skovvej. Indstilling Forvaltningen indstiller, at projektet godkendes. Beslutning Godkendt.',
  '',
].join('\n');

// Upper-case head labels with their values on the same page line, an upper-case document kind before the body.
const UPPER_CASE = [
  'Transkript',
  '',
  '1 ÅBEN DAGSORDEN MILJØUDVALG Mødedato: 9. september 2014 Mødested: Rådhuset, mødesal 1 Mødetidspunkt: 15:00 Mødet hævet: Deltagere: Hans Ib, Jens Kok, Lis Mø, Ole Berg, Pia Dahl, Rasmus Eng, Sofie Friis, Tage Gram, Ulla Hjort Fraværende: Side 1 af 9',
  '',
  '2 INDHOLDSFORTEGNELSE Sag nr.: Emne 1. Affaldsplan Høring om vandplan Samlet bilagsliste... 1 SIDE 1',
  '',
  '3 1. AFFALDSPLAN 2015 Sagsnr Dok.nr Sagsbeh. Ida Holm ÅBENT FORVENTET SAGSGANG Miljøudvalget INDSTILLING Forvaltningen indstiller, at affaldsplanen godkendes. SAGSFREMSTILLING Affaldsplanen skal vedtages hvert fjerde år. Planen beskriver indsamling, genanvendelse og behandling af affald fra husholdninger og virksomheder i kommunen. BESLUTNING Godkendt. Side 2 af 9',
  '',
].join('\n');

// The date label without its colon, a contents heading with column headers, leaders shortened to three dots.
const COLON_LESS = [
  '1 Plan- og Miljøudvalget Referat Dato 7. marts 2016 Mødetidspun kt Sted Medlemmer Fraværende 17:00 Sluttidspunkt 18:30 Rådhuset, mødelokale 3, Nørregade 1 Lise Dam (formand), Kurt Enge, Mona Falk Ingen',
  '',
  '2 Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden marts Orientering marts Eventuelt marts Underskriftsside...9',
  '',
  '3 1. Godkendelse af dagsorden Sagsnr.: 15/ Område: Sekretariatet - Sagsbeh: Per Mo Plan- og Miljøudvalget. Sagsfremstilling Dagsordenen er udsendt til udvalgets medlemmer efter forretningsordenen, og tillægsdagsordenen er udsendt samtidig. Indstilling Sekretariatet indstiller, at dagsordenen godkendes. Beslutning Godkendt. 2',
  '',
].join('\n');

describe('PDF pages transcribed as one line each', () => {
  it('cuts a page line at the head labels, item headings and section labels, and drops the viewer chrome', () => {
    const lines = segmentTranscribedPages(splitSourceLines(UPPER_CASE)).map((line) => line.text);
    expect(lines).not.toContain('Transkript');
    expect(lines).toEqual(expect.arrayContaining(['ÅBEN DAGSORDEN MILJØUDVALG', 'Mødedato: 9. september 2014', 'Mødetidspunkt: 15:00', '1. AFFALDSPLAN 2015', 'BESLUTNING', 'Godkendt.']));
    expect(lines.some((line) => /^Side \d/u.test(line))).toBe(false);
  });

  it('does not cut prose where a number follows `punkt`, nor a closed section heading in two', () => {
    const page = `1 Referat af mødet i Regionsrådet 14. november 2007 kl. 14:00 i Regionsrådssalen. Medlemmerne var mødt. Jens Holm forlod mødet efter behandlingen af punkt 23. Bent Dahl erklærede sig inhabil under punkt 31. Mødet blev hævet kl. 17:00. ${'Tekst '.repeat(20)}LUKKET MØDE 36. Personalesag`;
    const lines = segmentTranscribedPages(splitSourceLines(page)).map((line) => line.text);
    expect(lines.some((line) => line.startsWith('23. Bent Dahl') || line.startsWith('31. Mødet'))).toBe(false);
    expect(lines).toEqual(expect.arrayContaining(['LUKKET MØDE', '36. Personalesag']));
  });

  it('leaves numbered short lines alone: a numbered list is not a run of pages', () => {
    const text = ['1 Godkendelse af dagsorden', '2 Orientering', '3 Eventuelt'].join('\n');
    expect(segmentTranscribedPages(splitSourceLines(text)).map((line) => line.text)).toEqual(['1 Godkendelse af dagsorden', '2 Orientering', '3 Eventuelt']);
  });

  it('reads the body from `<Kommune> <organ> Referat` and the date after its weekday in the value column', () => {
    const parsed = parseMinutes(LABEL_COLUMN, 'label-column.txt');
    expect(parsed.meeting).toMatchObject({ body: 'Teknikudvalget', date: '2002-06-04' });
    expect(parsed.participants.map((p) => p.name)).toEqual(['Anne Bach', 'Bo Dal', 'Carl Eg', 'Dorte Fjord', 'Erik Gran']);
  });

  it('finds the items on the pages, not in the contents with Roman page numbers, and the closed item listed only there', () => {
    const parsed = parseMinutes(LABEL_COLUMN, 'label-column.txt');
    expect(parsed.items.map((item) => [item.number, item.title, item.decision?.outcome, item.closed])).toEqual([
      [41, 'Til efterretning - Vejbelysning i Nordby', 'noted', false],
      [42, 'Cykelsti langs Skovvej', 'approved', false],
      // The transcript ends before the closed part: its item is the contents' entry, its leader and page number dropped.
      [43, 'Køb af areal', undefined, true],
    ]);
  });

  it('reads an upper-case head whose labels share the page line, without the document kind in the body', () => {
    const parsed = parseMinutes(UPPER_CASE, 'upper-case.txt');
    // (A one-word body printed in capitals is shown in sentence case, as the eighth round's Rønne `BYRÅDET` is.)
    expect(parsed.meeting).toMatchObject({ body: 'Miljøudvalg', date: '2014-09-09', startTime: '15:00', location: 'Rådhuset, mødesal 1' });
    expect(parsed.items.map((item) => [item.number, item.decision?.outcome])).toEqual([[1, 'approved']]);
  });

  it('reads a date label without its colon and keeps the contents, with its column headers, out of the items', () => {
    const parsed = parseMinutes(COLON_LESS, 'colon-less.txt');
    expect(parsed.meeting).toMatchObject({ body: 'Plan- og Miljøudvalget', date: '2016-03-07' });
    expect(parsed.items.map((item) => [item.number, item.title, item.decision?.outcome])).toEqual([[1, 'Godkendelse af dagsorden', 'approved']]);
  });

  it('reads `Sag nr. N Titel` headings, items listed on a page whose bodies the transcript cut off', () => {
    const text = [
      '1 Referat fra møde i Kulturudvalget Mandag den 3. maj 2010 Kl i Mødelokale 4 Mødedeltagere: Ane Bo (A) Jens Ek (V) Kaj Lund (C) Mette Nør (O) Pia Ravn (F) Afbud: Ingen Bemærkninger: Mødet blev ledet af formanden, og dagsordenen blev godkendt uden bemærkninger. Side 1 af 30',
      '',
      '2 Indhold Åben dagsorden Sag nr. 41 Orientering om biblioteker Sag nr. 42 Tilskud til spillesteder 2010 Sag nr. 43 Lokalplan for Havnebadet Side 2 af 30',
      '',
    ].join('\n');
    const parsed = parseMinutes(text, 'sag-nr.txt');
    expect(parsed.meeting).toMatchObject({ body: 'Kulturudvalget', date: '2010-05-03' });
    expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
      [41, 'Orientering om biblioteker'],
      [42, 'Tilskud til spillesteder 2010'],
      [43, 'Lokalplan for Havnebadet'],
    ]);
  });
});
