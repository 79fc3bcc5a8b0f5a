import type pg from 'pg';

export const APPEND_CHANNEL = 'es_appended';

/**
 * Wakes live subscribers after appends. NOTIFY inside the writing transaction would take
 * PostgreSQL's global notify lock at every commit and halve append throughput, so appends only
 * mark that something happened and one NOTIFY per short window goes out on its own. A missed
 * notification costs at most a subscriber's polling interval, never an event.
 */
export class AppendNotifier {
  private scheduled = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly windowMs = 10,
  ) {}

  appended(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.pool.query(`NOTIFY ${APPEND_CHANNEL}`).catch(() => undefined);
    }, this.windowMs).unref();
  }
}
