import { planDocument } from '../import/planned-document.js';
import { bodyOfAddressPath } from './address-body.js';
import { parseMinutes } from './parse-minutes.js';
import { partialPresenceOfSeveral } from './several-named-partial.js';

/**
 * Conventions the sixteenth, seventeenth and nineteenth real-minutes probes left (re-collected and read in the
 * thirty-first session). Every text here is invented, written in the convention it tests.
 */
function parse(text: string, sourceUrl?: string) {
  return parseMinutes(text, 'probe.txt', sourceUrl ? { sourceUrl } : {});
}

function partial(text: string): string[] {
  return parse(text)
    .participants.filter((person) => person.partial)
    .map((person) => `${person.name}: ${person.partial}`);
}

describe('a web page that never names its committee: the committee from a folder of the address', () => {
  // Ringkøbing-Skjern's template prints the date, the members and the agenda; the committee is only in the address.
  const page = [
    'Referat: 3. november 2031 kl. 08:00',
    'Deltagere',
    '- Aske Vindahl',
    '- Berit Holmsgaard',
    '- Cai Nørlund',
    'Referat',
    '- Godkendelse af dagsorden',
    '- Virksomhedsbesøg',
    'Kopier link til punktet - Print',
    '1 : Godkendelse af dagsorden',
    'Sagsnr:',
    'BilagIngen bilag.',
    'BeslutningGodkendt.',
  ].join('\n');
  const address = 'https://www.vestby.dk/om-kommunen/politiske-udvalg-2030-2033/erhvervs-klima-og-arbejdskraftudvalget/dagsordener-referater?AgendaID=9120';

  it('spells the folder`s body as Danish writes it, the shared-tail enumeration hyphenated', () => {
    const parsed = parse(page, address);
    expect(parsed.meeting.body).toBe('Erhvervs-, klima- og arbejdskraftudvalget');
    expect(parsed.meeting.date).toBe('2031-11-03');
    expect(parsed.warnings.map((warning) => warning.code)).toContain('meeting-body-from-address');
  });

  it('imports the page the caller names the address of, and refuses it without one (the text names no body)', () => {
    const imported = planDocument(page, 'page.txt', 'a'.repeat(64), 'test', { sourceUrl: address }, 'default');
    expect(imported.parsed.meeting.body).toBe('Erhvervs-, klima- og arbejdskraftudvalget');
    expect(() => planDocument(page, 'page.txt', 'a'.repeat(64), 'test', {}, 'default')).toThrow(/no committee name/u);
  });

  it('keeps a body the text names, whatever the address says', () => {
    const named = page.replace('Referat: 3. november', 'Teknisk Udvalg\nReferat: 3. november');
    expect(parse(named, address).meeting.body).toBe('Teknisk Udvalg');
  });

  it('reads the address`s Danish letters back and takes the folder nearest the page', () => {
    expect(bodyOfAddressPath('https://www.nordby.dk/politik/boerne-og-skoleudvalget/referater')).toBe('Børne- og skoleudvalget');
    expect(bodyOfAddressPath('https://nordby.dk/byraadet/moeder/2031')).toBe('Byrådet');
    expect(bodyOfAddressPath('https://nordby.dk/udvalg/social-sundheds-og-aeldreudvalget/dagsorden')).toBe('Social-, sundheds- og ældreudvalget');
    expect(bodyOfAddressPath('https://nordby.dk/raad/det-groenne-raad/referat-12')).toBe('Det grønne råd');
    // (A dated page's slug: the body before the date.)
    expect(bodyOfAddressPath('https://nordby.dk/dagsorden/teknik-og-miljoeudvalget-10-09-2031')).toBe('Teknik- og miljøudvalget');
  });

  it('takes no folder of all bodies, of a period or of no body word', () => {
    expect(bodyOfAddressPath('https://nordby.dk/politik/politiske-udvalg/dagsordener-referater?id=4')).toBeUndefined();
    expect(bodyOfAddressPath('https://nordby.dk/politik/byraad-og-udvalg/referater')).toBeUndefined();
    expect(bodyOfAddressPath('https://nordby.dk/politiske-udvalg-2030-2033/dagsordener')).toBeUndefined();
    expect(bodyOfAddressPath('https://nordby.dk/nyheder/vejarbejde-paa-torvet')).toBeUndefined();
  });
});

describe('partial presence of several members told in one head sentence', () => {
  // A region's web page: the members, the apologies with their substitutes, then who left before some items.
  const head = (sentence: string) =>
    [
      'Regionsrådet - referat 19-03-2031',
      '',
      'Mødedato',
      '19-03-2031 kl. 15:00 - 17.30',
      '',
      'Medlemmer',
      'Ane Kjærby, Bo Strandvig, Carla Mølgaard, Dennis Hvid, Eja Tornø',
      '',
      'Afbud:',
      'Eja Tornø - Frode Lindahl deltager som stedfortræder.',
      '',
      sentence,
      '',
      '1.      Ny busrute til Sønderå',
      '',
      'Sagsnr:',
      '',
      '31/412',
      '',
      'Beslutning',
      '',
      'Godkendt.',
    ].join('\n');

  it('reads each member named before `deltog ikke i pkt. 14-19 og den lukkede dagsorden`', () => {
    expect(partial(head('Ane Kjærby, Bo Strandvig og Carla Mølgaard deltog ikke i pkt. 14-19 og den lukkede dagsorden.'))).toEqual([
      'Ane Kjærby: deltog ikke i pkt. 14-19 og den lukkede dagsorden',
      'Bo Strandvig: deltog ikke i pkt. 14-19 og den lukkede dagsorden',
      'Carla Mølgaard: deltog ikke i pkt. 14-19 og den lukkede dagsorden',
    ]);
  });

  it('reads two members told so, and leaves the apologies and the substitute as they were', () => {
    const parsed = parse(head('Dennis Hvid og Carla Mølgaard deltog ikke i behandlingen af den lukkede dagsorden.'));
    expect(partial(head('Dennis Hvid og Carla Mølgaard deltog ikke i behandlingen af den lukkede dagsorden.'))).toEqual([
      'Carla Mølgaard: deltog ikke i behandlingen af den lukkede dagsorden',
      'Dennis Hvid: deltog ikke i behandlingen af den lukkede dagsorden',
    ]);
    expect(parsed.participants.find((person) => person.name === 'Eja Tornø')?.attendance).toBe('apologies');
    expect(parsed.participants.find((person) => person.name === 'Frode Lindahl')?.substituteFor).toBe('Eja Tornø');
  });

  it('reads the names only where each is one told alone', () => {
    expect(partialPresenceOfSeveral('Ane Kjærby, Bo Strandvig og Carla Mølgaard forlod mødet kl. 17.10.')).toEqual({
      names: ['Ane Kjærby', 'Bo Strandvig', 'Carla Mølgaard'],
      partial: 'forlod mødet kl. 17.10',
    });
    expect(partialPresenceOfSeveral('Ane Kjærby forlod mødet kl. 17.10.')).toBeUndefined();
    expect(partialPresenceOfSeveral('Mødet blev holdt i salen, og Ane Kjærby deltog ikke i pkt. 4.')).toBeUndefined();
  });
});

describe('a joint body`s representatives, then a member told present for some items only', () => {
  const memo = (tail: string) =>
    [
      'Referat fra Repræsentantskabsmøde i Vesttrafik',
      'Mødedato 14. maj 2031',
      `Bestyrelsesformand Gorm Lyhne (Nordby Kommune), næstformand for bestyrelsen Hanne Vestergård (Sydby Kommune), Ib Krogh (Østby Kommune), Jytte Dalum (Region Midtjylland) ${tail} Afbud Karl Aas (Vestby Kommune)`,
      '',
      '1. Valg af dirigent',
      'Beslutning: Gorm Lyhne blev valgt.',
    ].join('\n');

  it('reads `Bestyrelsesmedlem X deltog under punkt 5 og 6.` after the list: X present, for those items', () => {
    const parsed = parse(memo('Bestyrelsesmedlem Lone Birk deltog under punkt 5 og 6.'));
    expect(parsed.participants.find((person) => person.name === 'Lone Birk')).toMatchObject({ attendance: 'attended', partial: 'deltog under punkt 5 og 6' });
    expect(parsed.participants.find((person) => person.name === 'Karl Aas')?.attendance).toBe('apologies');
  });

  it('adds nobody for a sentence about the staff', () => {
    const parsed = parse(memo('Fra administrationen deltog direktør Mads Holt.'));
    expect(parsed.participants.map((person) => person.name)).not.toContain('Mads Holt');
  });
});

describe("an old web page's members, one a line with the organisation after a dash", () => {
  const page = [
    'Mødereferat',
    '',
    'd.: 17-09-2031 kl.: 16:30 til 18:30 :',
    '',
    'Grundejerkontaktudvalg',
    '',
    'Afholdt: Strandhuset, det gl. Rådhus i Nordstrand, Havnevej 4',
    '',
    'Deltagere: Asta Klit - Grundejerforeningen Nord',
    '',
    'Bent Hede - Grundejerforeningen Nord',
    '',
    '-',
    '',
    'Cecilie Sand - Sommerhusforeningen Vest',
    '',
    'Dan Marsk - formand for Teknisk Udvalg',
    '',
    'Fraværende: Erna Vig',
    '',
    '01 Bemærkninger til dagsordenen',
    '',
    'Referat:',
    '',
    'Godkendt',
  ].join('\n');

  it('reads every member line under the label, the organisation no part of the name, and the place after `Afholdt:`', () => {
    const parsed = parse(page);
    expect(parsed.participants.map((person) => `${person.name} ${person.attendance}`)).toEqual([
      'Asta Klit attended',
      'Bent Hede attended',
      'Cecilie Sand attended',
      'Dan Marsk attended',
      'Erna Vig absent',
    ]);
    expect(parsed.meeting.location).toBe('Strandhuset, det gl. Rådhus i Nordstrand, Havnevej 4');
  });

  it('keeps the body`s own line over the page`s tabs (`Referat Opgaveliste`)', () => {
    const tabbed = page.replace('Afholdt:', 'Referat Opgaveliste\n\nAfholdt:');
    expect(parse(tabbed).meeting.body).toBe('Grundejerkontaktudvalg');
    expect(parse(page).meeting.body).toBe('Grundejerkontaktudvalg');
  });
});

describe('earlier treatments told in short prose forms', () => {
  const referat = (sentence: string) =>
    ['REFERAT', 'Kultur- og Fritidsudvalget den 12. juni 2031', '', '1. Udviklingspuljen 2031', '', 'Sagsfremstilling', sentence, '', 'Beslutning', 'Godkendt.'].join('\n');
  const earlier = (sentence: string) => parse(referat(sentence)).items[0]!.earlierTreatments.map((told) => `${told.body} ${told.date}${told.itemNumbers.length ? ` pkt. ${told.itemNumbers.join(',')}` : ''}`);

  it('reads `På møde i <organ> den <dato>, punkt N`, and not the form without its item (what was said at a meeting)', () => {
    expect(earlier('På møde i Økonomiudvalget den 4. maj 2031, pkt. 12, blev projektet drøftet.')).toEqual(['Økonomiudvalget 2031-05-04 pkt. 12']);
    expect(earlier('På møde i Økonomiudvalget den 4. maj 2031 spurgte udvalget til reglerne.')).toEqual([]);
    expect(earlier('På møde i Børne- og Skoleudvalget den 3. marts 2031, punkt 6, blev sagen udsat.')).toEqual(['Børne- og Skoleudvalget 2031-03-03 pkt. 6']);
    // (The definite `På mødet i <organ> den <dato>` tells background, not this case's treatment.)
    expect(earlier('På mødet i Børne- og Skoleudvalget den 3. marts 2031, punkt 6, blev et samlet overblik præsenteret.')).toEqual([]);
  });

  it('reads `Følgende byrådsbeslutning af <dato>` as the council`s decision', () => {
    expect(earlier('Følgende byrådsbeslutning af 28. februar 2031 ligger til grund for sagen.')).toEqual(['Byrådet 2031-02-28']);
  });

  it('reads `<organ> behandlede på deres møde 23. april` in the meeting`s year, or the year before for a later day', () => {
    expect(earlier('Foreningsrådet behandlede på deres møde 23. april ansøgningerne til puljen.')).toEqual(['Foreningsrådet 2031-04-23']);
    expect(earlier('Foreningsrådet behandlede på deres møde 2. september ansøgningerne til puljen.')).toEqual(['Foreningsrådet 2030-09-02']);
  });

  it('reads no meeting after this one, and no name without a body word', () => {
    expect(earlier('På møde i Byrådet den 24. juni 2031, punkt 3, skal sagen endeligt vedtages.')).toEqual([]);
    expect(earlier('På møde i Kulturhuset den 4. maj 2031, punkt 2, blev projektet vist frem.')).toEqual([]);
  });
});
