import { parseMinutes } from './parse-minutes.js';

// The older Ballerup PDF text with its head at the top, and `Source URL:` with the address on the next line.
const TEXT = [
  'Erhvervs- og Beskæftigelsesudvalget',
  'Tirsdag den 12. marts 2019 - kl. 16:00',
  'Mødelokale C',
  'Deltagere',
  'Ole Hansen (A) - Deltog',
  'Pia Lund (formand for',
  'udvalget) - Deltog',
  'Kim Berg (C)',
  'Deltog ikke',
  'Afbud/Fraværende',
  'Kim Berg (C) - Afbud',
  '',
  'Punkt 1 Orientering om ledighed i',
  'Ballerup Kommune',
  '',
  'Beslutning',
  '',
  'Taget til efterretning',
  '',
  'Source URL:',
  'http://ballerup.dk/dagsorden/erhvervs-og-beskaeftigelsesudvalget-12-3-2019',
  '',
].join('\n');

describe('older PDF text with its head at the top', () => {
  const parsed = parseMinutes(TEXT, 'old-head.txt');

  it('reads committee, date, time and place from the head, and the address on the line after `Source URL:`', () => {
    expect(parsed.meeting).toMatchObject({ body: 'Erhvervs- og Beskæftigelsesudvalget', date: '2019-03-12', startTime: '16:00', location: 'Mødelokale C', source: 'head' });
    expect(parsed.document.sourceUrl).toBe('http://ballerup.dk/dagsorden/erhvervs-og-beskaeftigelsesudvalget-12-3-2019');
    expect(parsed.document.sourceUrlLine).toBe(21);
    expect(parsed.municipality).toMatchObject({ name: 'Ballerup', slug: 'ballerup', code: 151, source: 'source-url' });
  });

  it('reads the participants, a wrapped role and `Deltog ikke` on the next line', () => {
    expect(parsed.participants.map((p) => [p.name, p.attendance])).toEqual([
      ['Ole Hansen', 'attended'],
      ['Pia Lund', 'attended'],
      ['Kim Berg', 'apologies'],
    ]);
    expect(parsed.participants[1]!.role).toBe('formand for udvalget');
  });

  it('reads the item with its wrapped title and decision, and no warning about the head', () => {
    expect(parsed.items.map((i) => [i.number, i.title, i.decision?.outcome])).toEqual([[1, 'Orientering om ledighed i Ballerup Kommune', 'noted']]);
    expect(parsed.warnings.map((w) => w.code)).not.toContain('meeting-head-missing');
    expect(parsed.warnings.map((w) => w.code)).not.toContain('meeting-body-missing');
  });
});
