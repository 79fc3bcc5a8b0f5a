import { parseMinutes } from './parse-minutes.js';
import { readMembersBesideAbsence } from './members-beside-absence.js';

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
