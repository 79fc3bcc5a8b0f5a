import { splitSourceLines, traitsOf } from '../source-line.js';
import { glueTraitsOf, unglueLines } from './unglue.js';

const texts = (text: string, traits = glueTraitsOf(text, traitsOf(text))) => unglueLines(splitSourceLines(text), traits).map((line) => line.text);

describe('glue traits asked once of the whole text', () => {
  it('finds a fold-out link or a vote that a form feed parts in the text but not in its line', () => {
    const text = '1. Budget 2027Kl\fik her for at folde ud og læse mere om Budget 2027\nForslaget blev ikke vedtaget.For stem\fte: Ø og F.';
    const traits = glueTraitsOf(text, traitsOf(text));

    expect(traits).toEqual({ foldOutLinks: true, votes: true, wideGaps: false });
    expect(texts(text, traits)).toEqual(['1. Budget 2027', 'Forslaget blev ikke vedtaget.', 'For stemte: Ø og F.']);
  });

  it('reads a text that holds neither as unglueing every line would', () => {
    const text = 'Referat\nBeslutningGodkendt.\nSagsfremstillingEn sag om vandløb301. Beslutning om udbud';

    expect(glueTraitsOf(text, traitsOf(text))).toEqual({ foldOutLinks: false, votes: false, wideGaps: false });
    expect(texts(text)).toEqual(unglueLines(splitSourceLines(text)).map((line) => line.text));
    expect(texts(text)).toContain('Godkendt.');
  });
});

describe('a heading glued to the text before it', () => {
  it('is cut after a lower-case letter of any alphabet, as after a year', () => {
    expect(texts('Orientering om skovsø301. Beslutning om udbud')).toEqual(['Orientering om skovsø', '301. Beslutning om udbud']);
    expect(texts('Orientering om ξ12. Budget 2027')).toEqual(['Orientering om ξ', '12. Budget 2027']);
    expect(texts('Mødet den 14. oktober 2016143. Godkendelse af dagsorden')).toEqual(['Mødet den 14. oktober 2016', '143. Godkendelse af dagsorden']);
    expect(texts('Udgiften er 2.300 kr. i 2027')).toEqual(['Udgiften er 2.300 kr. i 2027']);
  });
});

describe('vote lines run into the sentence before', () => {
  it('cuts each vote label that follows a sentence end, and keeps the rest of a vote line whole', () => {
    expect(texts('Forslaget blev vedtaget.For stemte: A og B!Imod stemte: C.Undlod at stemme: D')).toEqual([
      'Forslaget blev vedtaget.',
      'For stemte: A og B!',
      'Imod stemte: C.',
      'Undlod at stemme: D',
    ]);
    // Labels that follow no sentence end, or a vote told in a sentence: nothing is glued.
    expect(texts('For stemte: A og B. Imod stemte: C')).toEqual(['For stemte: A og B. Imod stemte: C']);
    expect(texts('Udvalget stemte for forslaget, som dermed blev anbefalet.')).toEqual(['Udvalget stemte for forslaget, som dermed blev anbefalet.']);
    // A heading glued to a vote line is still cut where the vote is not.
    expect(texts('For stemte: A og Venstres gruppe301. Beslutning om udbud')).toEqual(['For stemte: A og Venstres gruppe', '301. Beslutning om udbud']);
  });
});

describe('a case number beside a heading on its line', () => {
  it('is cut onto a line of its own, before or after the heading, in any scheme, where a wide gap parts them', () => {
    expect(texts('376-2025-3120    1. Godkendelse af dagsorden\n1. Regnskab 2024   EMN-2025-000418')).toEqual([
      '376-2025-3120',
      '1. Godkendelse af dagsorden',
      '1. Regnskab 2024',
      'EMN-2025-000418',
    ]);
  });

  it('is not cut from a line that is no numbered heading, nor where a single space parts them, nor from a text without wide gaps', () => {
    expect(texts('Godkendt af byrådet  25/1021\n1. Budget 2025/26\nSe sag 25/1021  for detaljer')).toEqual(['Godkendt af byrådet  25/1021', '1. Budget 2025/26', 'Se sag 25/1021  for detaljer']);
    const text = '25/1021 1. Godkendelse af dagsorden';
    expect(glueTraitsOf(text, traitsOf(text)).wideGaps).toBe(false);
    expect(texts(text)).toEqual([text]);
  });
});
