import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const running = globalThis.__SAGSSPOR_PG__;
  if (!running) return;
  await running.server.stop();
  await rm(running.root, { recursive: true, force: true });
}
