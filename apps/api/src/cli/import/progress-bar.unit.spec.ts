import { ProgressBar } from './progress-bar.js';

const terminal = (isTTY: boolean) => {
  const written: string[] = [];
  return { stream: { isTTY, columns: 80, write: (t: string) => written.push(t) }, written };
};

describe('ProgressBar', () => {
  it('draws on a terminal for several files: counter, bar and the current file', () => {
    const { stream, written } = terminal(true);
    const bar = new ProgressBar(stream, 4);
    bar.start('a.txt');
    bar.tick();
    bar.start('b.txt');
    expect(written.at(-1)).toMatch(/^\r\u001b\[2K\[#+-+\] 1\/4 b\.txt$/);
    bar.finish();
    expect(written.at(-1)).toBe('\r\u001b[2K');
  });

  it('stays silent when stderr is not a terminal, or for a single file', () => {
    for (const [isTTY, total] of [[false, 10], [true, 1]] as const) {
      const { stream, written } = terminal(isTTY);
      const bar = new ProgressBar(stream, total);
      bar.start('a.txt');
      bar.tick();
      bar.finish();
      expect(written).toEqual([]);
    }
  });
});
