import { parseMinutes } from '../parse-minutes.js';
import { withoutMojibake } from './mojibake.js';

// UTF-8 read as Latin-1 or Windows-1252 (invented texts): the reader reads what the author wrote.
const asLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
const asWindows1252 = (text: string) => new TextDecoder('windows-1252').decode(Buffer.from(text, 'utf8'));

describe('mojibake read back', () => {
  const written = 'Økonomiudvalget\u00a0mødes på Rådhuset – § 17, stk. 4 – “Grøn plan” … Æbleø';

  it.each([
    ['Latin-1', asLatin1],
    ['Windows-1252', asWindows1252],
  ])('reads UTF-8 shown as %s back as the text written', (_encoding, shown) => {
    expect(shown(written)).not.toBe(written);
    expect(withoutMojibake(shown(written))).toBe(written);
  });

  it('leaves text that only looks like it alone (`João`, `Ã` before a letter, a sequence that is no UTF-8)', () => {
    for (const text of ['João Silva (V)', 'Ã er et bogstav', '5 stk. à 100 kr.', 'à\u0080\u0080 (overlong)']) expect(withoutMojibake(text)).toBe(text);
  });

  it('reads a referat sent in the wrong encoding as the referat (body, place, a decision)', () => {
    const text = ['REFERAT Økonomiudvalget d. 05-03-2024', 'Mødested\tMødelokale 1, Rådhuset', '', 'Punkt 1: Godkendelse af årsregnskab', '12.00.00-A00-1-24', 'Beslutning', 'Godkendt.'].join('\n');
    const read = (minutes: string) => {
      const parsed = parseMinutes(minutes, 'synthetic.txt');
      return [parsed.meeting.body, parsed.meeting.location, parsed.items.map((item) => [item.title, item.decision?.outcome])];
    };
    expect(read(asLatin1(text))).toEqual(read(text));
    expect(read(text)[0]).toBe('Økonomiudvalget');
  });
});
