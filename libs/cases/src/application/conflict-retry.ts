import { setTimeout as sleep } from 'node:timers/promises';

export const CONFLICT_RETRY = Symbol.for('sagsspor.ConflictRetry');

/**
 * How long the runner keeps deciding a command again after a version conflict on a stream the
 * caller did not pin (a meeting shared by many cases). Each retry waits a random time up to a
 * cap that doubles per attempt ("full jitter"), so writers that collided spread out instead of
 * colliding again in lockstep.
 */
export interface ConflictRetry {
  /** Give up (answer the conflict) when this much time has passed since the first attempt. */
  readonly deadlineMs: number;
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** Monotonic milliseconds; injected so tests control the deadline. */
  readonly elapsed: () => number;
  readonly random: () => number;
  readonly wait: (ms: number) => Promise<void>;
}

export const defaultConflictRetry: ConflictRetry = {
  deadlineMs: 10_000,
  firstDelayMs: 2,
  maxDelayMs: 100,
  elapsed: () => performance.now(),
  random: Math.random,
  wait: (ms) => sleep(ms),
};

/** One command's retries: `again()` waits before the next attempt, or answers false once the deadline has passed. */
export class RetryBudget {
  private readonly started: number;
  private attempt = 0;

  constructor(private readonly policy: ConflictRetry) {
    this.started = policy.elapsed();
  }

  get attempts(): number {
    return this.attempt + 1;
  }

  get expired(): boolean {
    return this.policy.elapsed() - this.started > this.policy.deadlineMs;
  }

  async again(): Promise<boolean> {
    const cap = Math.min(this.policy.maxDelayMs, this.policy.firstDelayMs * 2 ** this.attempt++);
    const delay = this.policy.random() * cap;
    if (this.policy.elapsed() + delay - this.started > this.policy.deadlineMs) return false;
    await this.policy.wait(delay);
    return true;
  }
}

/**
 * Takes turns on a stream within this process: retries after a conflict on the same stream go
 * one at a time instead of all re-reading and colliding again. Only contention management: the
 * database's unique key still decides every race (other processes, first attempts).
 */
export class StreamTurns {
  private readonly tails = new Map<string, Promise<void>>();

  async take(streamId: string): Promise<() => void> {
    const before = this.tails.get(streamId) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = before.then(() => mine);
    this.tails.set(streamId, tail);
    await before;
    return () => {
      release();
      if (this.tails.get(streamId) === tail) this.tails.delete(streamId);
    };
  }
}
