import { splitSourceLines, traitsOf } from '../source-line.js';
import { glueTraitsOf, unglueLines } from './unglue.js';

const texts = (text: string, traits = glueTraitsOf(text, traitsOf(text))) => unglueLines(splitSourceLines(text), traits).map((line) => line.text);

describe('glue traits asked once of the whole text', () => {
  it('finds a fold-out link or a vote that a form feed parts in the text but not in its line', () => {
    const text = '1. Budget 2027Kl\fik her for at folde ud og læse mere om Budget 2027\nForslaget blev ikke vedtaget.For stem\fte: Ø og F.';
    const traits = glueTraitsOf(text, traitsOf(text));

    expect(traits).toEqual({ foldOutLinks: true, votes: true });
    expect(texts(text, traits)).toEqual(['1. Budget 2027', 'Forslaget blev ikke vedtaget.', 'For stemte: Ø og F.']);
  });

  it('reads a text that holds neither as unglueing every line would', () => {
    const text = 'Referat\nBeslutningGodkendt.\nSagsfremstillingEn sag om vandløb301. Beslutning om udbud';

    expect(glueTraitsOf(text, traitsOf(text))).toEqual({ foldOutLinks: false, votes: false });
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
