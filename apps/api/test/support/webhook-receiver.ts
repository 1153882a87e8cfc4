import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  /** The body exactly as sent (signatures are computed over these bytes). */
  body: string;
}

/**
 * A webhook receiver on loopback: `/moved` redirects to `/internal`; any other path answers its
 * queued statuses in turn (`answer`), then 200.
 */
export async function startWebhookReceiver() {
  const received: ReceivedRequest[] = [];
  const queued = new Map<string, number[]>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({
        path,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      if (path === '/moved') response.writeHead(302, { location: `${url}/internal` });
      else response.statusCode = queued.get(path)?.shift() ?? 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    received,
    paths: () => received.map((r) => r.path),
    answer: (path: string, ...statuses: number[]) => queued.set(path, statuses),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
