import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a twelfth probe of the reader with real minutes it had not seen (23 documents from 8
 * municipalities and a region on Sjælland, in Hovedstaden and on Fyn, 2009-2025, scored fact by fact against fact
 * sheets written before the reader ran). Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function titles(text: string): string[] {
  return parse(text).items.map((item) => `${item.number ?? '?'} ${item.title}`);
}

function attendance(text: string): string[] {
  return parse(text).participants.map((person) => `${person.name}:${person.attendance ?? '-'}`);
}

/** A docplayer-style transcript: the viewer's lines, then each PDF page as one line after its page number. */
function transcript(title: string, ...pages: string[]): string {
  return [title, '', 'Størrelse: px', 'Starte visningen fra side:', '', `Download "${title}"`, '', 'Transkript', '', ...pages.map((page, index) => `${index + 1} ${page}`).flatMap((page) => [page, ''])].join('\n');
}

describe('twelfth real-minutes probe: a transcript head whose date fields lost their dates', () => {
  // A referat's head table transcribed as one line: the body, the meeting's number of the year, the document's own
  // date and the meeting's date (both values printed apart and lost, their weekdays kept), the time span and the place.
  // The agenda-approval item names the meeting's day and month; the year is the one the text names on which that day is
  // the head's weekday.
  const page1 = 'Referat Miljøudvalget Møde nr.: 4/2021 Dannet den: Fredag den Mødedato: Tirsdag den Mødetidspunkt: 16:00-18:30 Mødested: Mødelokale 7 Medlemmer Anna Berg (ab1) A Bent Dahl (bd2) V Fraværende Bemærkninger Mødet begynder med en besigtigelse. ' + 'x'.repeat(40);
  const page2 = 'Side 1 Indholdsfortegnelse Punkt nr. Side 1. Godkendelse af dagsorden for mødet den 13. april Orientering om vandløbsplan Forslag til nye stier i Nordskoven 2022 ' + 'y'.repeat(200);
  const page3 = 'Side 2 1. Godkendelse af dagsorden for mødet den 13. april 2021 Åben sag Sagsid: 20/1234 Sagen afgøres i: Miljøudvalget Bilag: Beslutning i Miljøudvalget den Godkendt. ' + 'z'.repeat(200);

  it('reads the body alone before `Møde nr.:` and `Dannet den:`', () => {
    expect(parse(transcript('Referat. Miljøudvalget. Møde nr.: 4/2021 Dannet den: Fredag den Mødedato: Tirsdag den', page1, page2, page3)).meeting.body).toBe('Miljøudvalget');
  });

  it('dates the meeting by the agenda-approval title, its year printed or picked by the head weekday', () => {
    expect(parse(transcript('Referat. Miljøudvalget.', page1, page2, page3)).meeting.date).toBe('2021-04-13');
    // Without the item's page: the contents title has no year; 13 April is a Tuesday in 2021, not in 2022.
    expect(parse(transcript('Referat. Miljøudvalget.', page1, page2)).meeting.date).toBe('2021-04-13');
  });

  it('reads no date where the head weekday fits none of the years the text names', () => {
    const monday = page1.replace('Mødedato: Tirsdag den', 'Mødedato: Mandag den');
    expect(parse(transcript('Referat. Miljøudvalget.', monday, page2)).meeting.date).toBeUndefined();
    // (Nor where the head printed its date: it is read as printed.)
    const printed = page1.replace('Mødedato: Tirsdag den', 'Mødedato: Tirsdag den 20. april 2021');
    expect(parse(transcript('Referat. Miljøudvalget.', printed, page2)).meeting.date).toBe('2021-04-20');
  });
});

describe('twelfth real-minutes probe: a transcript member column with logins in brackets', () => {
  // An SBSYS head's member table run into one line: each member's login in brackets and the party letter after it, a
  // member on leave and the substitute noted in a second bracket, `Fraværende` with names or none, `Bemærkninger` after.
  const head = (members: string, absent: string) =>
    `Referat Skoleudvalget Møde nr.: 2/2022 Mødedato: Torsdag den 3. marts 2022 Mødetidspunkt: 17:00-19:00 Mødested: Rådhuset ${members} ${absent} Mødet holdes på skolen. ` +
    'x'.repeat(40);
  const items = `Side 1 1. Godkendelse af dagsorden for mødet den 3. marts 2022 Åben sag Sagsid: 21/555 Beslutning i Skoleudvalget den Godkendt. ${'y'.repeat(200)}`;

  it('reads the members as `Name (P)`, an empty `Fraværende` taking no remark as names', () => {
    const text = transcript('Referat. Skoleudvalget.', head('Medlemmer Anna Berg (anbe) A Bent Dahl (bd) V Carl Enoksen (hjcaen) O', 'Fraværende Bemærkninger'), items);
    expect(attendance(text)).toEqual(['Anna Berg:attended', 'Bent Dahl:attended', 'Carl Enoksen:attended']);
  });

  it('reads the absent after `Fraværende`, a member on leave and a substitute noted in a second bracket', () => {
    const members = 'Medlemmer Anna Berg (anbe) A Bent Dahl (bd) V Dorte Falk (dofa) Ø (Orlov) Carl Enoksen (hjcaen) O Eva Gram (evgr) Ø (Stedfortræder for Dorte Falk)';
    const text = transcript('Referat. Skoleudvalget.', head(members, 'Fraværende Bent Dahl (bd) V Bemærkninger'), items);
    expect(attendance(text)).toEqual(['Anna Berg:attended', 'Bent Dahl:absent', 'Dorte Falk:absent', 'Carl Enoksen:attended', 'Eva Gram:attended']);
    expect(parse(text).participants.find((person) => person.name === 'Eva Gram')?.substituteFor).toBe('Dorte Falk');
  });
});

describe('twelfth real-minutes probe: marks printed after an item title', () => {
  it('takes a contents star off the titles (`80 Drænvand fra kunstgræsbaner *`)', () => {
    const text = [
      'Referat',
      'til',
      'mødet i Vejudvalget',
      'den 4. juni 2014 kl. 09:00',
      'i Mødelokale 3, Nørreby',
      '',
      'Pkt. Tekst',
      '12 Godkendelse af dagsorden *',
      '13 Vintertjeneste 2014-15 *',
      '14 Nye p-pladser ved Torvet',
      '15 Gensidig orientering *',
      '00.01.00-G01-1-14',
      '',
      '12. Godkendelse af dagsorden',
      '',
      'Beslutning',
      '',
      'Godkendt.',
    ].join('\n');
    expect(titles(text)).toEqual(['12 Godkendelse af dagsorden', '13 Vintertjeneste 2014-15', '14 Nye p-pladser ved Torvet', '15 Gensidig orientering']);
  });

  it('takes an agenda page\'s fold toggle off the heading it is glued to (`183. TitelÅbn/luk punkt`)', () => {
    const text = [
      'Referat',
      'Udvalg: Byrådet',
      'Mødedato: 07-03-2022',
      'Mødested: Byrådssalen',
      '21. Godkendelse af dagsordenÅbn/luk punkt',
      'Sagsnummer: 00.22.04-A00-1-22',
      'Beslutning',
      'Godkendt.',
      '22. Salg af grund på Engvej 4Åbn/luk punkt',
      'Sagsnummer: 02.34.02-G01-3-22',
      'Beslutning',
      'Godkendt.',
    ].join('\n');
    expect(titles(text)).toEqual(['21 Godkendelse af dagsorden', '22 Salg af grund på Engvej 4']);
  });
});

describe('twelfth real-minutes probe: a member value wrapped inside a hyphenated name', () => {
  it('joins `Daniel Do-` / `noso (F)` over the blank line a PDF-to-HTML export leaves, and names wrapped at a space', () => {
    const text = [
      'Byrådet',
      '',
      'Referat',
      '',
      'Dato:',
      '',
      'Tirsdag den 10. maj 2016',
      '',
      'Mødelokale:  Byrådssal',
      '',
      'Medlemmer:  Anne Holm (borgmester) (C), Bent Lauridsen (A), ',
      '',
      'Carl Mo (C), Dorte Mikkel-',
      '',
      'sen (F), Erik Vad (V), Frida ',
      '',
      'Nørgaard Lund (A), Gert Bo (O) ',
      '',
      'Fraværende:  Carl Mo (C) ',
      '',
      '1. Godkendelse af dagsorden',
      '',
      'Beslutning',
      '',
      'Godkendt.',
    ].join('\n');
    expect(attendance(text)).toEqual([
      'Anne Holm:attended', 'Bent Lauridsen:attended', 'Carl Mo:absent', 'Dorte Mikkelsen:attended', 'Erik Vad:attended', 'Frida Nørgaard Lund:attended', 'Gert Bo:attended',
    ]);
  });
});

describe('twelfth real-minutes probe: a prose head run into one transcript line', () => {
  // A KMD-era PDF referat through a viewer: the letterhead, the body, the meeting's number, the two sentences about the
  // meeting and the member list on one line; each later page headed by the body, the date and the body in capitals.
  const page1 = 'NORDBY KOMMUNE Nordby Byråd Møde nr. 7 Mødet blev holdt torsdag den 14. marts 2013 på Rådhuset i Byrådssalen. Mødet begyndte kl. 19:00 og sluttede kl. 21:10. Medlemmer: Borgmester - Anne Holm (C), Bent Lund (A) Fraværende: Ingen 1. Godkendelse af dagsorden Budgetopfølgning';
  const page2 = 'Nordby Byråd torsdag den 14. marts NORDBY BYRÅD Godkendelse af dagsorden Sagsnr.: 13/1001 Beslutning Nordby Byråd den Godkendt. ' + 'x'.repeat(200);

  it('reads the body, the date, the place without the next sentence, and the start time', () => {
    const meeting = parse(transcript('Mødet blev holdt torsdag den 14. marts 2013 på Rådhuset i Byrådssalen. Mødet begyndte kl. 19:00 og sluttede kl. 21:10.', page1, page2)).meeting;
    expect(meeting).toMatchObject({ body: 'Nordby Byråd', date: '2013-03-14', location: 'Rådhuset i Byrådssalen', startTime: '19:00' });
  });

  it('reads the item title after the running head with the body in capitals', () => {
    const page3 = page2.replace('Godkendelse af dagsorden', 'Budgetopfølgning').replace('13/1001', '13/1002');
    const text = transcript('Referat', page1.replace(' 1. Godkendelse af dagsorden Budgetopfølgning', ''), page2, page3);
    expect(parse(text).items.map((item) => `${item.title} ${item.caseNumber}`)).toEqual(['Godkendelse af dagsorden 13/1001', 'Budgetopfølgning 13/1002']);
  });
});

describe('twelfth real-minutes probe: an old transcript head in capitals, its hour lost', () => {
  // `<ORGAN> FOR <KOMMUNE> REFERAT FRA MØDE NR. 26 TORSDAG DEN 29. JANUAR 2009, KL PÅ <STED>`: the hour lost before
  // `PÅ`; the absence list closed by `Til behandling forelå:`, a double name split after its hyphen.
  const text = transcript(
    'KOMMUNALBESTYRELSEN FOR SØBY KOMMUNE',
    'KOMMUNALBESTYRELSEN FOR SØBY KOMMUNE REFERAT FRA MØDE NR. 12 TORSDAG DEN 5. MARTS 2009, KL PÅ SØBY RÅDHUS, BYRÅDSSALEN',
    'Kommunalbestyrelsen 5. marts 2009 Side: 2 Fraværende: Lone Berg, Hans Dal- Nielsen. Til behandling forelå: TIL KOMMUNALBESTYRELSENS AFGØRELSE Salg af grund, Skovvej, Søby Regnskab 2008 ' + 'y'.repeat(120),
    'Kommunalbestyrelsen 5. marts 2009 Side: 3 TIL KOMMUNALBESTYRELSENS AFGØRELSE 101. Salg af grund, Skovvej Sagsnr J.nr Beslutning Godkendt. ' + 'z'.repeat(120),
  );

  it('reads the place without the lost hour', () => {
    expect(parse(text).meeting.location).toBe('SØBY RÅDHUS, BYRÅDSSALEN');
  });

  it('reads the absent up to `Til behandling forelå:`, the split double name joined', () => {
    expect(attendance(text)).toEqual(['Lone Berg:absent', 'Hans Dal-Nielsen:absent']);
  });
});

describe('twelfth real-minutes probe: a contents list whose first rows came out as columns', () => {
  // A PDF's contents through a transcript: the first rows' numbers as one column, then their titles (one wrapped, going on
  // in lower case), then the later rows printed whole, `23. <titel>`; the items' pages after it.
  const text = [
    'Økonomiudvalget',
    'Referat',
    'Mødedato:',
    'Mandag den 08-04-2013',
    'Mødelokale:',
    'Mødelokale 1',
    'Indholdsfortegnelse',
    'Sag nr. Side',
    '20.',
    '21.',
    '22.',
    'Meddelelser',
    'Salg af grund ved Havnevej og opførelse af',
    'nye boliger',
    'Takster for vinterbadning',
    '23. Budgetopfølgning pr. 31. marts',
    '24. LUKKET SAG Køb af ejendom',
    'Økonomiudvalget, Mandag den 08-04-2013',
    '20. Meddelelser',
    'Beslutning i Økonomiudvalget den 08-04-2013',
    'Til efterretning.',
  ].join('\n');

  it('gives the column rows their numbers back', () => {
    expect(titles(text)).toEqual([
      '20 Meddelelser',
      '21 Salg af grund ved Havnevej og opførelse af nye boliger',
      '22 Takster for vinterbadning',
      '23 Budgetopfølgning pr. 31. marts',
      '24 Køb af ejendom',
    ]);
  });
});

describe('twelfth real-minutes probe: small head values', () => {
  it('reads an hour alone under a time label (`Mødetid:` / `Kl. 17`) as that hour sharp', () => {
    const text = ['Dagsorden med vedtagelser', '', 'Udvalg:', '', 'Kulturudvalget', '', 'Mødested:', '', 'Rådssalen', '', 'Mødedato:', '', '4. marts 2019', '', 'Mødetid:', '', 'Kl. 17', '', 'Indhold', '', '1. Meddelelser', 'Resumé', 'Ingen.', '2. Budget 2020', 'Resumé', 'Drøftet.'].join('\n');
    expect(parse(text).meeting).toMatchObject({ date: '2019-03-04', startTime: '17:00', location: 'Rådssalen' });
  });

  it('reads the place without the meeting\'s kind printed after it (`i Mødesalen, Nørreby - Ekstraordinært`)', () => {
    const text = ['Referat', 'til', 'mødet i Kommunalbestyrelsen', 'den 5. november 2019 kl. 17:00', 'i Mødesalen, Nørreby - Ekstraordinært', '', 'Pkt. Tekst', '12 Godkendelse af dagsorden', '13 Budget 2020', '00.01.00-G01-24-17', '', '12. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'].join('\n');
    expect(parse(text).meeting).toMatchObject({ date: '2019-11-05', startTime: '17:00', location: 'Mødesalen, Nørreby' });
  });
});
