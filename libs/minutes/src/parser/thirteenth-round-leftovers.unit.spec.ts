import { parseMinutes } from './parse-minutes.js';
import { readMembersBesideAbsence } from './members-beside-absence.js';
import { readRepresentatives } from './representative-lists.js';

/**
 * Conventions left over by the twelfth and thirteenth real-minutes probes (and earlier ones), read in session 28. Every
 * text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function attendance(text: string): string[] {
  return parse(text).participants.map((participant) => `${participant.name}:${participant.attendance}`);
}

describe('a transcript whose Medlemmer and Fraværende columns come out one run', () => {
  // A protocol's head table: `Medlemmer` (every member) beside `Fraværende` (the absent ones again). A PDF viewer's
  // transcript reads the table row by row into one line after both labels: the absent are the names printed twice.
  const run = [
    'Anne Holm (A) Bo Lund (V) Carl Dam (C) Bo Lund (V) Dorte Vang (F) Erik Nør (O)',
    'Fie Kjær (Løsgænger) Gert Bak ((V) Hanne Sø (Ø) Fie Kjær (Løsgænger) Nordby Kommune',
  ].join(' ');
  const page = (labels: string) =>
    [
      'Beslutningsprotokol',
      '',
      'Transkript',
      '',
      `1 Byrådet BESLUTNINGSPROTOKOL Sted: Mødelokale 2, rådhuset Dato: Mandag den 9. februar 2015 Start kl.: 16:00 ${labels} ${run}`,
      '',
      '2 1. Godkendelse af dagsorden Beslutning Godkendt. 2. Vejbelysning i Nordby Beslutning Godkendt.',
    ].join('\n');

  it('reads each name once: attended, or absent where the name is printed again', () => {
    expect(attendance(page('Medlemmer: Fraværende:'))).toEqual([
      'Anne Holm:attended',
      'Bo Lund:absent',
      'Carl Dam:attended',
      'Dorte Vang:attended',
      'Erik Nør:attended',
      'Fie Kjær:absent',
      'Gert Bak:attended',
      'Hanne Sø:attended',
    ]);
  });

  it('takes apologies as the second column the same way', () => {
    expect(attendance(page('Medlemmer: Afbud:'))).toContain('Bo Lund:apologies');
  });

  it('leaves a run in which no name is printed twice to the usual reading', () => {
    expect(readMembersBesideAbsence('Anne Holm (A) Bo Lund (V) Carl Dam (C) Dorte Vang (F)')).toBeUndefined();
  });

  it('is no two-column echo when a name is printed three times, or most names twice', () => {
    expect(readMembersBesideAbsence('Anne Holm (A) Bo Lund (V) Bo Lund (V) Carl Dam (C) Bo Lund (V) Dorte Vang (F)')).toBeUndefined();
    expect(readMembersBesideAbsence('Anne Holm (A) Bo Lund (V) Anne Holm (A) Bo Lund (V)')).toBeUndefined();
  });
});

describe('a joint body whose attendees are named with the body each represents', () => {
  // A trafikselskab's or a joint committee's memo referat: the head's table (`Sted`, `Mødetidspunkt`, `Mødedeltagere`)
  // run into one line, each attendee with a role before the name and the municipality or region represented after it in
  // brackets; `Afbud` names the members away, a member `og dennes suppleant` when the substitute could not come either.
  const text = [
    'Referat fra Bestyrelsesmøde i Vestbus',
    '',
    'Transkript',
    '',
    '1 Dato Journalnr Sagsbehandler 3. marts Referat fra Bestyrelsesmøde i Vestbus Sted Mødetidspunkt Mødedeltagere ' +
      '1. marts 2011, kl Vestbus, Havnevej 4, 6700 Esbjerg Bestyrelsesformand Anne Holm (Nordby Kommune), næstformand for ' +
      'bestyrelsen Bo Lund (Sydby Kommune), bestyrelsesmedlem Carl Dam (Region Syddanmark), Dorte Vang (Østby Kommune) ' +
      'Afbud Erik Nør og dennes suppleant Fie Kjær (Vestby Kommune), Gert Bak (Nordby Kommune) Dagsorden ' +
      '1. Godkendelse af dagsorden Beslutning Godkendt. 2. Køreplan 2012 Beslutning Godkendt.',
  ].join('\n');

  it('reads the attendees, and both the member and the substitute who sent apologies', () => {
    expect(attendance(text)).toEqual([
      'Anne Holm:attended',
      'Bo Lund:attended',
      'Carl Dam:attended',
      'Dorte Vang:attended',
      'Erik Nør:apologies',
      'Fie Kjær:apologies',
      'Gert Bak:apologies',
    ]);
  });

  it('takes no role word before the first name as the name', () => {
    expect(readRepresentatives('Havnevej 4, Esbjerg Formand Anne Holm (Nordby Kommune), Bo Lund (Sydby Kommune), Carl Dam (Amt)')?.present).toEqual([
      'Anne Holm',
      'Bo Lund',
      'Carl Dam',
    ]);
  });

  it('reads no list from two bracketed bodies, nor from brackets that name no body', () => {
    expect(readRepresentatives('Anne Holm (Nordby Kommune), Bo Lund (Sydby Kommune)')).toBeUndefined();
    expect(readRepresentatives('Anne Holm (formand), Bo Lund (sekretær), Carl Dam (kasserer)')).toBeUndefined();
  });
});

describe('a member label cut at the page edge in a transcript', () => {
  // A PDF viewer's transcript of a page whose left margin cut the label `Medlemmer:` to its tail (`mer:`, `lemmer:`),
  // the member list after it: the label is read back whole where the tail opens a sentence and a member follows.
  const head = (label: string) =>
    [
      'Størrelse: px',
      'Starte visningen fra side:',
      '',
      'Transkript',
      '',
      `1 NORDBY KOMMUNE Nordby Byråd Møde nr. 4 Mødet blev holdt mandag den 7. marts 2016 på Rådhuset. Mødet begyndte kl. 17:00 og sluttede kl. 19:00. ${label} Borgmester - Anne Holm (A), Bo Lund (V), Carl Dam (C) 1. Meddelelser Vejbelysning i Nordby... 3`,
      '',
      '2 Nordby Byråd mandag den 7. marts NORDBY BYRÅD Meddelelser Sagsnr.: 16/1234 Sagsbeskrivelse Borgmesteren orienterer. Beslutning Nordby Byråd den Taget til efterretning.',
      '',
      '3 Nordby Byråd mandag den 7. marts NORDBY BYRÅD Vejbelysning i Nordby Sagsnr.: 16/1240 Sagsbeskrivelse Ny belysning på Storegade. Beslutning Nordby Byråd den Godkendt.',
    ].join('\n');

  it('reads the members under the cut label', () => {
    expect(attendance(head('mer:'))).toEqual(['Anne Holm:attended', 'Bo Lund:attended', 'Carl Dam:attended']);
    expect(attendance(head('dlemmer:'))).toEqual(['Anne Holm:attended', 'Bo Lund:attended', 'Carl Dam:attended']);
  });

  it('reads no label from a word that is no tail of one, nor from a tail inside a sentence', () => {
    expect(attendance(head('stemmer:'))).toEqual([]);
    expect(attendance(head('Der var mer:'))).toEqual([]);
  });
});

describe('a meeting page that prints its members after the agenda', () => {
  // A region's web publication: the head's fields, the agenda's titles, then `Medlemmer` and a bullet a member with the
  // status after a colon; after apologies, the bracket names who came instead and what the substitute missed.
  const page = (members: string[]) =>
    [
      'Møde i regionsrådet den 8. juni 2021',
      '',
      'Udvalg',
      'Regionsrådet',
      'Dato: 08-06-2021',
      'Tid: 17:00 - 19:00',
      '',
      'Punkter på dagsordenen',
      '',
      ' 1. Godkendelse af dagsorden',
      ' 2. Budget 2022',
      ' 3. Ny udpegning til et råd',
      '',
      'Medlemmer',
      '',
      ...members,
    ].join('\n');

  it('reads each member with the status, and the substitute for one away', () => {
    const read = parse(page([' • Anne Holm: Deltog', ' • Bo Lund: Afbud (Stedfortræder Carl Dam, fraværende ved sag 1-2. )', ' • Dorte Vang: Deltog', ' • Erik Nør: Fraværende']));
    expect(read.participants.map((participant) => `${participant.name}:${participant.attendance}`)).toEqual([
      'Anne Holm:attended',
      'Bo Lund:apologies',
      'Carl Dam:attended',
      'Dorte Vang:attended',
      'Erik Nør:absent',
    ]);
    const substitute = read.participants.find((participant) => participant.name === 'Carl Dam');
    expect(substitute?.substituteFor).toBe('Bo Lund');
    expect(substitute?.partial).toBe('fraværende ved sag 1-2');
  });

  it('reads no members from fewer than three status lines', () => {
    expect(parse(page([' • Anne Holm: Deltog', ' • Bo Lund: Afbud'])).participants).toEqual([]);
  });
});
