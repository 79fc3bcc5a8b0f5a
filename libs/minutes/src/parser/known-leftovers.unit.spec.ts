import { parseMinutes } from './parse-minutes.js';

// Leftovers earlier sessions named (sixteenth session): invented texts, one convention each.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

/** A landsbyråd's informal referat: attendance lines, items told in prose, the verdict last. */
const INFORMAL_REFERAT = [
  'Fjordby Kommune – Landsbyrådet',
  '',
  'Referat af møde i Landsbyrådet',
  'mandag den 8. februar 2016 kl. 19.00 – 21.00',
  'Forsamlingshuset, Kirkevej 4, Ulsted',
  '',
  'Til stede: Hanne Lykke (formand), Jens Dyhr, Bodil Rask, Arne Krogh, Sofie Vinter',
  'Afbud fra: Poul Brink',
  '',
  '1. Velkomst',
  'Formanden bød velkommen til Sofie Vinter, der er ny i rådet.',
  '',
  '2. Puljen til forsamlingshuse',
  'Der var søgt om i alt 140.000 kr. fra fire huse.',
  'Bodil Rask erklærede sig inhabil i ansøgningen fra Ulsted Forsamlingshus og forlod lokalet under den del af punktet.',
  'Rådet besluttede at fordele 100.000 kr. ligeligt mellem husene.',
  '',
  '3. Eventuelt',
  'Næste møde holdes den 11. april 2016 i Ulsted.',
  '',
  'Referent: Arne Krogh',
].join('\n');

describe('an informal referat`s own business and partial presence', () => {
  it('reads the welcome and the next meeting, each an item`s whole record, as records with no outcome of their own', () => {
    const items = parse(INFORMAL_REFERAT).items;
    expect(items.map((item) => [item.number, item.decision?.outcome, item.decision?.text])).toEqual([
      [1, 'other', 'Formanden bød velkommen til Sofie Vinter, der er ny i rådet.'],
      [2, 'approved', 'Rådet besluttede at fordele 100.000 kr. ligeligt mellem husene.'],
      [3, 'other', 'Næste møde holdes den 11. april 2016 i Ulsted.'],
    ]);
  });

  it('reads a member leaving told in the case`s lines above the verdict as that member`s partial presence', () => {
    const participants = parse(INFORMAL_REFERAT).participants;
    expect(participants.filter((person) => person.partial !== undefined).map((person) => person.name)).toEqual(['Bodil Rask']);
  });

  it('reads a member leaving told in a decision whose sentence a narrower column wrapped', () => {
    const text = ['Skoleudvalget', 'Dato: 4. marts 2011', 'Deltagere: Ulla Dam, Ib Kaas, Lone Ry', '', '1. Skolebusser', 'Beslutning', 'Godkendt. Ib Kaas forlod mødet under', 'behandlingen af punktet.'].join('\n');
    expect(parse(text).participants.filter((person) => person.partial !== undefined).map((person) => person.name)).toEqual(['Ib Kaas']);
  });

  it('reads the verdict under a welcome (`Forpersonen bød velkommen.` / `Dagsordenen blev godkendt.`)', () => {
    const text = INFORMAL_REFERAT.replace('Formanden bød velkommen til Sofie Vinter, der er ny i rådet.', 'Formanden bød velkommen.\nDagsordenen blev godkendt.');
    expect(parse(text).items[0]!.decision).toMatchObject({ outcome: 'approved' });
  });

  it('reads no outcome into a sentence that only names the next meeting inside a decision`s text', () => {
    const text = ['Kulturudvalget', 'Dato: 3. maj 2016', '', '1. Biblioteksplan', 'Beslutning:', 'Punktet blev udsat til næste møde.'].join('\n');
    expect(parse(text).items[0]!.decision).toMatchObject({ postponed: true });
  });
});

describe('a vote`s list of names wrapped inside a name', () => {
  it('reads the names the next line goes on with, once the hyphen of the wrapped name is joined', () => {
    const text = ['Skoleudvalget', 'Dato: 4. marts 2011', '', '6. Ansøgning om lokaler', 'Beslutning', 'Ansøgningen imødekommes ikke.', 'For stemte: Ulla Dam, Ib Kaas', 'Imod stemte: Lone Ry, Karl Chris-', 'tian Holm, Vera Beck', '', '7. Eventuelt', 'Beslutning', 'Intet.'].join('\n');
    expect(parse(text).items[0]!.decision!.votes).toMatchObject([
      { position: 'for', who: 'Ulla Dam, Ib Kaas' },
      { position: 'against', who: 'Lone Ry, Karl Christian Holm, Vera Beck' },
    ]);
  });

  it('does not take a body`s name under a vote of party letters for more voters (a page`s head after a break)', () => {
    const text = ['Skoleudvalget', 'Dato: 4. marts 2011', '', '6. Ansøgning om lokaler', 'Beslutning', 'Godkendt.', 'Imod stemte: O, V', 'Social- og Sundhedsudvalget, 04.03.2011'].join('\n');
    expect(parse(text).items[0]!.decision!.votes).toMatchObject([{ position: 'against', who: 'O, V' }]);
  });

  it('does not take a capitalised sentence under a vote for more names', () => {
    const text = ['Skoleudvalget', 'Dato: 4. marts 2011', '', '6. Ansøgning om lokaler', 'Beslutning', 'Godkendt.', 'Imod stemte: Lone Ry, Vera Beck', 'Skolen orienteres.'].join('\n');
    expect(parse(text).items[0]!.decision!.votes).toMatchObject([{ position: 'against', who: 'Lone Ry, Vera Beck' }]);
  });
});
