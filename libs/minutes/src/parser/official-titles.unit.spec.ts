import { parseMinutes } from './parse-minutes.js';

// Officials and stand-ins in a head's attendance as advisory bodies and old protocols write them (invented texts; the
// ninth held-out round's leftovers, read in the thirteenth session).

const participantsOf = (lines: string[]) =>
  parseMinutes([...lines, '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n'), 'synthetic.txt').participants.map((participant) => ({
    name: participant.name,
    attendance: participant.attendance,
    ...(participant.role ? { role: participant.role } : {}),
    ...(participant.partial ? { partial: participant.partial } : {}),
    ...(participant.substituteFor ? { substituteFor: participant.substituteFor } : {}),
  }));

describe('officials and stand-ins in the head (unit)', () => {
  it('reads an official`s title before the name as the role, and the items in brackets as partial presence', () => {
    const lines = ['Ældrerådet', 'Dato: 3. marts 2026', 'Deltagere:', 'Eva Bro (formand)', 'Kim Lund', 'Fra administrationen:', 'Ældrechef Tove Riis (punkt 2-3)'];
    expect(participantsOf(lines)).toEqual([
      { name: 'Eva Bro', attendance: 'attended', role: 'formand' },
      { name: 'Kim Lund', attendance: 'attended' },
      { name: 'Tove Riis', attendance: 'attended', role: 'Ældrechef', partial: 'punkt 2-3' },
    ]);
  });

  it('reads an official named with an organisation after the name, and a stand-in under `Deltog i stedet:` with `(for A)`', () => {
    const lines = ['Beredskabskommissionen', 'Dato: 3. marts 2026', 'Afbud fra:', 'Politiinspektør Ole Vang Sjællands Politi', '', 'Deltog i stedet:', 'Vicepolitiinspektør Ida Krog (for Ole Vang)'];
    expect(participantsOf(lines)).toEqual([
      { name: 'Ole Vang', attendance: 'apologies', role: 'Politiinspektør' },
      { name: 'Ida Krog', attendance: 'attended', role: 'Vicepolitiinspektør', substituteFor: 'Ole Vang' },
    ]);
  });

  it('reads the officials under a protocol`s `Desuden deltog:` as present, and a list`s closing full stop as no part of a name', () => {
    const lines = ['Teknisk Udvalg', 'Dato: 3. marts 2026', 'Til stede: Eva Bro (formand), Kim Lund,', 'Per Holt.', 'Desuden deltog: Teknisk chef Ole Vang (protokol).'];
    expect(participantsOf(lines).map((participant) => [participant.name, participant.attendance])).toEqual([
      ['Eva Bro', 'attended'],
      ['Kim Lund', 'attended'],
      ['Per Holt', 'attended'],
      ['Ole Vang', 'attended'],
    ]);
  });
});
