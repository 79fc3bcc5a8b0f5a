import { parseMinutes } from './parse-minutes.js';
import { withoutLetterSpacing } from './prepass/letter-spacing.js';

// Conventions the seventeenth held-out round of issue 12 (half B: Hovedstaden, Sjælland and Bornholm) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

/** How a PDF extraction writes a phrase set with expanded character spacing: one space between letters, three between words. */
const spaced = (phrase: string): string => phrase.split(' ').map((word) => [...word].join(' ')).join('   ');

describe('conventions from the seventeenth held-out round (half B)', () => {
  it('writes letter-spaced phrases whole and leaves signs, short lists and running text alone', () => {
    expect(withoutLetterSpacing(`${spaced('Til stede:')}   Ane Bo, Per Holm`)).toBe('Til stede:   Ane Bo, Per Holm');
    expect(withoutLetterSpacing(`${spaced('J.nr.:')}   05/0311\n${spaced('Beslutning:')}`)).toBe('J.nr.:   05/0311\nBeslutning:');
    expect(withoutLetterSpacing('efter servicelovens § 8 a og stk. 2')).toBe('efter servicelovens § 8 a og stk. 2');
    expect(withoutLetterSpacing('For stemte: A B C')).toBe('For stemte: A B C');
    // (No-break spaces among the single ones: the text's odd spaces are made plain only after this pass.)
    expect(withoutLetterSpacing('L U K\u00a0K E T \u00a0 M Ø D E')).toBe('LUKKET MØDE');
    expect(withoutLetterSpacing('L U\tK K E T   M Ø D E')).toBe('LUKKET MØDE');
    // (A table's row of party letters parted by tabs is no letter-spaced word; a kind word alone in capitals stays as printed.)
    expect(withoutLetterSpacing(`${spaced('Afstemning:')}\nA\tV\tC\tØ\tF`)).toBe('Afstemning:\nA\tV\tC\tØ\tF');
    expect(withoutLetterSpacing(`  ${spaced('BESLUTNINGSPROTOKOL')}\n${spaced('Til stede:')}`)).toBe(`  ${spaced('BESLUTNINGSPROTOKOL')}\nTil stede:`);
  });

  it('reads a Word template`s letter-spaced head labels, section labels and closed heading (its body plain only in the page footer)', () => {
    const text = [
      spaced('ÅDALEN KOMMUNE'),
      '',
      spaced('REFERAT'),
      '',
      spaced('Kulturudvalget'),
      '',
      `${spaced('Mødedato:')}   Mandag den 7. marts 2005`,
      `${spaced('Mødetid:')}   Kl. 16.30 - 18.00`,
      `${spaced('Mødested:')}   Biblioteket, mødesalen`,
      `${spaced('Til stede:')}   Ane Bo (formand), Per Holm, Lis Krag`,
      `${spaced('Fraværende:')}   Ole Ring (afbud)`,
      '',
      'Ådalen Kommune - Kulturudvalget - 07.03.2005 - Side 1',
      '\fPunkt 12.   Tilskud til sommerteater',
      '',
      `${spaced('J.nr.:')}   05/0311`,
      '',
      spaced('Sagsfremstilling:'),
      'Teatret søger om 20.000 kr.',
      '',
      spaced('Beslutning:'),
      'Ansøgningen blev ikke imødekommet.',
      'For stemte: Lis Krag',
      'Imod stemte: Ane Bo, Per Holm',
      '',
      spaced('LUKKET MØDE'),
      '',
      'Punkt 13.   Personalesag',
      '',
      'Ådalen Kommune - Kulturudvalget - 07.03.2005 - Side 2',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting.date).toBe('2005-03-07');
    expect(parsed.meeting.startTime).toBe('16:30');
    expect(parsed.meeting.location).toBe('Biblioteket, mødesalen');
    expect(parsed.participants.map((participant) => [participant.name, participant.attendance])).toEqual([
      ['Ane Bo', 'attended'],
      ['Per Holm', 'attended'],
      ['Lis Krag', 'attended'],
      ['Ole Ring', 'apologies'],
    ]);
    const [first, closed] = parsed.items;
    expect([first!.number, first!.title, first!.caseNumber, first!.decision?.outcome]).toEqual([12, 'Tilskud til sommerteater', '05/0311', 'rejected']);
    expect((first!.decision?.votes ?? []).map((vote) => [vote.position, vote.who])).toEqual([
      ['for', 'Lis Krag'],
      ['against', 'Ane Bo, Per Holm'],
    ]);
    expect([closed!.number, closed!.closed]).toEqual([13, true]);
  });

  it('keeps the access word on its own line (`Åbent`) out of a long title, and reads `Forvaltningens indstilling:` as the Indstilling a bare `Anbefales.` follows', () => {
    const text = [
      'Referat af Vejudvalgets møde mandag den 4. april 2005 kl. 19.00 på Rådhuset',
      '',
      'Sag nr. 3  Ombygning af krydset ved Skolevej og Møllevej til rundkørsel med cykelsti',
      'Åbent',
      'J.nr.: 05.01.02G01',
      'Forvaltningens indstilling:',
      'Forvaltningen indstiller, at Vejudvalget over for Økonomiudvalget og Byrådet anbefaler projektet.',
      'Beslutning:',
      'Anbefales.',
      '[Til top]',
      '',
      'Sag nr. 4  Ekspropriation til fortov ved Skolevej og Møllevej i forbindelse med rundkørslen',
      'Lukket',
      '[Til top]',
    ].join('\n');
    const [open, closed] = parse(text).items;
    expect([open!.number, open!.title, open!.closed]).toEqual([3, 'Ombygning af krydset ved Skolevej og Møllevej til rundkørsel med cykelsti', false]);
    expect([open!.decision?.outcome, open!.decision?.recommendedTo]).toEqual(['recommended', 'Økonomiudvalget']);
    expect([closed!.number, closed!.title, closed!.closed]).toEqual([4, 'Ekspropriation til fortov ved Skolevej og Møllevej i forbindelse med rundkørslen', true]);
  });

  it('reads grants in the impersonal passive and a compound grant given as approvals, and a recommendation to reject as a rejection', () => {
    const outcomeOf = (decision: string): string | undefined =>
      parse(['Kulturudvalget', 'Mødedato: 02.05.2023', '', '1. Tilskud til byfest', '', 'Beslutning', decision].join('\n')).items[0]?.decision?.outcome;
    expect(outcomeOf('Der bevilges 40.000 kr. fra puljen til kulturformål.')).toBe('approved');
    expect(outcomeOf('Der blev bevilget 3.500 kr.')).toBe('approved');
    expect(outcomeOf('Der gives et tilskud på 12.000 kr.')).toBe('approved');
    expect(outcomeOf('Tillægsbevillingen blev givet med den ændring, at beløbet deles over to år.')).toBe('approved');
    expect(outcomeOf('Der bevilges ikke midler til projektet.')).toBe('rejected');
    expect(outcomeOf('Indstilles forkastet med 4 stemmer for (A og V) mod 2 (F).')).toBe('rejected');
    expect(outcomeOf('Der blev givet en orientering om sagen.')).not.toBe('approved');
  });

  it('reads earlier treatments told in prose by a committee named for its field (`Udvalget for Kultur og Fritid behandlede sagen den ...`) and a council`s `godkendte den <dato> at ...`', () => {
    const text = [
      'Referat til mødet i Udvalget for Kultur og Fritid den 5. juni 2023 kl. 16:00 i Mødelokale 2',
      '',
      '18.15.00-G01-4-23',
      '41. Musikskolens takster 2024',
      'Sagsfremstilling',
      'Byrådet godkendte den 25. april 2023 at sende taksterne i høring. Udvalget for Kultur og Fritid behandlede sagen den 8. maj 2023, hvor den blev udsat.',
      'Beslutning',
      'Godkendt.',
    ].join('\n');
    const [item] = parse(text).items;
    expect(item!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.outcome ?? (treatment.postponed ? 'postponed' : undefined)]).sort()).toEqual([
      ['Byrådet', '2023-04-25', 'approved'],
      ['Udvalget for Kultur og Fritid', '2023-05-08', 'postponed'],
    ]);
  });
});
