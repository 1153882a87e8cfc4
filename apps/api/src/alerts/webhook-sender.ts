import { Injectable } from '@nestjs/common';

export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface SendResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** Posts a signed body to an endpoint; never throws, reports what happened. */
@Injectable()
export class WebhookSender {
  async post(url: string, body: string, headers: Record<string, string>): Promise<SendResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Fulcrum-Webhooks/1',
          ...headers,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
      // Drain the answer so the connection is released; its content is not kept.
      await response.arrayBuffer().catch(() => undefined);
      const ok = response.status >= 200 && response.status < 300;
      return {
        statusCode: response.status,
        error: ok ? null : `HTTP ${response.status}`,
        durationMs: elapsed(),
      };
    } catch (error) {
      return { statusCode: null, error: failureText(error), durationMs: elapsed() };
    }
  }
}

/** "TimeoutError", "fetch failed (ECONNREFUSED)": the kind of failure, no stack, no body. */
function failureText(error: unknown): string {
  if (!(error instanceof Error)) return 'request failed';
  if (error.name === 'TimeoutError') return `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`;
  const cause = (error as Error & { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? ` (${cause.code})` : '';
  return `${error.message}${code}`.slice(0, 200);
}
