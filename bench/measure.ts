/** Runs `writers` loops of `operation` for `seconds` and returns operations per second. */
export async function throughput(writers: number, seconds: number, operation: (writer: number, iteration: number) => Promise<unknown>): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  const start = performance.now();
  const counts = await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      let done = 0;
      while (performance.now() < deadline) {
        await operation(writer, done);
        done += 1;
      }
      return done;
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  return counts.reduce((a, b) => a + b, 0) / elapsed;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
