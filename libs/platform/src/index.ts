export * from './config/app-config.js';
export * from './database/database-server.js';
export * from './database/data-dir-lock.js';
export * from './net/free-port.js';
export * from './database/database-unavailable.js';
export * from './database/embedded-supervisor.js';
export * from './database/pool-guard.js';
