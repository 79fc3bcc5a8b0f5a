import { CaseStatusProjection } from '../case-status/case-status.projection.js';
import type { Projection } from '../runner/projection.js';

/**
 * For tests of what happens while a rebuild runs: case status, whose first batch signals `inside`
 * and then waits until `open()` is called.
 */
export function gatedCaseStatus(): { projection: Projection; inside: Promise<void>; open: () => void } {
  let entered!: () => void;
  const inside = new Promise<void>((resolve) => (entered = resolve));
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const real = new CaseStatusProjection();
  const projection: Projection = {
    name: real.name,
    tables: real.tables,
    apply: async (events, client, table) => {
      entered();
      await gate;
      await real.apply(events, client, table);
    },
  };
  return { projection, inside, open };
}
