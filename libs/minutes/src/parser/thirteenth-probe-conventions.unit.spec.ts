import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a thirteenth probe of the reader with real minutes it had not seen (22 documents from Jylland's
 * municipalities, two regions and two trafikselskaber, 2004-2023, scored fact by fact against fact sheets written
 * before the reader ran). Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function titles(text: string): string[] {
  return parse(text).items.map((item) => `${item.number ?? '?'} ${item.title}`);
}

describe('thirteenth real-minutes probe: a web page whose item list puts the number alone after a bullet', () => {
  // A municipal CMS renders each item as a list entry: the bullet and the item's number on one line, the title on the
  // next, then the item's fold-out sections as bullets of their own.
  const text = [
    'Dagsordener og referater',
    '',
    'Udvalg: Teknisk Udvalg',
    '',
    'Mødedato: 14-09-2022 15:00:00',
    '',
    '  • 87',
    '',
    '    Vejbelysning i Nordby',
    '',
    '    • Beslutningstema',
    '',
    '      Udvalget skal tage stilling til ny vejbelysning.',
    '',
    '    • Beslutning',
    '',
    '      Godkendt.',
    '',
    '  • 88',
    '',
    '    Orientering om vintertjeneste',
    '',
    '    • Beslutning',
    '',
    '      Taget til efterretning.',
  ].join('\n');

  it('reads each bulleted number with the title on the line under it', () => {
    expect(titles(text)).toEqual(['87 Vejbelysning i Nordby', '88 Orientering om vintertjeneste']);
  });

  it('keeps each item its own decision', () => {
    expect(parse(text).items.map((item) => item.decision?.outcome)).toEqual(['approved', 'noted']);
  });

  it('reads no bulleted count in an item text as an item (a number followed by text on the same line)', () => {
    const counted = text.replace('      Udvalget skal tage stilling til ny vejbelysning.', '      • 12 nye master\n      • 3 km kabel');
    expect(titles(counted)).toEqual(['87 Vejbelysning i Nordby', '88 Orientering om vintertjeneste']);
  });
});
