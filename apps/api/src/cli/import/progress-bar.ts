/** Where the bar draws: stderr, in practice. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const CLEAR_LINE = '\r\u001b[2K';

/**
 * A one-line progress bar for long imports. It draws only on a terminal and only for several files:
 * piped output and a single document stay free of control characters.
 */
export class ProgressBar {
  private done = 0;
  private label = '';
  readonly active: boolean;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
  ) {
    this.active = stream.isTTY === true && total > 1;
  }

  /** Shows that `label` is being worked on. */
  start(label: string): void {
    this.label = label;
    this.render();
  }

  /** One more finished. */
  tick(): void {
    this.done = Math.min(this.total, this.done + 1);
    this.render();
  }

  /** Removes the bar, e.g. before printing something else on the terminal; the next render redraws it. */
  clear(): void {
    if (this.active) this.stream.write(CLEAR_LINE);
  }

  finish(): void {
    this.clear();
  }

  render(): void {
    if (!this.active) return;
    const counter = `${this.done}/${this.total}`;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - counter.length - 30));
    const filled = Math.round((this.done / this.total) * width);
    const room = Math.max(0, (this.stream.columns ?? 80) - width - counter.length - 6);
    const label = this.label.length > room ? `…${this.label.slice(this.label.length - room + 1)}` : this.label;
    this.stream.write(`${CLEAR_LINE}[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${counter} ${label}`);
  }
}
