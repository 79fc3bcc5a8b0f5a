import { RESERVATION, RESERVATION_KEYWORD } from './outcome-phrases.js';

// RESERVATION_KEYWORD gates RESERVATION (decision.parser.ts, item-body.parser.ts): it must pass every sentence that
// RESERVATION matches, or a reservation would go unread. Each of RESERVATION's alternatives, in invented sentences,
// in capitals, and with the characters `iu` folds onto `k` (the Kelvin sign) and `s` (the long s).
describe('RESERVATION_KEYWORD', () => {
  const reserving = [
    'Godkendt. Mette Holm tog forbehold.',
    'Anbefales, idet Ø tager et helt klart forbehold for finansieringen.',
    'Der tages forbehold for statens tilskud.',
    'Forbehold fra V og K.',
    'Liste C kan ikke tiltræde indstillingen.',
    'SF kunne ikke medvirke til beslutningen.',
    'A TOG FORBEHOLD.',
    'Jens Lund kan i\u212a\u212ae anbefale forslaget.',
    'Udvalget tog ſtort forbehold.',
  ];
  const plain = ['Godkendt.', 'Udvalget godkendte et tilskud på 65 procent af de godkendte udgifter.', 'Taget til efterretning.'];

  it('passes every sentence that RESERVATION matches', () => {
    for (const sentence of reserving) {
      expect(RESERVATION.test(sentence)).toBe(true);
      expect(RESERVATION_KEYWORD.test(sentence)).toBe(true);
    }
  });

  it('holds back sentences without a reservation', () => {
    for (const sentence of plain) {
      expect(RESERVATION_KEYWORD.test(sentence)).toBe(false);
      expect(RESERVATION.test(sentence)).toBe(false);
    }
  });
});
