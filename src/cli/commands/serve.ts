// attache serve — the local web app over a store (timeline, reader, entities, quote check, search).
import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../server/serve.js';
import { fail } from '../output.js';
import { openFromOptions, withDb } from '../store-option.js';

function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port number from 0 to 65535');
  return n;
}

export function serveCommand(): Command {
  return withDb(new Command('serve'))
    .description('start the local web app over the store (binds 127.0.0.1 unless --host says otherwise)')
    .option('--port <n>', 'port to listen on (0: any free port)', parsePort, DEFAULT_PORT)
    .option('--host <address>', 'address to bind; another than 127.0.0.1 exposes the store to your network', DEFAULT_HOST)
    .action(async (opts) => {
      // Read-write: the "Add documents" page ingests into this store.
      const store = openFromOptions(opts, false);
      try {
        const { url } = await startServer(store, { host: opts.host, port: opts.port });
        process.stderr.write(`attache: serving ${opts.db} at ${url} (Ctrl-C stops)\n`);
      } catch (err) {
        store.close();
        fail(`cannot serve on ${opts.host}:${opts.port}: ${(err as Error).message}`);
      }
      process.once('SIGINT', () => {
        store.close();
        process.exit(0);
      });
    });
}
