import { parseMinutes } from './parse-minutes.js';

// Invented heads in forms other than `<label>: <value>`, each over the same two items.
const ITEMS = ['', 'Punkt 1: Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '', 'Punkt 2: Vejnavne i Nordby', 'Beslutning', 'Godkendt.', ''];
const read = (...head: string[]) => parseMinutes([...head, ...ITEMS].join('\n'), 'head-forms.txt');
const attendance = (...head: string[]) =>
  read(...head).participants.map((participant) => [participant.name, participant.attendance, participant.substituteFor ?? null]);

describe('a head written as a sentence', () => {
  it('reads the body, date, time and place of `Referat af mødet i <organ>, som blev holdt ...`', () => {
    expect(read('Referat af mødet i Udvalget for Natur og Vand, som blev holdt tirsdag den 3. marts 2015 kl. 16.00 på Rådhuset, mødelokale 2.').meeting).toMatchObject({
      body: 'Udvalget for Natur og Vand',
      date: '2015-03-03',
      startTime: '16:00',
      location: 'Rådhuset, mødelokale 2',
    });
  });

  it('reads `<Organ> holdt møde den ...` and `Mødet i <organ> blev afholdt ...` with a time range', () => {
    expect(read('Skoleudvalget holdt møde den 04.05.2021 kl. 15.00 - 17.30 i Lokale 12.').meeting).toMatchObject({ body: 'Skoleudvalget', date: '2021-05-04', startTime: '15:00', endTime: '17:30', location: 'Lokale 12' });
    expect(read('Mødet i Fritidsudvalget blev afholdt den 9. juni 2020 fra kl. 19.00 til kl. 21.00 på Biblioteket.').meeting).toMatchObject({ body: 'Fritidsudvalget', date: '2020-06-09', startTime: '19:00', location: 'Biblioteket' });
  });

  it('reads a sentence that starts with the day: `Mandag den ... afholdt <organ> møde i <sted>`', () => {
    expect(read('Onsdag den 2. februar 2011 kl. 18:00 afholdt Byrådet møde i Byrådssalen.').meeting).toMatchObject({ body: 'Byrådet', date: '2011-02-02', startTime: '18:00', location: 'Byrådssalen' });
  });

  it('keeps a clause after the body out of its name (`... i <organ>, der mødtes på Rådhuset den ...`)', () => {
    expect(read('Referat af mødet i Skoleudvalget, der mødtes på Rådhuset den 4. maj 2021').meeting).toMatchObject({ body: 'Skoleudvalget', date: '2021-05-04' });
  });

  it('takes no body from a sentence whose subject is not one (`Borgmesteren holdt møde ...`)', () => {
    expect(read('Tirsdag den 3. marts 2015', 'Borgmesteren holdt møde den 1. marts 2015 med borgerne.').meeting.body).toBeUndefined();
  });
});

describe('attendance written in sentences', () => {
  it('reads who was present, who sent apologies, who was absent and who stood in for whom', () => {
    expect(
      attendance(
        'Referat af mødet i Skoleudvalget, som blev holdt den 4. maj 2021 kl. 15.00.',
        'Til stede var Anna Lund, Bo Dam og Carl Ry.',
        'Afbud fra Dorte Vig.',
        'Erik Sand var fraværende.',
        'Finn Mark mødte som stedfortræder for Dorte Vig.',
      ),
    ).toEqual([
      ['Anna Lund', 'attended', null],
      ['Bo Dam', 'attended', null],
      ['Carl Ry', 'attended', null],
      ['Dorte Vig', 'apologies', null],
      ['Erik Sand', 'absent', null],
      ['Finn Mark', 'attended', 'Dorte Vig'],
    ]);
  });

  it('reads several sentences on one line, `havde meldt afbud`, and `Medlemmerne var til stede, undtagen: ...`', () => {
    expect(attendance('Skoleudvalget holdt møde den 4. maj 2021.', 'Til stede var Anna Lund og Bo Dam. Afbud fra Carl Ry.', 'Dorte Vig havde meldt afbud.')).toEqual([
      ['Anna Lund', 'attended', null],
      ['Bo Dam', 'attended', null],
      ['Carl Ry', 'apologies', null],
      ['Dorte Vig', 'apologies', null],
    ]);
    expect(attendance('Byrådet holdt møde den 4. maj 2021.', 'Medlemmerne var til stede, undtagen: Erik Sand (V).', 'I stedet for Erik Sand deltog Finn Mark.')).toEqual([
      ['Erik Sand', 'absent', null],
      ['Finn Mark', 'attended', 'Erik Sand'],
    ]);
  });

  it('reads no sentence of an item as the head (text under `Beslutning` before the first heading)', () => {
    expect(attendance('Skoleudvalget holdt møde den 4. maj 2021.', 'Beslutning', 'Erik Sand var fraværende.')).toEqual([]);
  });
});

describe('a head in a table', () => {
  it('pairs labels and values split by tabs or runs of spaces', () => {
    const parsed = read('Referat', 'Udvalg\tSkoleudvalget', 'Dato\t04.05.2021', 'Tid\t\tkl. 15.00', 'Sted      Rådhuset, lokale 3', 'Afbud\tCarl Ry');
    expect(parsed.meeting).toMatchObject({ body: 'Skoleudvalget', date: '2021-05-04', startTime: '15:00', location: 'Rådhuset, lokale 3' });
    expect(parsed.participants.map((participant) => [participant.name, participant.attendance])).toEqual([['Carl Ry', 'apologies']]);
  });

  it('pairs labels in a row with the values in the next row', () => {
    expect(read('Referat', 'Udvalg\tDato\tTidspunkt\tSted', 'Skoleudvalget\t04.05.2021\tkl. 15.00\tRådhuset').meeting).toMatchObject({
      body: 'Skoleudvalget',
      date: '2021-05-04',
      startTime: '15:00',
      location: 'Rådhuset',
    });
  });

  it('reads an attendance table with a mark under each member`s status, a tab inside a name too', () => {
    expect(
      attendance(
        'Udvalg: Skoleudvalget',
        'Mødedato: 4. maj 2021',
        'Navn\tFunktion\tTil stede\tAfbud',
        'Anna Lund (A)\tFormand\tX\t',
        'Bo\tDam (V)\tMedlem\t\tX',
        'Carl Ry (F)\tStedfortræder for Bo Dam\tX\t',
      ),
    ).toEqual([
      ['Anna Lund', 'attended', null],
      ['Bo Dam', 'apologies', null],
      ['Carl Ry', 'attended', 'Bo Dam'],
    ]);
  });

  it('keeps a label line split by a tab (`Afbud<tab>fra:`) and a value under its label (`Mødelokale<tab>2`)', () => {
    const parsed = read('Udvalg: Skoleudvalget', 'Mødedato: 4. maj 2021', 'Mødested:', 'Mødelokale\t2, Rådhuset', 'Afbud\tfra:', 'Carl Ry (F)');
    expect(parsed.meeting.location).toBe('Mødelokale 2, Rådhuset');
    expect(parsed.participants.map((participant) => [participant.name, participant.attendance])).toEqual([['Carl Ry', 'apologies']]);
  });
});

describe('a head in other places and one-line forms', () => {
  it('reads the committee and date from a running header with the municipality or `møde den`', () => {
    expect(read('Egeby Kommune - Skoleudvalget - 04-05-2021').meeting).toMatchObject({ body: 'Skoleudvalget', date: '2021-05-04' });
    expect(read('Skoleudvalget, møde den 4. maj 2021').meeting).toMatchObject({ body: 'Skoleudvalget', date: '2021-05-04' });
  });

  it('reads a head printed after the items whose date follows its weekday', () => {
    const parsed = parseMinutes([...ITEMS, 'Egeby Kommune', 'Referat', 'Udvalg: Skoleudvalget', 'Mødedato: tirsdag den 4. maj 2021', 'Mødested: Rådhuset', ''].join('\n'), 'late-head.txt');
    expect(parsed.meeting).toMatchObject({ body: 'Skoleudvalget', date: '2021-05-04', location: 'Rådhuset' });
    expect(parsed.items.map((item) => item.number)).toEqual([1, 2]);
  });

  it('reads `<organ> – referat af mødet <ugedag> den ...` and a place after a comma', () => {
    expect(read('Skoleudvalget – referat af mødet tirsdag den 4. maj 2021, Rådhuset, lokale 3').meeting).toMatchObject({ body: 'Skoleudvalget', date: '2021-05-04', location: 'Rådhuset, lokale 3' });
    expect(read('Referat fra Skoleudvalgets møde 4. maj 2021, kl. 15.00, Rådhuset').meeting).toMatchObject({ body: 'Skoleudvalget', startTime: '15:00', location: 'Rådhuset' });
  });

  it('takes no time for a place (`..., Kl. 16`)', () => {
    expect(read('Referat fra Skoleudvalgets møde 4. maj 2021, Kl. 16').meeting.location).toBeUndefined();
  });

  it('reads `Mødet hævet kl. 10:50` as the end time', () => {
    expect(read('Udvalg: Skoleudvalget', 'Mødedato: 4. maj 2021 kl. 9.00', 'Mødet hævet kl. 10:50').meeting.endTime).toBe('10:50');
  });

  it('does not split a contents entry `1. Fraværende` into a sentence and a label', () => {
    const parsed = read('Udvalg: Skoleudvalget', 'Mødedato: 4. maj 2021', 'Indhold', '1. Fraværende', '2. Godkendelse af dagsorden');
    expect(parsed.participants).toEqual([]);
    expect(parsed.warnings.filter((warning) => warning.code === 'text-before-first-item')).toEqual([]);
  });
});

describe('a head sentence wrapped over lines', () => {
  it('reads the sentence whole when it ends with a full stop on one of the next two lines', () => {
    const parsed = read('Onsdag den 2. februar 2011 kl. 18:00 afholdt Byrådet', 'møde i Byrådssalen.', 'Til stede var Anna Lund og', 'Bo Dam.');
    expect(parsed.meeting).toMatchObject({ body: 'Byrådet', date: '2011-02-02', startTime: '18:00', location: 'Byrådssalen' });
    expect(parsed.participants.map((participant) => participant.name)).toEqual(['Anna Lund', 'Bo Dam']);
  });
});
