import type { ParseWarning, ParseWarningCode } from './parsed-minutes.types.js';

/** Collects warnings in document order; the parsers push, `parseMinutes` returns them sorted by line. */
export class WarningCollector {
  private readonly warnings: ParseWarning[] = [];

  add(line: number, code: ParseWarningCode, message: string): void {
    this.warnings.push({ line, code, message });
  }

  /** How many warnings have been raised: a point to roll back to when a reading is replaced by another. */
  checkpoint(): number {
    return this.warnings.length;
  }

  /** Drops the warnings raised from checkpoint `from` to checkpoint `to` (they were about a reading not kept). */
  discard(from: number, to = this.warnings.length): void {
    this.warnings.splice(from, to - from);
  }

  sorted(): ParseWarning[] {
    // Stable sort: warnings on the same line stay in the order they were raised.
    return [...this.warnings].sort((a, b) => a.line - b.line);
  }
}
