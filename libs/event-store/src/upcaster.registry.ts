/**
 * Maps (type, schema version) to the next version's shape, so events written under an old schema
 * stay readable after the data shape changes. Upcasters chain: v1 -> v2 -> v3.
 */
export type Upcast = (data: any) => unknown;

export class UpcasterRegistry {
  private readonly upcasters = new Map<string, Upcast>();

  register(type: string, fromVersion: number, upcast: Upcast): this {
    const key = `${type}@${fromVersion}`;
    if (this.upcasters.has(key)) throw new Error(`An upcaster for ${key} is already registered`);
    this.upcasters.set(key, upcast);
    return this;
  }

  /** The event types with an upcaster (of any version). */
  types(): string[] {
    return [...new Set([...this.upcasters.keys()].map((key) => key.slice(0, key.lastIndexOf('@'))))];
  }

  /** Brings `data` from `schemaVersion` to the newest registered version. */
  upcast(type: string, schemaVersion: number, data: unknown): { schemaVersion: number; data: unknown } {
    let version = schemaVersion;
    let current = data;
    for (let upcast = this.upcasters.get(`${type}@${version}`); upcast; upcast = this.upcasters.get(`${type}@${version}`)) {
      current = upcast(current);
      version += 1;
    }
    return { schemaVersion: version, data: current };
  }
}
