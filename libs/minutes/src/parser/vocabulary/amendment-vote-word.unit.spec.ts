import { AMENDMENT_VOTE, AMENDMENT_VOTE_WORD } from './outcome-phrases.js';

// AMENDMENT_VOTE_WORD gates the splitting of a decision's line into sentences to find an amendment's vote
// (decision.parser.ts, `opensWithPassedOver`): it must pass every text that holds a sentence AMENDMENT_VOTE matches, or
// an amendment's vote would be taken for the decision. Each of AMENDMENT_VOTE's openings, in invented sentences, in
// capitals, mixed case, and with the long s that `iu` folds onto `s`.
describe('AMENDMENT_VOTE_WORD', () => {
  const amendments = [
    'Ændringsforslag fra Liste Q om flere p-pladser faldt.',
    'Et ændringsforslag fra X om en ny sti blev forkastet med 3 stemmer.',
    'Det ændringsforslag, som Y stillede, blev nedstemt.',
    'Ændringsforslaget blev vedtaget.',
    'ÆNDRINGSFORSLAG FRA Z BLEV FORKASTET.',
    'æNDRINGSforslaget faldt.',
    'Ændringsforſlag fra W faldt.',
  ];
  const others = ['Godkendt.', 'Udvalget anbefaler forslaget med de ændringer, der fremgår af bilaget.', 'Forslaget blev ændret og derefter godkendt.'];

  it('passes every sentence that AMENDMENT_VOTE matches, alone and after another sentence', () => {
    for (const sentence of amendments) {
      expect(AMENDMENT_VOTE.test(sentence)).toBe(true);
      expect(AMENDMENT_VOTE_WORD.test(sentence)).toBe(true);
      expect(AMENDMENT_VOTE_WORD.test(`Mødet startede kl. 17. ${sentence} Budgettet blev vedtaget.`)).toBe(true);
    }
  });

  it('is the word of AMENDMENT_VOTE with its flags', () => {
    expect(AMENDMENT_VOTE.source).toContain(AMENDMENT_VOTE_WORD.source);
    expect(AMENDMENT_VOTE_WORD.flags).toBe(AMENDMENT_VOTE.flags);
  });

  it('holds back texts without the word', () => {
    for (const text of others) {
      expect(AMENDMENT_VOTE_WORD.test(text)).toBe(false);
      expect(AMENDMENT_VOTE.test(text)).toBe(false);
    }
  });
});
