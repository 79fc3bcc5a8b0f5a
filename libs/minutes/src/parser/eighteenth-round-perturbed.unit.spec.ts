import { parseMinutes } from './parse-minutes.js';

// Facts the eighteenth held-out round's formats lost under page furniture, re-wrapping and odd characters (twenty-first
// session, the round drawn by the perturbation properties). Invented texts.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe("a plain writer's headerless simple table (`---------- ------` / `Beslutning Godkendt.`) under an extraction's tabs", () => {
  const item = (rule: string, row = '  Beslutning Vedtaget uden bemærkninger.') =>
    ['Prøveudvalget', 'Mødedato: Tirsdag den 5. marts 2019', '', '1. Lokalefordeling 2019', '', rule, row, '  ---------- ---------------------------', '', '2. Eventuelt', '', '  ---------- ------', '  Beslutning Intet.', '  ---------- ------'].join('\n');
  const decisions = (text: string) => parse(text).items.map((read) => [read.number, read.decision?.text]);
  const expected = [
    [1, 'Vedtaget uden bemærkninger.'],
    [2, 'Intet.'],
  ];

  it.each([
    ['its rule`s columns parted by a tab', '  ----------\t---------------------------'],
    ['a tab before its rule`s indentation', '\t  ---------- ---------------------------'],
  ])('is read with %s', (_case, rule) => {
    expect(decisions(item(rule))).toEqual(expected);
  });

  it('is read with a tab before a row`s indentation', () => {
    expect(decisions(item('  ---------- ---------------------------', '\t  Beslutning Vedtaget uden bemærkninger.'))).toEqual(expected);
  });
});

it("reads a grid table's row under a page's counter after the row's rule (`+----+` / `Side 4 af 6` / `| Beslutning | ... |`)", () => {
  const text = [
    'Prøveudvalget',
    'Mødedato: Tirsdag den 5. marts 2019',
    '',
    '1. Idrætspolitik 2019-2022',
    '',
    '+------------------+--------------------------------------+',
    '| Sagsfremstilling | Udkastet er drøftet med foreningerne. |',
    '+------------------+--------------------------------------+',
    'Side 4 af 6',
    '\f| Beslutning       | Udvalget anbefaler udkastet.         |',
    '+------------------+--------------------------------------+',
    '',
    '2. Eventuelt',
    '',
    '+------------------+--------------------------------------+',
    '| Beslutning       | Intet.                               |',
    '+------------------+--------------------------------------+',
  ].join('\n');
  expect(parse(text).items.map((read) => [read.number, read.decision?.text])).toEqual([
    [1, 'Udvalget anbefaler udkastet.'],
    [2, 'Intet.'],
  ]);
});
