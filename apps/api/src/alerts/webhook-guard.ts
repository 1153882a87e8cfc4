import { lookup } from 'node:dns/promises';
import { Inject, Injectable } from '@nestjs/common';
import { invalidField } from '../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { addressesRefusal, hostRefusal, literalAddress } from './webhook-address';

/** Every address a name resolves to (IPv4 and IPv6), as DNS answers. */
export type ResolveHost = (hostname: string) => Promise<string[]>;
export const RESOLVE_HOST = Symbol('RESOLVE_HOST');

export const resolveHost: ResolveHost = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((answer) => answer.address);

/** The addresses a webhook may connect to, or why it may not be sent. */
export type CheckedTarget =
  | { addresses: string[] }
  /** `unresolved`: DNS gave no answer, which may pass; any other refusal is final. */
  | { refused: string; unresolved?: boolean };

/**
 * Checks a webhook URL's host when it is saved and again at every send: a name is resolved
 * and every address it has is checked, and the sender connects only to those checked
 * addresses, so a name that answers differently a moment later (DNS rebinding) cannot swap in
 * another address.
 */
@Injectable()
export class WebhookGuard {
  constructor(
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'webhooksAllowPrivate'>,
    @Inject(RESOLVE_HOST) private readonly resolve: ResolveHost,
  ) {}

  async check(url: URL): Promise<CheckedTarget> {
    const allowPrivate = this.config.webhooksAllowPrivate;
    const early = hostRefusal(url.hostname, allowPrivate);
    if (early) return { refused: early };
    const literal = literalAddress(url.hostname);
    if (literal) return { addresses: [literal] };
    let addresses: string[];
    try {
      addresses = await this.resolve(url.hostname);
    } catch {
      return { refused: `${url.hostname} could not be resolved`, unresolved: true };
    }
    const refusal = addressesRefusal(addresses, allowPrivate);
    return refusal ? { refused: `${url.hostname}: ${refusal}` } : { addresses };
  }

  /** At save time: BAD_USER_INPUT on `url` when it could not be sent to. */
  async checkForSaving(url: string): Promise<void> {
    const target = await this.check(new URL(url));
    if ('refused' in target) {
      throw invalidField(
        'url',
        'publicAddress',
        `url must reach a public address (${target.refused}); private, loopback, link-local and multicast addresses are refused`,
      );
    }
  }
}
