import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Injectable } from '@nestjs/common';
import { WebhookGuard } from './webhook-guard';

export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface SendResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** The address was refused (SSRF guard): trying again will not change it. */
  refused?: boolean;
}

/**
 * Answers the connection's lookup with the addresses the guard checked, never asking DNS
 * again: what was checked is what is connected to.
 */
function pinnedLookup(addresses: readonly string[]): LookupFunction {
  const answers = addresses.map((address) => ({ address, family: isIP(address) }));
  return (_hostname, options, callback) => {
    if (options.all) callback(null, answers);
    else callback(null, answers[0].address, answers[0].family);
  };
}

/**
 * Posts a signed body to an endpoint; never throws, reports what happened. The host is checked
 * (webhook-guard.ts) before each attempt and redirects are not followed: a 3xx is the answer.
 */
@Injectable()
export class WebhookSender {
  constructor(private readonly guard: WebhookGuard) {}

  async post(url: string, body: string, headers: Record<string, string>): Promise<SendResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const target = new URL(url);
    const checked = await this.guard.check(target);
    if ('refused' in checked) {
      return {
        statusCode: null,
        error: `address refused: ${checked.refused}`.slice(0, 200),
        durationMs: elapsed(),
        refused: !checked.unresolved,
      };
    }
    const options: RequestOptions = {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'Fulcrum-Webhooks/1',
        ...headers,
      },
      lookup: pinnedLookup(checked.addresses),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    };
    try {
      const statusCode = await send(target, options, body);
      const ok = statusCode >= 200 && statusCode < 300;
      return {
        statusCode,
        error: ok
          ? null
          : `HTTP ${statusCode}${isRedirect(statusCode) ? ' (redirects are not followed)' : ''}`,
        durationMs: elapsed(),
      };
    } catch (error) {
      return { statusCode: null, error: failureText(error), durationMs: elapsed() };
    }
  }
}

function isRedirect(statusCode: number): boolean {
  return statusCode >= 300 && statusCode < 400;
}

/** Sends the body; resolves with the status once the answer has been read (and discarded). */
function send(target: URL, options: RequestOptions, body: string): Promise<number> {
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(target, options, (response: IncomingMessage) => {
      // Drain the answer so the connection is released; its content is not kept.
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** "no answer within 10 s", "connect ECONNREFUSED (ECONNREFUSED)": the kind of failure, no stack. */
function failureText(error: unknown): string {
  if (!(error instanceof Error)) return 'request failed';
  if (error.name === 'AbortError' || error.name === 'TimeoutError') {
    return `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`;
  }
  const code = (error as Error & { code?: unknown }).code;
  const suffix = typeof code === 'string' && !error.message.includes(code) ? ` (${code})` : '';
  return `${error.message}${suffix}`.slice(0, 200);
}
