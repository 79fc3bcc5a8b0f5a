import 'reflect-metadata';
import { ConfigError, parseConfig } from '#platform';
import { startApi } from './bootstrap.js';

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const api = await startApi(config, {
    announce: (message) => console.log(JSON.stringify({ level: 30, time: Date.now(), msg: message })),
    // No database for good: exit non-zero so that a supervisor (systemd, Docker, Kubernetes) restarts us.
    onDatabaseLost: (error) => {
      console.error(JSON.stringify({ level: 60, time: Date.now(), msg: error.message }));
      process.exit(1);
    },
  });
  console.log(
    JSON.stringify({
      level: 30,
      time: Date.now(),
      msg: `Sagsspor API listening on http://${config.host}:${config.port} (database: ${api.server.mode})`,
    }),
  );
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      api.close().then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  // Start-up errors are for a person at a terminal: the message, not a stack trace.
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  console.error(`Sagsspor could not start: ${message}`);
  process.exit(1);
});
