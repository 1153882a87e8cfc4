import { Agent, request } from 'node:http';

/** A GraphQL call over HTTP that throws on errors; `post` keeps the status for fault tests. */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
  agent: Agent = closing,
): Promise<T> {
  const { body } = await post<T>(url, query, variables, headers, agent);
  if (body.errors?.length || !body.data)
    throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export interface GraphqlReply<T> {
  status: number;
  retryAfter: string | null;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

// Kept-alive connections race the server's idle timeout (a request written to a socket the
// server is closing fails with EPIPE), which a fault test would misread as the API's failure.
const closing = new Agent({ keepAlive: false, maxSockets: Infinity });

/**
 * Connections kept open between requests, as an integration sending steadily would (and as the
 * plain INSERTs they are compared with keep theirs): for throughput runs, not fault tests.
 */
export const keptAlive = (connections: number) =>
  new Agent({ keepAlive: true, maxSockets: connections });

export function post<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
  agent: Agent = closing,
): Promise<GraphqlReply<T>> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const sending = request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: GraphqlReply<T>['body'];
          try {
            body = JSON.parse(text) as GraphqlReply<T>['body'];
          } catch {
            body = { errors: [{ message: text.slice(0, 200) }] };
          }
          const retryAfter = response.headers['retry-after'];
          resolve({ status: response.statusCode ?? 0, retryAfter: retryAfter ?? null, body });
        });
      },
    );
    sending.on('error', reject);
    sending.end(payload);
  });
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
