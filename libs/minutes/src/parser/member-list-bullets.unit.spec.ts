import { readMemberEntry } from './attendance.recogniser.js';
import { parseMinutes } from './parse-minutes.js';

describe('member lists with the bullet glyphs extractions write', () => {
  it('reads a member after a middle-dot bullet as after any other bullet', () => {
    expect(readMemberEntry('· Anne Holm (A)')).toMatchObject({ name: 'Anne Holm', party: 'A' });
    expect(readMemberEntry('• Anne Holm (A)')).toMatchObject({ name: 'Anne Holm', party: 'A' });
  });

  it('reads a head member list bulleted with middle dots, and a Symbol-font bullet the input edge reads as the bullet', () => {
    for (const bullet of ['\u00b7', '\uf0b7', '\u25aa']) {
      const text = ['Referat', 'Teknisk Udvalg', 'Mødedato: 3. marts 2025', '', 'Deltagere', `  ${bullet} Anne Holm (A)`, `  ${bullet} Bo Dahl (V)`, '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
      expect([bullet, parseMinutes(text, 'punktliste.txt').participants.map((participant) => participant.name)]).toEqual([bullet, ['Anne Holm', 'Bo Dahl']]);
    }
  });
});
