import type { ParseWarning, ParseWarningCode } from './parsed-minutes.types.js';

/** Collects warnings in document order; the parsers push, `parseMinutes` returns them sorted by line. */
export class WarningCollector {
  private readonly warnings: ParseWarning[] = [];

  add(line: number, code: ParseWarningCode, message: string): void {
    this.warnings.push({ line, code, message });
  }

  /** The warnings another collector gathered for a reading that was kept. */
  addAll(other: WarningCollector): void {
    this.warnings.push(...other.warnings);
  }

  sorted(): ParseWarning[] {
    // Stable sort: warnings on the same line stay in the order they were raised.
    return [...this.warnings].sort((a, b) => a.line - b.line);
  }
}
