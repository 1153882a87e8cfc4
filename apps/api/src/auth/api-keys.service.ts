import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { notFound } from '../common/domain-error';
import { ApiKey } from './api-key.entity';
import type { Principal } from './principal';
import { Role } from './role.enum';

const PREFIX_LENGTH = 11;
/** Write `last_used_at` at most this often per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

@Injectable()
export class ApiKeysService {
  private readonly touched = new Map<string, number>();

  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

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
    apiKey.revokedAt ??= new Date();
    return this.keys.save(apiKey);
  }

  async authenticate(secret: string): Promise<Principal | null> {
    // Every integration request asks: one indexed read, without the ORM's query building.
    const [apiKey] = await this.keys.query<
      { id: string; name: string; last_used_at: Date | null }[]
    >('SELECT id, name, last_used_at FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL', [
      hashOf(secret),
    ]);
    if (!apiKey) return null;
    // Once a minute per key, and once per process: concurrent requests of one key would
    // otherwise all update its row together and wait on each other's row lock.
    const lastUsed = Math.max(
      this.touched.get(apiKey.id) ?? 0,
      apiKey.last_used_at?.getTime() ?? 0,
    );
    if (Date.now() - lastUsed > LAST_USED_RESOLUTION_MS) {
      this.touched.set(apiKey.id, Date.now());
      await this.keys.update(apiKey.id, { lastUsedAt: new Date() });
    }
    return {
      kind: 'api_key',
      id: apiKey.id,
      role: Role.INTEGRATOR,
      teamId: null,
      name: apiKey.name,
    };
  }
}
