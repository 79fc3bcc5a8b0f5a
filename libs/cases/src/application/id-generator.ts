import { randomUUID } from 'node:crypto';

/** New ids (e.g. a correlation id for a command that brought none), injected. */
export interface IdGenerator {
  newId(): string;
}

export const ID_GENERATOR = Symbol.for('sagsspor.IdGenerator');

export class RandomIdGenerator implements IdGenerator {
  newId(): string {
    return randomUUID();
  }
}

/** Predictable ids `<prefix>-1`, `<prefix>-2`, ...: for tests. */
export class SequentialIdGenerator implements IdGenerator {
  private next = 0;
  constructor(private readonly prefix = 'id') {}

  newId(): string {
    this.next += 1;
    return `${this.prefix}-${this.next}`;
  }
}
