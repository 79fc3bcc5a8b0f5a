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

describe('officials whose post names its field, and stand-ins named with the party of whom they stood in for (twenty-second session)', () => {
  it('reads `Direktør for <felt> <navn>` as the official`s role and name, the field`s words joined by `og`', () => {
    const lines = ['Skoleudvalget', 'Dato: 3. marts 2026', 'Til stede: Eva Bro (A), Kim Lund (V)', 'Fra forvaltningen:', 'Direktør for Børn og Unge Ole Vang', 'Direktør for Økonomi Ida Krog', 'Skolechef Per Holt'];
    expect(participantsOf(lines).slice(2)).toEqual([
      { name: 'Ole Vang', attendance: 'attended', role: 'Direktør for Børn og Unge' },
      { name: 'Ida Krog', attendance: 'attended', role: 'Direktør for Økonomi' },
      { name: 'Per Holt', attendance: 'attended', role: 'Skolechef' },
    ]);
  });

  it('names whom a stand-in came for without that member`s party letter (`Suppleant for Kaj Holm (A)`, `(stedfortræder for Kaj Holm (A))`)', () => {
    for (const entry of ['Ida Krog (A), Suppleant for Kaj Holm (A)', 'Ida Krog (A) (stedfortræder for Kaj Holm (A))']) {
      const lines = ['Kommunalbestyrelsen', 'Dato: 3. marts 2026', 'Medlemmer', '', 'Eva Bro (A)', 'Kaj Holm (A)', entry, '', 'Fraværende', '', 'Kaj Holm (A)'];
      expect(participantsOf(lines).find((participant) => participant.name === 'Ida Krog')).toEqual({ name: 'Ida Krog', attendance: 'attended', substituteFor: 'Kaj Holm' });
    }
  });
});
