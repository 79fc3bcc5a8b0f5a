import type pg from 'pg';
import type { GlobalCheckpoint } from '#event-store';


/** The stored checkpoints of the named subscriptions (missing ones are absent from the map). */
export async function checkpointsOf(pool: pg.Pool, names: string[]): Promise<Map<string, GlobalCheckpoint>> {
  const { rows } = await pool.query(
    'SELECT subscription, transaction_id::text AS tx, global_position::text AS pos FROM es_subscription_checkpoints WHERE subscription = ANY($1::text[])',
    [names],
  );
  return new Map(rows.map((r) => [r.subscription, { transactionId: BigInt(r.tx), globalPosition: BigInt(r.pos) }]));
}
