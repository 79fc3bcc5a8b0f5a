import { oneBytePieceOf, pieceCutter } from './one-byte-runs.js';

// The cutter only changes how a piece is stored: every piece must be the text's own slice, in a two-byte text (pieces
// inside a run, pieces holding the character past Latin-1, pieces asked out of order) and in a one-byte text alike.
describe('pieceCutter', () => {
  const pieces = (text: string) => {
    const cut = pieceCutter(text);
    const out: [string, string][] = [];
    for (let start = 0; start <= text.length; start++) for (let end = start; end <= text.length; end += 3) out.push([cut(start, end), text.slice(start, end)]);
    // Backwards too: a piece before the run copied last.
    for (let start = text.length; start >= 0; start -= 2) out.push([cut(start, text.length), text.slice(start)]);
    return out;
  };

  it('cuts the same pieces as slice from a two-byte text', () => {
    // (Runs long and short: a long run is copied, a short one sliced.)
    const long = 'Sagsfremstilling om budget og økonomi\n'.repeat(9);
    const text = `Godkendt – med 4 stemmer\n${long}Suppleant Inger Bak deltog\n• Bilag 1\r\n${long}Økonomi og æøå §\n─────\nslut`;
    for (const [piece, slice] of pieces(text)) expect(piece).toBe(slice);
  });

  it('cuts the same pieces as slice from a one-byte text and an astral letter', () => {
    for (const text of ['Fraværende: Poul Vestergaard\nGodkendt.', 'Titel 𝐀 med\nbrev']) for (const [piece, slice] of pieces(text)) expect(piece).toBe(slice);
  });
});

// A piece is copied only when the text it was cut from holds a character past Latin-1 and the piece none: the copy
// holds the same characters (its storage, which a test cannot see, is what differs).
describe('oneBytePieceOf', () => {
  it('gives the characters of the piece, cut from a two-byte or a one-byte line', () => {
    const line = 'Pkt. 4 – Skolevejsanalyse for Sunds og Bording (sag 24/09315): Godkendt.';
    for (const [start, end] of [[9, 63], [0, 6], [0, line.length], [65, line.length], [7, 7]] as const) {
      expect(oneBytePieceOf(line.slice(start, end), line)).toBe(line.slice(start, end));
    }
    const plain = 'Punkt 4: Skolevejsanalyse for Sunds og Bording';
    expect(oneBytePieceOf(plain.slice(9), plain)).toBe('Skolevejsanalyse for Sunds og Bording');
  });
});
