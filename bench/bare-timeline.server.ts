// The baseline for GET /cases/{n}/timeline: bare node:http and pg running the API's own timeline
// query (caseTimelineJson) and answering the same JSON, in its own process like the API. What the
// API costs beyond this is its HTTP stack.
import http from 'node:http';
import pg from 'pg';
import { caseTimelineJson } from '#projections';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
pool.on('error', () => undefined);
const TIMELINE = /^\/cases\/([^/?]+)\/timeline$/;

const server = http.createServer((req, res) => {
  const match = TIMELINE.exec(req.url ?? '');
  if (!match) {
    res.writeHead(404).end();
    return;
  }
  caseTimelineJson(pool, 'ballerup', decodeURIComponent(match[1]!)).then(
    (found) => {
      if (!found) res.writeHead(404, { 'content-type': 'application/problem+json' }).end('{"status":404}');
      else res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(found.json);
    },
    () => res.writeHead(500).end(),
  );
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stderr.write('bare timeline server listening\n'));
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end().then(() => process.exit(0));
});
