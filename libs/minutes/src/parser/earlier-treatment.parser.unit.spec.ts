import { parseEarlierTreatments } from './earlier-treatment.parser.js';
import { splitSourceLines } from './source-line.js';
import { WarningCollector } from './warning-collector.js';

describe('Tidligere behandling lines', () => {
  it('reads the body before the date, and the date before the body (Vejen)', () => {
    const lines = splitSourceLines(['Økonomiudvalget den 3. marts 2025 Punkt 4', '03.09.2024 Teknik- og Miljøudvalget.', '17.03.2025 Udvalget for teknik og miljø, punkt 6.'].join('\n'));
    const read = parseEarlierTreatments(lines, new WarningCollector());
    expect(read.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers])).toEqual([
      ['Økonomiudvalget', '2025-03-03', [4]],
      ['Teknik- og Miljøudvalget', '2024-09-03', []],
      ['Udvalget for teknik og miljø', '2025-03-17', [6]],
    ]);
  });

  it('drops what stands between the body and the date, in any case and spacing, and nothing of a body ending like it', () => {
    const lines = splitSourceLines(
      [
        'Økonomiudvalget, 3. marts 2025, punkt 4',
        'Byrådet DEN 3. marts 2025 punkt 5',
        'Byrådet d. 3. marts 2025 pkt. 6',
        'Social- og Sundhedsudvalget på mødet  3. marts 2025 punkt 7',
        'Plan- og Boligudvalget mødet 3. marts 2025 punkt 8',
        'Udvalget for Plan og Miljø , d. 3. marts 2025 punkt 9',
        'Vejudvalget Syd\tden 3. marts 2025 punkt 10',
        'Skoleudvalget Midden 3. marts 2025 punkt 11',
      ].join('\n'),
    );
    const read = parseEarlierTreatments(lines, new WarningCollector());
    expect(read.map((treatment) => [treatment.body, treatment.itemNumbers])).toEqual([
      ['Økonomiudvalget', [4]],
      ['Byrådet', [5]],
      ['Byrådet', [6]],
      ['Social- og Sundhedsudvalget', [7]],
      ['Plan- og Boligudvalget', [8]],
      ['Udvalget for Plan og Miljø', [9]],
      ['Vejudvalget Syd', [10]],
      ['Skoleudvalget Midden', [11]],
    ]);
  });
});
