import { createServer, type Server, type Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '#platform';
import { CONNECT_TIMEOUT_MS, dataSourceOptions } from './data-source-options.js';

describe('dataSourceOptions against a server that accepts but never answers', () => {
  let blackhole: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    blackhole = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => blackhole.close(resolve));
  });

  it('gives up connecting after the timeout, with an error that reads as unavailable (503), not hanging', async () => {
    const { port } = blackhole.address() as { port: number };
    const dataSource = new DataSource({ ...dataSourceOptions(`postgres://u:p@127.0.0.1:${port}/db`, 1), logging: false });
    const started = Date.now();
    const failure = await dataSource.initialize().catch((error: unknown) => error);
    expect(Date.now() - started).toBeGreaterThanOrEqual(CONNECT_TIMEOUT_MS - 100);
    expect(isDatabaseUnavailable(failure)).toBe(true);
  }, 20_000);
});
