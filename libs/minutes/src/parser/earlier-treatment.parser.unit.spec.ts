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
});
