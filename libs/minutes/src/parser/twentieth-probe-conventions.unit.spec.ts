import { probeAttendance as attendance, probeParse as parse } from './probe-readings.js';

/**
 * Conventions found by a twentieth probe of the reader with real minutes it had not seen (20 documents of Region
 * Hovedstaden's and Region Sjælland's municipalities, councils and committees, 2013-2022, scored fact by fact against
 * fact sheets written before the reader ran). Every text here is invented, written in the convention it tests.
 */

/** A council referat's web page: the title block, then the sentence about apologies and substitutes, then the items. */
function councilPage(attendanceLine: string, body = 'Kommunalbestyrelsen'): string {
  return [
    `${body} - Referat`,
    'Referat',
    'til',
    `mødet i ${body}`,
    'den 14. marts 2016 kl. 19:00',
    'i Kommunalbestyrelsens mødesal',
    '',
    attendanceLine,
    '',
    'Åbne dagsordenspunkter',
    '',
    '41. Spørgsmål fra rådmand Lise Vang om Vestby Havn',
    '',
    'Sagsnr.: 00.01.00-P35-12-16',
    '',
    'Sagsfremstilling',
    '',
    'Foretoges.',
  ].join('\n');
}

describe('twentieth real-minutes probe: apologies and who came instead, told in the head`s sentences', () => {
  // Frederiksberg's council referat writes the attendance as a sentence under the title: the members who sent
  // apologies (`havde meldt forfald`), and who came in their places, paired in the order the sentence names them.
  it('reads `A og B havde meldt forfald. I stedet mødte C og D.` as two apologies and two substitutes in order', () => {
    const minutes = parse(councilPage('Karen Holm og Ib Sand havde meldt forfald. I stedet mødte Bo Lind og Eva Krag.'));
    expect(minutes.participants.filter((person) => person.attendance === 'apologies').map((person) => person.name)).toEqual(['Karen Holm', 'Ib Sand']);
    expect(minutes.participants.filter((person) => person.substituteFor).map((person) => `${person.name} for ${person.substituteFor}`)).toEqual(['Bo Lind for Karen Holm', 'Eva Krag for Ib Sand']);
  });

  it('reads an apology without a substitute (`A havde meldt forfald.`)', () => {
    expect(attendance(councilPage('Ib Sand havde meldt forfald.'), 'apologies')).toEqual(['Ib Sand']);
  });

  it('reads the substitute named first, `C deltog som stedfortræder, idet A havde forfald.`', () => {
    const minutes = parse(councilPage('Eva Krag deltog som stedfortræder, idet Karen Holm havde forfald.'));
    expect(attendance(councilPage('Eva Krag deltog som stedfortræder, idet Karen Holm havde forfald.'), 'apologies')).toEqual(['Karen Holm']);
    expect(minutes.participants.find((person) => person.name === 'Eva Krag')?.substituteFor).toBe('Karen Holm');
  });

  it('reads the role before the substitute, `Stedfortræder C mødte for A, der havde forfald.`', () => {
    const minutes = parse(councilPage('Stedfortræder Bo Lind mødte for Ib Sand, der havde forfald.'));
    expect(minutes.participants.find((person) => person.name === 'Ib Sand')?.attendance).toBe('apologies');
    expect(minutes.participants.find((person) => person.name === 'Bo Lind')?.substituteFor).toBe('Ib Sand');
  });

  it('pairs no substitutes where the counts differ, and still reads the apologies', () => {
    const minutes = parse(councilPage('Karen Holm og Ib Sand havde meldt forfald. I stedet mødte Bo Lind.'));
    expect(attendance(councilPage('Karen Holm og Ib Sand havde meldt forfald. I stedet mødte Bo Lind.'), 'apologies')).toEqual(['Karen Holm', 'Ib Sand']);
    expect(minutes.participants.some((person) => person.substituteFor)).toBe(false);
  });
});

describe('twentieth real-minutes probe: a body`s name as its system prints it in a page title', () => {
  it('drops an election period glued with an underscore (`Kommunalbestyrelsen_2018-21`)', () => {
    expect(parse(councilPage('Ib Sand havde meldt forfald.', 'Kommunalbestyrelsen_2018-21')).meeting.body).toBe('Kommunalbestyrelsen');
  });

  it('drops the paragraph a temporary committee is set up under (`§ 17 stk. 4, Landdistriktsudvalget`)', () => {
    // Næstved's committee pages: `Referat` over `<organ> <dato>`, then `Dato`/`Tid`/`Sted`/`Deltagere` blocks.
    const text = [
      'Referat',
      '§ 17 stk. 4, Landdistriktsudvalget 4. marts 2019',
      '',
      'Dato',
      '',
      '04.03.2019',
      '',
      'Tid',
      '',
      '16.00',
      '',
      'Sted',
      '',
      'Torvet 2, Mødelokale 3',
      '',
      'Deltagere',
      '',
      'Ane Bak (A),',
      'Jens Lyng, Borgermedlem,',
      '',
      '',
      '12. Godkendelse af dagsorden',
      '',
      'Sagsbehandler:',
      'Sagsnr.: 00.22.00-G01-3-19',
      '',
      'Beslutning',
      '',
      'Landdistriktsudvalget, 04.03.2019',
      '',
      'Godkendt.',
    ].join('\n');
    expect(parse(text).meeting).toMatchObject({ body: 'Landdistriktsudvalget', date: '2019-03-04' });
  });
});

describe('twentieth real-minutes probe: an item the meeting did not finish', () => {
  it('reads `Ikke færdigbehandlet.` as a postponement', () => {
    const text = [
      'Åbent referat til Skoleudvalget',
      'Mødedato: Onsdag den 7. maj 2014',
      'Mødetidspunkt: 15:00',
      '',
      '1. Godkendelse af dagsorden',
      'Beslutning',
      'Godkendt.',
      '',
      '2. Skolereform - mål og visioner',
      'Beslutning',
      'Ikke færdigbehandlet. Punktet færdigbehandles på et ekstraordinært møde.',
    ].join('\n');
    const item = parse(text).items.find((one) => one.number === 2);
    expect(item?.decision?.postponed).toBe(true);
    expect(parse(text.replace('Ikke færdigbehandlet.', 'Drøftet.')).items.find((one) => one.number === 2)?.decision?.postponed).toBe(false);
  });
});

describe('twentieth real-minutes probe: a question`s or a motion`s outcome opening the presentation', () => {
  // Frederiksberg's council referat has no `Beslutning` under members' questions and motions: the first paragraph of
  // `Sagsfremstilling` says what became of them (`Foretoges.`, `Beslutningsforslaget blev oversendt til ...`), the
  // question or motion quoted under it.
  it('reads `Foretoges.` as the question`s decision', () => {
    const item = parse(councilPage('Ib Sand havde meldt forfald.')).items.find((one) => one.number === 41);
    expect(item?.decision?.text).toBe('Foretoges.');
  });

  it('reads a motion sent on to a committee as its decision, not the motion quoted under it', () => {
    const text = councilPage('Ib Sand havde meldt forfald.')
      .replace('41. Spørgsmål fra rådmand Lise Vang om Vestby Havn', '42. Forslag til beslutning fra rådmand Lise Vang om flere bænke')
      .replace('Foretoges.', 'Beslutningsforslaget blev oversendt til by- og miljøudvalget.\n\n"Det foreslås, at der opstilles flere bænke langs Vestby Allé."');
    const decision = parse(text).items.find((one) => one.number === 42)?.decision;
    expect(decision?.text).toBe('Beslutningsforslaget blev oversendt til by- og miljøudvalget.');
  });

  it('reads no decision where the presentation opens with the case itself', () => {
    const text = councilPage('Ib Sand havde meldt forfald.').replace('Foretoges.', 'Vestby Havn ønsker at udvide kajen mod nord.');
    expect(parse(text).items.find((one) => one.number === 41)?.decision).toBeUndefined();
  });
});
