import { parseMinutes } from './parse-minutes.js';

/**
 * Attendance conventions of real minutes that the fifth probe found read wrong (the reader stated absences, substitutes
 * and partial presence that the minutes do not say). Every text here is invented, written in the convention it tests.
 */
const parse = (lines: string[]) => parseMinutes(lines.join('\n'), 'attendance.txt');
const participantsOf = (lines: string[]) =>
  parse(lines).participants.map((person) => [person.name, person.attendance, ...(person.substituteFor ? [`for ${person.substituteFor}`] : []), ...(person.partial ? [person.partial] : [])]);
const absencesOf = (lines: string[]) => parse(lines).items.map((item) => [item.number, item.absences.map((person) => `${person.name}:${person.attendance ?? 'apologies'}`)]);

/** A municipal web page's item (`10. <titel>` ... `Til toppen`), its decision and what follows it. */
const webItem = (number: number, title: string, decision: string[]) => [`${number}. ${title}`, '', 'Sagstema', '', `${title}.`, '', ...decision, '', 'Til toppen', ''];
const WEB_HEAD = ['12. marts 2025', '', 'Deltagere:', '', ' • Anna Holm (A)', ' • Bo Krag (V)', ' • Carl Ravn (C)', ''];

describe('attendance conventions: whose meeting an absence list names', () => {
  it('reads `Fraværende i <organ>, <dato>:` on this meeting`s date as the item`s absence, not as a dated decision block', () => {
    const lines = [...WEB_HEAD, ...webItem(10, 'Godkendelse af dagsorden', ['Beslutning', '', 'Godkendt.', '', 'Fraværende i Prøvested Byråd, 12. marts 2025:', '', 'Bo Krag']), ...webItem(11, 'Ny skolevej', ['Beslutning', '', 'Godkendt.'])];
    const parsed = parse(lines);
    expect(parsed.items.map((item) => [item.number, item.decision?.outcome, item.decision?.text])).toEqual([
      [10, 'approved', 'Godkendt.'],
      [11, 'approved', 'Godkendt.'],
    ]);
    expect(absencesOf(lines)).toEqual([
      [10, ['Bo Krag:absent']],
      [11, []],
    ]);
  });

  it('keeps the absentees of another meeting`s list (`Fraværende i Økonomiudvalget, <earlier date>:`) out of this meeting', () => {
    const decision = ['Beslutning i Økonomiudvalget, 3. marts 2025:', '', 'Anbefales.', '', 'Fraværende i Økonomiudvalget, 3. marts 2025:', '', 'Carl Ravn', '', 'Beslutning', '', 'Godkendt.'];
    const lines = [...WEB_HEAD, ...webItem(10, 'Ny skolevej', decision), ...webItem(11, 'Budget', ['Beslutning', '', 'Godkendt.'])];
    const parsed = parse(lines);
    expect(absencesOf(lines)).toEqual([
      [10, []],
      [11, []],
    ]);
    expect(parsed.items[0]!.decision).toMatchObject({ outcome: 'approved', text: 'Godkendt.' });
    expect(parsed.participants.every((person) => person.attendance === 'attended')).toBe(true);
  });
});

describe('attendance conventions: a dated absence list of another body the same day', () => {
  it('keeps `Fraværende i Økonomiudvalget, <this date>:` out of a meeting whose body the head names as another', () => {
    const lines = ['Referat', 'Byrådet', 'Mødedato: 12. marts 2025', '', 'Medlemmer: Anna Holm (A), Bo Krag (V)', '', ...webItem(10, 'Ny skolevej', ['Beslutning', '', 'Godkendt.', '', 'Fraværende i Økonomiudvalget, 12. marts 2025:', '', 'Bo Krag']), ...webItem(11, 'Budget', ['Beslutning', '', 'Godkendt.', '', 'Fraværende i Prøvested Byråd, 12. marts 2025:', '', 'Anna Holm'])];
    expect(absencesOf(lines)).toEqual([
      [10, []],
      [11, ['Anna Holm:absent']],
    ]);
  });
});

describe('attendance conventions: what is not a name', () => {
  it('reads the title repeated with its type code under the case number (`Vandløb (B)`) as the title, not a member absent', () => {
    const lines = [
      'Referat', 'Udvalget for teknik og miljø', 'Mødedato: 4. marts 2025', '',
      '1.Temadrøftelse - Vandløb (B)', '', 'Sagsnummer: 25/1234', '', 'Temadrøftelse - Vandløb (B)', '', 'Sagsfremstilling', '', 'Udvalget drøfter vandløbene.', '', 'Beslutning', '', 'Drøftet.', '',
      '2.Vejbelysning (B)', '', 'Sagsnummer: 25/1235', '', 'Vejbelysning (B)', '', 'Beslutning', '', 'Godkendt.', '',
    ];
    expect(absencesOf(lines)).toEqual([
      [1, []],
      [2, []],
    ]);
  });

  it('reads a seat word after a member`s comma (`Bo Krag, Borgermedlem,`) as the member`s role, never as a member', () => {
    const lines = [
      'Referat', 'Landdistriktsudvalget 4. marts 2025', '', 'Dato', '', '04.03.2025', '', 'Sted', '', 'Rådhuset, mødelokale 2', '', 'Deltagere', '',
      'Anna Holm (A),', 'Bo Krag, Borgermedlem,', 'Carl Ravn (V),', 'Dorte Lind, Borgerrepræsentant,', 'Eva Bro, Næstformand,', '', '',
      '64. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.', '',
    ];
    const parsed = parse(lines);
    expect(parsed.participants.map((person) => [person.name, person.attendance])).toEqual([
      ['Anna Holm', 'attended'],
      ['Bo Krag', 'attended'],
      ['Carl Ravn', 'attended'],
      ['Dorte Lind', 'attended'],
      ['Eva Bro', 'attended'],
    ]);
    expect(parsed.participants.find((person) => person.name === 'Bo Krag')?.role).toBe('Borgermedlem');
  });
});

describe('attendance conventions: who came instead', () => {
  const head = ['Kommunalbestyrelsen', 'Mødedato: 4. marts 2025', '', 'Medlemmer: Anna Holm (A), Bo Krag (V), Carl Ravn (C), Dorte Lind (A)', ''];

  it('reads `Afbud fra A stedfortræder B. Afbud fra C stedfortræder D` in the head as two apologies and their substitutes', () => {
    const lines = [...head, 'Bemærkninger', '', 'Afbud fra Bo Krag stedfortræder Ulla Vang. Afbud fra Carl Ravn stedfortræder Ib Sand', '', '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'];
    expect(participantsOf(lines)).toEqual([
      ['Anna Holm', 'attended'],
      ['Bo Krag', 'apologies'],
      ['Carl Ravn', 'apologies'],
      ['Dorte Lind', 'attended'],
      ['Ulla Vang', 'attended', 'for Bo Krag'],
      ['Ib Sand', 'attended', 'for Carl Ravn'],
    ]);
  });

  it('reads `Afbud fra A, stedfortræder: B` under an absence label in the head the same way', () => {
    const lines = [...head, 'Afbud: Bo Krag (V), stedfortræder: Ulla Vang (V)', '', '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'];
    expect(participantsOf(lines)).toContainEqual(['Ulla Vang', 'attended', 'for Bo Krag']);
    expect(participantsOf(lines)).toContainEqual(['Bo Krag', 'apologies']);
  });

  it('keeps the item`s absence of `Afbud fra A stedfortræder B` to A alone', () => {
    const lines = [...head, '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Afbud fra Bo Krag stedfortræder Ulla Vang', '', 'Godkendt.'];
    expect(absencesOf(lines)).toEqual([[1, ['Bo Krag:apologies']]]);
  });
});

describe('attendance conventions: substitutes in more forms (real minutes searched for the session)', () => {
  const head = ['Kommunalbestyrelsen', 'Mødedato: 4. marts 2025', '', 'Medlemmer: Anna Holm (A), Bo Krag (V), Carl Ravn (C)', ''];
  const opening = ['1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'];

  it('reads a dash before the role (`Afbud: A (A) – stedfortræder B (A)`) as A`s apology and B standing in', () => {
    expect(participantsOf([...head, 'Afbud: Anna Holm (A) – stedfortræder Dorte Lind (A)', '', ...opening])).toEqual([
      ['Anna Holm', 'apologies'],
      ['Bo Krag', 'attended'],
      ['Carl Ravn', 'attended'],
      ['Dorte Lind', 'attended', 'for Anna Holm'],
    ]);
  });

  it('reads `B deltager i As sted` on an absence list, and `samt` before the list`s last name', () => {
    const lines = ['Husudvalget', 'Mødedato: 8. december 2025', '', 'Afbud fra Anna Holm, Bo Krag deltager i Anna Holms sted, samt Carl Ravn.', '', ...opening];
    expect(participantsOf(lines)).toEqual([
      ['Anna Holm', 'apologies'],
      ['Bo Krag', 'attended', 'for Anna Holm'],
      ['Carl Ravn', 'apologies'],
    ]);
  });

  it('reads `Afbud fra A (A). B (A) deltog i As sted.` in the first decision as A`s apology and B standing in', () => {
    const lines = [...head, '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Afbud fra Anna Holm (A). Dorte Lind (A) deltog i Anna Holms sted.', '', 'Godkendt.'];
    expect(participantsOf(lines)).toEqual([
      ['Anna Holm', 'apologies'],
      ['Bo Krag', 'attended'],
      ['Carl Ravn', 'attended'],
      ['Dorte Lind', 'attended', 'for Anna Holm'],
    ]);
  });

  it('reads København`s absence list with who was called in (`A, B indkaldt`, `A og B, C deltog`) and `Fraværende i mødet:`', () => {
    const lines = [
      '2. Godkendelse af dagsordenen', '', 'Mødet sluttede kl. 21.30', '',
      'Fraværende med afbud:', 'Anna Holm, Bo Krag indkaldt', 'Carl Ravn og Dorte Lind, Eva Bro deltog', 'Finn Dahl og Gitte Lund', '',
      'Fraværende i mødet:', 'Hans Berg til kl. 18.40 i punkt 2', 'Ida Sand fra kl. 21.10 i punkt 12', '',
      'Fraværende uden afbud:', 'Jens Mark', '', 'Beslutning', '', 'Dagsordenen blev godkendt.',
    ];
    expect(participantsOf(lines)).toEqual([
      ['Anna Holm', 'apologies'],
      ['Bo Krag', 'attended', 'for Anna Holm'],
      ['Carl Ravn', 'apologies'],
      ['Dorte Lind', 'apologies'],
      ['Eva Bro', 'attended', 'for Carl Ravn'],
      ['Finn Dahl', 'apologies'],
      ['Gitte Lund', 'apologies'],
      ['Hans Berg', 'attended', 'til kl. 18.40 i punkt 2'],
      ['Ida Sand', 'attended', 'fra kl. 21.10 i punkt 12'],
      ['Jens Mark', 'absent'],
    ]);
  });

  it('reads the listed member a substitute came for as away (`A (V) deltog ikke i mødet. I stedet deltog B (V).`)', () => {
    const lines = [...head, '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Bo Krag (V) deltog ikke i mødet. I stedet deltog Ulla Vang (V).', '', 'Godkendt.'];
    expect(participantsOf(lines)).toEqual([
      ['Anna Holm', 'attended'],
      ['Bo Krag', 'absent'],
      ['Carl Ravn', 'attended'],
      ['Ulla Vang', 'attended', 'for Bo Krag'],
    ]);
  });

  it('reads `Suppleant B (V) deltog for A (V).` after the apology, and a head`s `Afbud: A (V). Stedfortræder for A: B (V)`', () => {
    const inDecision = [...head, '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Afbud: Bo Krag (V). Suppleant Ulla Vang (V) deltog for Bo Krag (V).', '', 'Godkendt.'];
    const inHead = [...head, 'Afbud: Bo Krag (V). Stedfortræder for Bo Krag: Ulla Vang (V)', '', ...opening];
    for (const lines of [inDecision, inHead]) {
      expect(participantsOf(lines)).toEqual([
        ['Anna Holm', 'attended'],
        ['Bo Krag', 'apologies'],
        ['Carl Ravn', 'attended'],
        ['Ulla Vang', 'attended', 'for Bo Krag'],
      ]);
    }
  });

  it('reads a council`s substitute item: `A har forfald ..., hvorfor liste V ønsker at indkalde B` and `B indtræder i As fravær`', () => {
    const item = (sentence: string) => [
      'Byrådet', 'Mødedato: 27. november 2025', '', '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.', '',
      '2. Indkaldelse af stedfortræder', '', 'Sagsfremstilling', '', sentence, '', 'Beslutning', '', 'Godkendt.',
    ];
    expect(participantsOf(item('Venstres gruppe har meddelt, at Anna Holm har forfald til Byrådsmødet 27. november 2025, hvorfor liste V ønsker at indkalde Bo Krag, Nyby.'))).toContainEqual(['Bo Krag', 'attended', 'for Anna Holm']);
    expect(participantsOf(item('Det skal godkendes, at 1. stedfortræder fra kandidatlisten, Bo Krag, indtræder i Anna Holms fravær.'))).toContainEqual(['Bo Krag', 'attended', 'for Anna Holm']);
  });
});

describe('attendance conventions: a local committee`s attendance sentences', () => {
  it('reads `Følgende udeblev uden afbud: A, B og C.` under `Fremmøde og inhabilitet:` as three absent, beside an apology', () => {
    const lines = [
      '2. Godkendelse af dagsorden', '', 'Beslutning', '', 'Dagsordenen blev godkendt.', '', 'Fremmøde og inhabilitet:', '',
      'Anna Holm havde meldt afbud, og der er ingen suppleanter.', '', 'Følgende udeblev uden afbud: Bo Krag, Carl Ravn og Dorte Lind.',
    ];
    expect(participantsOf(lines)).toEqual([
      ['Anna Holm', 'apologies'],
      ['Bo Krag', 'absent'],
      ['Carl Ravn', 'absent'],
      ['Dorte Lind', 'absent'],
    ]);
  });
});

describe('attendance conventions: a list of those present with blank lines between its entries', () => {
  it('reads København`s `Tilstede var:` entries over blank lines, titles (`Observatør`) off, and who left as partial presence', () => {
    const lines = [
      '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Tilstede var:', 'Overborgmester Anna Holm', '', 'Borgmester Bo Krag', '', 'Vicedirektør Carl Ravn', '',
      'Observatør Dorte Lind', '', 'Borgmester Bo Krag forlod mødet kl. 17.40 under behandling af pkt. 5.', '', 'Afbud fra:', 'Borgmester Eva Bro pga. arbejde.', '', 'Dagsordenen blev godkendt.',
    ];
    expect(participantsOf(lines)).toEqual([
      ['Anna Holm', 'attended'],
      ['Bo Krag', 'attended', 'forlod mødet kl. 17.40 under behandling af pkt. 5.'],
      ['Carl Ravn', 'attended'],
      ['Dorte Lind', 'attended'],
      ['Eva Bro', 'apologies'],
    ]);
  });
});

describe('attendance conventions: items named in an absence', () => {
  const items = (numbers: number[], first: string[] = []) =>
    numbers.flatMap((number, index) => [`${number}. ${['Godkendelse af dagsorden', 'Ny skolevej', 'Budget', 'Eventuelt'][index]}`, '', 'Beslutning', '', 'Godkendt.', ...(index === 0 ? ['', ...first] : []), '']);

  it('reads an absence list`s item range that is the whole meeting (`Bo Krag (V), sag 20-23` of `Sager 20 - 23`) as absence', () => {
    const lines = [
      'Kommunalbestyrelsen', 'Dato: 4. marts 2025', '', 'Deltagere', '', 'Anna Holm (A)', 'Bo Krag (V)', 'Carl Ravn (C)', '',
      'Fraværende', '', 'Bo Krag (V), sag 20-23', 'Carl Ravn (C), sag 22-23', '', 'Sager 20 - 23', '', ...items([20, 21, 22, 23]),
    ];
    expect(participantsOf(lines)).toEqual([
      ['Anna Holm', 'attended'],
      ['Bo Krag', 'absent'],
      ['Carl Ravn', 'attended', 'sag 22-23'],
    ]);
  });

  it('moves `A deltog ikke under punkterne 3-4.` written in item 1 to items 3 and 4, and keeps it the member`s partial presence', () => {
    const lines = ['Teknikudvalget', 'Dato: 4. marts 2025', '', 'Medlemmer: Anna Holm (A), Bo Krag (V), Carl Ravn (C)', '', ...items([1, 2, 3, 4], ['Bo Krag (V) deltog ikke under punkterne 3-4.', '', 'Carl Ravn (C) deltog ikke i punkt 4.'])];
    expect(absencesOf(lines)).toEqual([
      [1, []],
      [2, []],
      [3, ['Bo Krag:absent']],
      [4, ['Bo Krag:absent', 'Carl Ravn:absent']],
    ]);
    expect(participantsOf(lines)).toEqual([
      ['Anna Holm', 'attended'],
      ['Bo Krag', 'attended', 'deltog ikke under punkterne 3-4'],
      ['Carl Ravn', 'attended', 'deltog ikke i punkt 4'],
    ]);
  });

  it('reads `A deltog ikke under punkterne 1-4.` naming every item of the meeting as A`s absence from the meeting', () => {
    const lines = ['Teknikudvalget', 'Dato: 4. marts 2025', '', 'Medlemmer: Anna Holm (A), Bo Krag (V), Carl Ravn (C)', '', ...items([1, 2, 3, 4], ['Bo Krag (V) deltog ikke under punkterne 1-4.'])];
    expect(participantsOf(lines)).toContainEqual(['Bo Krag', 'absent']);
  });
});
