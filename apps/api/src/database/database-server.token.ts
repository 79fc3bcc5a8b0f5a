/** Injection token for the running DatabaseServer (embedded or external). */
export const DATABASE_SERVER = Symbol('DATABASE_SERVER');
