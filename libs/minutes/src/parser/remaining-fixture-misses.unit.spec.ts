import { parseMinutes } from './parse-minutes.js';

// Conventions behind the fixtures' last misses (twentieth session), each written with invented text.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const treatments = (text: string) =>
  parse(text).items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ? 'postponed' : (treatment.outcome ?? null)]));

describe('an earlier verdict told in the perfect tense, the date between `har` and the participle', () => {
  const council = (prose: string) =>
    ['Byrådet', 'Referat af mødet den 2. juni 2009', '', '12.   TILSKUD TIL NY BRO.', '      Sagsnr. 09/1234', '', prose, '', 'Byrådets beslutning:', 'Godkendt.', '', '13.   MEDDELELSER.', '      Sagsnr. 09/0001', '', 'Byrådets beslutning:', 'Taget til efterretning.'].join('\n');

  it('reads `<organ> har den <dato> anbefalet ...` as that body`s recommendation', () => {
    expect(treatments(council('Plan- og Miljøudvalget har den 12.05.2009 anbefalet projektet.'))).toEqual([[['Plan- og Miljøudvalget', '2009-05-12', [], 'recommended']], []]);
  });

  it('reads `Udvalget har herefter den ...` as the committee the sentence before named, not the council', () => {
    const prose = 'Plan- og Miljøudvalget behandlede sagen den 14.04.2009 og udsatte den. Udvalget har herefter den 12.05.2009 anbefalet projektet.';
    expect(treatments(council(prose))).toEqual([
      [
        ['Plan- og Miljøudvalget', '2009-04-14', [], 'postponed'],
        ['Plan- og Miljøudvalget', '2009-05-12', [], 'recommended'],
      ],
      [],
    ]);
  });

  it('reads an item number after the date and `udsat` / `godkendt` as the verdict', () => {
    expect(treatments(council('Økonomiudvalget har den 5. maj 2009, pkt. 7, godkendt rammen.'))).toEqual([[['Økonomiudvalget', '2009-05-05', [7], 'approved']], []]);
    expect(treatments(council('Økonomiudvalget har den 5. maj 2009 udsat sagen.'))).toEqual([[['Økonomiudvalget', '2009-05-05', [], 'postponed']], []]);
  });

  it('takes no body from a kind alone that nothing before names, in another body`s minutes', () => {
    expect(treatments(council('Nævnet har den 5. maj 2009 anbefalet projektet.'))).toEqual([[], []]);
  });
});

describe('a råd`s decision cell that tells the case`s history or an orientation before its own verdict', () => {
  // A Word referat's agenda table exported one cell a line (`Pkt.` / `Emne` / `Referat / beslutning`).
  const table = (cells: readonly string[]) =>
    ['Seniorrådet', 'REFERAT', 'Dato:', 'Onsdag den 6. oktober 2021', 'Pkt.', 'Emne', 'Referat / beslutning', '1.', 'Godkendelse af dagsorden', 'Godkendt.', '2.', 'Høring om hjemmehjælp', ...cells, '3.', 'Eventuelt', 'Intet.'].join('\n');
  const second = (cells: readonly string[]) => {
    const item = parse(table(cells)).items[1]!;
    return { outcome: item.decision?.outcome ?? null, earlier: item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.outcome ?? null]) };
  };

  it('reads a first sentence that tells a treatment at a dated meeting as the earlier treatment, the verdict after it', () => {
    const cells = ['Seniorrådet drøftede sagen på mødet den 1. september 2021, pkt. 3, og bad om flere tal.', 'Karen Eg fremlagde tallene.', 'Seniorrådet afgav høringssvar.'];
    expect(second(cells)).toEqual({ outcome: 'commented', earlier: [['Seniorrådet', '2021-09-01', [3], 'discussed']] });
  });

  it('reads a body`s own decision on its line after an orientation, however long', () => {
    const cells = ['Hjemmeplejen skifter leverandør pr. 1. januar 2022.', 'Seniorrådet besluttede at invitere den nye leverandør til mødet i november.'];
    expect(second(cells)).toEqual({ outcome: 'approved', earlier: [] });
  });

  it('keeps an orientation without a body`s decision unread as a verdict (a long sentence that is no decision)', () => {
    const cells = ['Hjemmeplejen skifter leverandør pr. 1. januar 2022.', 'Borgerne får brev om skiftet i løbet af november måned.'];
    expect(second(cells).outcome).not.toBe('approved');
  });
});

describe('earlier treatments told in a råd`s informal referat (`Ad N.` items, a `Konklusion:` under the prose)', () => {
  const referat = (prose: readonly string[]) =>
    ['Referat fra møde i Ungerådet', 'Onsdag den 5. juni 2019 kl. 17.00', '', 'Ad 1. Godkendelse af dagsorden', 'Godkendt.', '', 'Ad 2. Tilskud og høringer', ...prose, 'Konklusion: Drøftet.', '', 'Ad 3. Eventuelt', 'Intet.'].join('\n');
  const second = (prose: readonly string[]) => treatments(referat(prose))[1];

  it('reads `..., som <organ> sendte i høring den <dato>` as that body`s approval to send it out', () => {
    expect(second(['Louise Dahl fremlagde strategien, som Kultur- og Fritidsudvalget', 'sendte i høring den 2. maj 2019.'])).toEqual([['Kultur- og Fritidsudvalget', '2019-05-02', [], 'approved']]);
  });

  it('reads `Ansøgningen fra <navn> blev behandlet på mødet den <dato> (pkt. N), hvor den blev udsat` as the own body`s postponement', () => {
    expect(second(['Der var to ansøgninger. Ansøgningen fra Spejderne i Bakkely blev behandlet på', 'mødet den 8. maj 2019 (pkt. 5), hvor den blev udsat.'])).toEqual([['Ungerådet', '2019-05-08', [5], 'postponed']]);
  });

  it('reads no treatment from a body that sent something else than out for consultation', () => {
    expect(second(['Kultur- og Fritidsudvalget sendte brevet til foreningerne den 2. maj 2019.'])).toEqual([]);
  });
});

describe('a contents list parted by its open and closed parts` headings', () => {
  it('is one list: the body`s items are read, and a closed item the body does not print from its entry', () => {
    const item = (number: number, title: string, verdict: string) => [`Sag nr. ${number}`, title, '', 'Beslutning i Vejudvalget den 4. marts 2003:', '', verdict, ''];
    const text = [
      'REFERAT',
      '|Udvalg:         |Vejudvalget                 |',
      '|Mødedato:       |Tirsdag den 4. marts 2003   |',
      '',
      'Indholdsfortegnelse',
      '',
      'Åbne møde',
      'Sag nr. 11   Godkendelse af dagsorden',
      'Sag nr. 12   Ny belysning på Stationsvej',
      'Sag nr. 13   Meddelelser',
      'Lukket møde',
      'Sag nr. 14   Salg af restareal',
      'Sag nr. 15   Personalesag',
      '',
      ...item(11, 'Godkendelse af dagsorden', 'Godkendt.'),
      ...item(12, 'Ny belysning på Stationsvej', 'Godkendt.'),
      ...item(13, 'Meddelelser', 'Taget til efterretning.'),
      'Lukket møde',
      '',
      ...item(14, 'Salg af restareal', 'Godkendt.'),
    ].join('\n');
    expect(parse(text).items.map((entry) => [entry.number, entry.title, entry.closed])).toEqual([
      [11, 'Godkendelse af dagsorden', false],
      [12, 'Ny belysning på Stationsvej', false],
      [13, 'Meddelelser', false],
      [14, 'Salg af restareal', true],
      [15, 'Personalesag', true],
    ]);
  });
});

describe('an OCR`d protocol`s body name without its letter`s stroke or ring', () => {
  it('reads `Okonomiudvalget` as the `Økonomiudvalget` the document spells elsewhere, and leaves other names alone', () => {
    const item = (number: number, title: string, history: readonly string[]) => [`${number}.   ${title}`, '      J.nr. 01.02A00', '', ...history, '', 'Byrådets beslutning:', 'Godkendt.', ''];
    const text = [
      'BYRÅDET',
      'Protokol for Byrådets ordinære møde torsdag den 11. april 1996',
      '',
      ...item(7, 'SALG AF GRUND.', ['Okonomiudvalget 02.04.96:', 'Anbefales.']),
      ...item(8, 'NYT TAG PÅ SKOLEN.', ['Teknisk Udvalg 26.03.96:', 'Anbefales.', '', 'Økonomiudvalget 02.04.96:', 'Anbefales.']),
      ...item(9, 'STIER VED AAEN.', ['Ostudvalget 02.04.96:', 'Anbefales.']),
    ].join('\n');
    expect(treatments(text).map((told) => told.map(([body]) => body))).toEqual([['Økonomiudvalget'], ['Teknisk Udvalg', 'Økonomiudvalget'], ['Ostudvalget']]);
  });
});

describe('a title in capitals wrapped at a word`s hyphen', () => {
  const protocol = (first: string, second: string) =>
    ['BYRÅDET', 'Protokol for Byrådets ordinære møde torsdag den 11. april 1996', '', `7.   ${first}`, `      ${second}`, '      J.nr. 01.02A00', '', 'Byrådets beslutning:', 'Godkendt.', '', '8.   MEDDELELSER.', '      J.nr. 00.01A00', '', 'Byrådets beslutning:', 'Taget til efterretning.'].join('\n');
  const firstTitle = (first: string, second: string) => parse(protocol(first, second)).items[0]!.title;

  it('joins the word again (`ANLÆGS-` / `BEVILLING.`), not a compound`s shared part (`SKOLE- OG` ...)', () => {
    expect(firstTitle('UDVIDELSE AF HAVNEN, ANLÆGS-', 'BEVILLING.')).toMatch(/^UDVIDELSE AF HAVNEN, ANLÆGSBEVILLING\.?$/u);
    expect(firstTitle('TILSKUD TIL SKOLE-', 'OG FRITIDSORDNINGER.')).toMatch(/^TILSKUD TIL SKOLE- OG FRITIDSORDNINGER\.?$/u);
  });
});

describe('an informal referat`s Eventuelt told in bullets, what the råd asked as the last sentence of one (twenty-second session)', () => {
  const referat = (eventuelt: readonly string[]) =>
    ['Prøverådet', 'Referat af møde onsdag den 8. november 2017 kl. 13.30', '', 'Dagsorden:', '1. Godkendelse af dagsorden', '2. Eventuelt', '', 'Ad. 1 Godkendelse af dagsorden', 'Dagsordenen blev godkendt.', '', 'Ad. 2 Eventuelt', ...eventuelt, '', 'Næste møde: onsdag den 6. december 2017 kl. 13.30 i rådets mødelokale.', '', 'Mødet hævet kl. 16.00.', '', 'Referent: Ida Holm'].join('\n');
  const decision = (eventuelt: readonly string[]) => {
    const read = parse(referat(eventuelt)).items[1]?.decision;
    return read === undefined ? undefined : [read.outcome, read.text];
  };
  const request = '• Stierne: Jens Bak oplyste, at flere stier i skoven er lukket i vinter. Rådet beder sekretæren om at skrive til vejafdelingen.';

  it('reads that sentence as the item`s decision, under a bullet telling who left under the item', () => {
    expect(decision([request, '• Eva Krog forlod mødet kl. 15.30 under dette punkt.'])).toEqual(['other', 'Rådet beder sekretæren om at skrive til vejafdelingen.']);
  });

  it('reads it with no bullet after it', () => {
    expect(decision([request])).toEqual(['other', 'Rådet beder sekretæren om at skrive til vejafdelingen.']);
  });

  it('reads no decision where the last sentence only tells what someone said', () => {
    expect(decision(['• Stierne: Jens Bak oplyste, at flere stier i skoven er lukket i vinter. Han vil spørge vejafdelingen.'])).toBeUndefined();
  });
});

describe('a council`s `kan ikke anbefale` in its hearing answer (twenty-second session)', () => {
  const hearing = (verdict: string) =>
    parse(['Prøverådet', 'Mødedato: 14. maj 2018', '', '1. Høring om kvalitetsstandard for rengøring', 'Indstilling', 'Sekretariatet indstiller, at rådet afgiver høringssvar.', 'Beslutning', verdict, '', '2. Eventuelt', 'Beslutning', 'Intet.'].join('\n')).items[0]!.decision?.outcome;

  it('reads an objection to a point, told as a clause (`Rådet kan ikke anbefale, at ...`), as the answer`s content: other', () => {
    expect(hearing('Ældrerådet kan ikke anbefale, at rengøringen sker hver tredje uge, og ønsker ordningen fastholdt.')).toBe('other');
    expect(hearing('Rådet kunne ikke anbefale, at der skæres i rengøringen.')).toBe('other');
  });

  it('reads the proposal itself refused (`Rådet kan ikke anbefale forslaget ...`), or a committee`s clause, as rejected', () => {
    expect(hearing('Landdistriktsrådet kan ikke anbefale forslaget om at nedlægge ruten.')).toBe('rejected');
    expect(hearing('Udvalget kan ikke anbefale, at ansøgningen imødekommes.')).toBe('rejected');
  });
});

describe('a postponement told in the case`s prose at `sidste møde`, the meeting dated by `Tidligere behandling` (twenty-second session)', () => {
  const minutes = (earlier: string, prose: string) =>
    ['Udvalget for Teknik og Miljø', 'Mødedato: 10. marts 2009', '', 'Punkt 25 Forslag til lokalplan 12, boliger ved skolen', 'Sagsnr.: 08/09210', `Tidligere behandling: ${earlier}`, `Sagsfremstilling: Lokalplanen giver mulighed for 24 rækkehuse. ${prose}`, 'Indstilling: Forvaltningen indstiller, at forslaget sendes i høring.', 'Beslutning: Anbefales over for Byrådet.'].join('\n');

  it('reads the earlier treatment by the meeting`s own body as postponed', () => {
    const earlier = 'Udvalget for Teknik og Miljø den 10. februar 2009, punkt 14';
    expect(treatments(minutes(earlier, 'Sagen blev udsat på sidste møde, da udvalget ønskede en trafikvurdering.'))).toEqual([[['Udvalget for Teknik og Miljø', '2009-02-10', [14], 'postponed']]]);
    expect(treatments(minutes(earlier, 'Punktet blev udsat på udvalgets forrige møde.'))).toEqual([[['Udvalget for Teknik og Miljø', '2009-02-10', [14], 'postponed']]]);
  });

  it('reads no outcome where the prose tells no postponement, or the earlier treatment is another body`s', () => {
    expect(treatments(minutes('Udvalget for Teknik og Miljø den 10. februar 2009, punkt 14', 'Trafikvurderingen er vedlagt.'))).toEqual([[['Udvalget for Teknik og Miljø', '2009-02-10', [14], null]]]);
    expect(treatments(minutes('Økonomiudvalget den 10. februar 2009, punkt 14', 'Sagen blev udsat på sidste møde.'))).toEqual([[['Økonomiudvalget', '2009-02-10', [14], null]]]);
  });
});

describe('one `LUKKET PUNKT` over a run of closed items that print their titles only (twenty-second session)', () => {
  const protocol = (tail: readonly string[]) =>
    ['Prøveby Kommune - Socialudvalget', 'Møde tirsdag den 23. november 2004 kl. 17.00', '', 'Punkt 51.   Meddelelser', '', 'B e s l u t n i n g :', 'Taget til efterretning.', '', 'L U K K E T   P U N K T', '', ...tail].join('\n');
  const closed = (tail: readonly string[]) => parse(protocol(tail)).items.map((item) => [item.number, item.closed]);

  it('reads every item of the run as closed, the last up to the signatures', () => {
    expect(closed(['Punkt 52.   Klage over afgørelse', '', 'Punkt 53.   Personalesag', '', 'U n d e r s k r i f t e r :', '', 'Eva Krog      Bo Thomsen'])).toEqual([
      [51, false],
      [52, true],
      [53, true],
    ]);
  });

  it('reads an item with its own text after the run as open (`Eventuelt` / `Intet.`)', () => {
    expect(closed(['Punkt 52.   Salg af grund', '', 'Punkt 53.   Eventuelt', '', 'B e s l u t n i n g :', 'Intet.'])).toEqual([
      [51, false],
      [52, true],
      [53, false],
    ]);
  });
});

describe('an earlier grant told in prose, a body that released a pool or granted the means at a dated meeting (twenty-second session)', () => {
  const minutes = (prose: string) =>
    ['Ældre- og Handicapudvalget', 'Mødedato: 3. maj 2016', '', '3. Udmøntning af puljen til flere hænder', '', 'Sagsfremstilling', `Puljen er på 4 mio. kr. ${prose}`, '', 'Beslutning', 'Godkendt.'].join('\n');

  it('reads `<organ> frigav puljen den <dato>` and `<organ> bevilgede midlerne den <dato>` as that body`s approval', () => {
    expect(treatments(minutes('Økonomiudvalget frigav puljen den 13. april 2016.'))).toEqual([[['Økonomiudvalget', '2016-04-13', [], 'approved']]]);
    expect(treatments(minutes('Byrådet bevilgede midlerne den 26. april 2016, punkt 7.'))).toEqual([[['Byrådet', '2016-04-26', [7], 'approved']]]);
  });

  it('reads no treatment where no body released it (`Foreningen frigav ...`)', () => {
    expect(treatments(minutes('Foreningen frigav lokalerne den 13. april 2016.'))).toEqual([[]]);
  });
});
