import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from './app-config';
import { ConfigError } from './config-error';
import { assertStrongSecret } from './secret-strength';

export type ResolvedConfig = AppConfig & { jwtSecret: string; pseudonymKey: string };

interface LocalSecrets {
  jwtSecret: string;
  pseudonymKey: string;
}

/**
 * Secrets come from the environment, and in production must be strong; a local install without
 * them gets generated ones kept in the data folder, so sessions and pseudonyms survive a restart.
 */
export async function withSecrets(config: AppConfig): Promise<ResolvedConfig> {
  if (config.production) {
    if (!config.jwtSecret || !config.pseudonymKey) {
      throw new ConfigError(
        'FULCRUM_JWT_SECRET and FULCRUM_PSEUDONYM_KEY must be set in production',
      );
    }
    assertStrongSecret('FULCRUM_JWT_SECRET', config.jwtSecret);
    assertStrongSecret('FULCRUM_PSEUDONYM_KEY', config.pseudonymKey);
  }
  if (config.jwtSecret && config.pseudonymKey) {
    return { ...config, jwtSecret: config.jwtSecret, pseudonymKey: config.pseudonymKey };
  }
  const file = join(config.dataDir, 'secrets.json');
  let secrets: LocalSecrets;
  try {
    secrets = JSON.parse(await readFile(file, 'utf8')) as LocalSecrets;
  } catch {
    secrets = {
      jwtSecret: randomBytes(32).toString('hex'),
      pseudonymKey: randomBytes(32).toString('hex'),
    };
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  }
  return {
    ...config,
    jwtSecret: config.jwtSecret ?? secrets.jwtSecret,
    pseudonymKey: config.pseudonymKey ?? secrets.pseudonymKey,
  };
}
