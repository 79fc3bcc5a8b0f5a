export * from './event-store.port.js';
export * from './errors.js';
export * from './upcaster.registry.js';
export * from './postgres-event-store.js';
export * from './subscription.js';
export * from './in-memory-event-store.js';
export * from './event-store.token.js';
export * from './event-store.module.js';
