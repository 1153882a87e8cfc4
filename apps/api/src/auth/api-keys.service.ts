import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { notFound } from '../common/domain-error';
import { ApiKey } from './api-key.entity';
import type { Principal } from './principal';
import { Role } from './role.enum';

const PREFIX_LENGTH = 11;
/** Write `last_used_at` at most this often per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * How long a valid key is trusted without reading it again. A revoke through this process takes
 * effect at once; one through another replica of the deployment, within this time.
 */
export const API_KEY_TRUSTED_MS = 5_000;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

interface TrustedKey {
  id: string;
  name: string;
  readAt: number;
}

@Injectable()
export class ApiKeysService {
  private readonly touched = new Map<string, number>();
  /** Valid keys by hash, as last read (unknown and revoked keys are read every time). */
  private readonly trusted = new Map<string, TrustedKey>();
  /** Counts revokes, so a read that began before one cannot put the revoked key back. */
  private revocations = 0;

  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    private readonly clock: Clock,
  ) {}

  /** Returns the secret once; only its hash is kept. */
  async create(
    name: string,
    createdById: string | null,
  ): Promise<{ apiKey: ApiKey; secret: string }> {
    const secret = `fk_${randomBytes(24).toString('base64url')}`;
    const apiKey = await this.keys.save(
      this.keys.create({
        name: name.trim(),
        prefix: secret.slice(0, PREFIX_LENGTH),
        keyHash: hashOf(secret),
        createdById,
      }),
    );
    return { apiKey, secret };
  }

  list(): Promise<ApiKey[]> {
    return this.keys.find({ order: { createdAt: 'DESC' } });
  }

  async revoke(id: string): Promise<ApiKey> {
    const apiKey = await this.keys.findOneBy({ id });
    if (!apiKey) throw notFound('API key', id);
    apiKey.revokedAt ??= this.clock.now();
    const saved = await this.keys.save(apiKey);
    this.revocations += 1;
    for (const [hash, trusted] of this.trusted) if (trusted.id === id) this.trusted.delete(hash);
    return saved;
  }

  async authenticate(secret: string): Promise<Principal | null> {
    const apiKey = await this.validKey(hashOf(secret));
    if (!apiKey) return null;
    return {
      kind: 'api_key',
      id: apiKey.id,
      role: Role.INTEGRATOR,
      teamId: null,
      name: apiKey.name,
    };
  }

  /**
   * Every integration request asks: answered from memory for API_KEY_TRUSTED_MS after a read
   * (one indexed read, without the ORM's query building), which saves a round trip per request.
   */
  private async validKey(hash: string): Promise<TrustedKey | null> {
    const now = this.clock.now().getTime();
    const trusted = this.trusted.get(hash);
    if (trusted && now - trusted.readAt < API_KEY_TRUSTED_MS) return trusted;
    const revocations = this.revocations;
    const [row] = await this.keys.query<{ id: string; name: string; last_used_at: Date | null }[]>(
      'SELECT id, name, last_used_at FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL',
      [hash],
    );
    if (!row) {
      this.trusted.delete(hash);
      return null;
    }
    // Once a minute per key, and once per process: concurrent requests of one key would
    // otherwise all update its row together and wait on each other's row lock.
    const lastUsed = Math.max(this.touched.get(row.id) ?? 0, row.last_used_at?.getTime() ?? 0);
    if (now - lastUsed > LAST_USED_RESOLUTION_MS) {
      this.touched.set(row.id, now);
      await this.keys.update(row.id, { lastUsedAt: new Date(now) });
    }
    const key = { id: row.id, name: row.name, readAt: now };
    if (revocations === this.revocations) this.trusted.set(hash, key);
    return key;
  }
}
