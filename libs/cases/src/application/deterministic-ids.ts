import { createHash } from 'node:crypto';

// A fixed namespace, so the ids of Sagsspor's events never collide with another system's v5 ids.
const NAMESPACE = 'b2b7c1de-4c8f-5f0e-9a51-5a6773737370';

/**
 * The id of the index-th event a command produces: a UUID v5 (SHA-1 name-based) of the command's
 * idempotency key. The same command twice yields the same ids, and the store writes nothing new.
 */
export function deterministicEventId(idempotencyKey: string, index: number): string {
  const hash = createHash('sha1').update(NAMESPACE).update('\u0000').update(idempotencyKey).update('\u0000').update(String(index)).digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A fingerprint of a command's input, to tell a replay from a reused key. Key order is ignored. */
export function commandFingerprint(type: string, input: unknown): string {
  return createHash('sha256').update(type).update('\u0000').update(stableJson(input)).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
