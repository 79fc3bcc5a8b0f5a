/** The time, injected: decide and evolve never read it themselves. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol.for('sagsspor.Clock');

export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until told to move: for tests. */
export class FixedClock implements Clock {
  constructor(private instant: Date) {}

  now(): Date {
    return new Date(this.instant);
  }

  set(instant: Date): void {
    this.instant = instant;
  }
}
