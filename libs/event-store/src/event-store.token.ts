/** Nest injection token under which the app provides the EventStore (PostgreSQL in production). */
export const EVENT_STORE = Symbol.for('sagsspor.EventStore');
