import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError } from './config-error';

/** Everything the API reads from its environment, parsed and checked once at start-up. */
export interface AppConfig {
  port: number;
  host: string;
  /** PostgreSQL URL; when absent the API starts an embedded server in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Signs session tokens; replicas must share it. Generated and kept in `dataDir` locally. */
  jwtSecret: string | undefined;
  /** Keys the pseudonyms derived from customers' contact details. */
  pseudonymKey: string | undefined;
  tokenTtlSeconds: number;
  /** Folder of the built dashboard to serve at `/`, when it exists. */
  dashboardDir: string;
  /** Load the demo organisation when the database has no items. */
  demoData: boolean;
  demoItems: number;
  demoPassword: string;
  /** Creates the first admin when the database has no users (a deployment without demo data). */
  firstAdmin: { email: string; password: string } | undefined;
  publicRateLimit: { limit: number; ttlMs: number };
  bodyLimit: string;
  /** How often background work (re-analysis, analysis retries) looks for something to do; 0 turns it off. */
  workerIntervalMs: number;
  /** Worker threads that analyse texts off the event loop; 0 analyses in-process. */
  analysisWorkers: number;
  /** Schema introspection and "Did you mean …?" hints; off in production unless asked for. */
  graphqlIntrospection: boolean;
  /** Where the clock starts (`FULCRUM_NOW`), for browser tests and demos on a fixed date. */
  now: Date | undefined;
  production: boolean;
  /** Where people open the dashboard (links in e-mail and alerts); unset: http://localhost:<port>. */
  publicUrl: string | undefined;
  /** Outgoing mail server; unset: mail goes to the outbox (database and `mailOutboxDir`). */
  smtp: SmtpConfig | undefined;
  /** Where the outbox writes each message as an .eml file. */
  mailOutboxDir: string;
  /** Run scheduled work (the review digests) with pg-boss on this instance. */
  scheduler: boolean;
  /** Webhooks may go to loopback and private networks (tests, the local start, on-premises receivers). */
  webhooksAllowPrivate: boolean;
}

export interface SmtpConfig {
  host: string;
  port: number;
  user: string | undefined;
  password: string | undefined;
  from: string;
}

export function readAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  return {
    port: integer(env, 'PORT', 3000, 0, 65_535),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.FULCRUM_DATA_DIR ?? '.data'),
    jwtSecret: env.FULCRUM_JWT_SECRET || undefined,
    pseudonymKey: env.FULCRUM_PSEUDONYM_KEY || undefined,
    tokenTtlSeconds: integer(env, 'FULCRUM_TOKEN_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    dashboardDir: resolve(env.FULCRUM_DASHBOARD_DIR ?? 'dist/apps/dashboard'),
    demoData: (env.FULCRUM_DEMO_DATA ?? (production ? 'false' : 'true')) === 'true',
    demoItems: integer(env, 'FULCRUM_DEMO_ITEMS', 50_000, 0, 5_000_000),
    demoPassword: env.FULCRUM_DEMO_PASSWORD ?? 'fulcrum-demo',
    firstAdmin:
      env.FULCRUM_ADMIN_EMAIL && env.FULCRUM_ADMIN_PASSWORD
        ? { email: env.FULCRUM_ADMIN_EMAIL, password: env.FULCRUM_ADMIN_PASSWORD }
        : undefined,
    publicRateLimit: {
      limit: integer(env, 'FULCRUM_PUBLIC_RATE_LIMIT', 30, 1, 100_000),
      ttlMs: integer(env, 'FULCRUM_PUBLIC_RATE_WINDOW_SECONDS', 60, 1, 86_400) * 1000,
    },
    bodyLimit: env.FULCRUM_BODY_LIMIT ?? '12mb',
    workerIntervalMs: integer(env, 'FULCRUM_WORKER_INTERVAL_MS', 2_000, 0, 3_600_000),
    // One core stays with the event loop (requests, health checks); the rest analyse.
    analysisWorkers: integer(
      env,
      'FULCRUM_ANALYSIS_WORKERS',
      Math.max(1, availableParallelism() - 1),
      0,
      64,
    ),
    graphqlIntrospection: flag(env, 'FULCRUM_GRAPHQL_INTROSPECTION', !production),
    now: instant(env, 'FULCRUM_NOW'),
    production,
    publicUrl: publicUrl(env),
    smtp: env.FULCRUM_SMTP_HOST
      ? {
          host: env.FULCRUM_SMTP_HOST,
          port: integer(env, 'FULCRUM_SMTP_PORT', 587, 1, 65_535),
          user: env.FULCRUM_SMTP_USER || undefined,
          password: env.FULCRUM_SMTP_PASSWORD || undefined,
          from: env.FULCRUM_MAIL_FROM ?? 'Fulcrum <fulcrum@localhost>',
        }
      : undefined,
    mailOutboxDir: resolve(
      env.FULCRUM_MAIL_OUTBOX_DIR ?? join(env.FULCRUM_DATA_DIR ?? '.data', 'outbox'),
    ),
    scheduler: flag(env, 'FULCRUM_SCHEDULER', true),
    webhooksAllowPrivate: flag(env, 'FULCRUM_WEBHOOKS_ALLOW_PRIVATE', false),
  };
}

function publicUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.FULCRUM_PUBLIC_URL;
  if (!raw) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw new ConfigError(
      `FULCRUM_PUBLIC_URL must be an http(s) address such as https://fulcrum.example.org; got "${raw}"`,
    );
  }
  // Links append paths: keep any base path, drop a trailing slash.
  return url.toString().replace(/\/+$/, '');
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') {
    throw new ConfigError(`${name} must be true or false; got "${raw}"`);
  }
  return raw === 'true';
}

export function instant(env: NodeJS.ProcessEnv, name: string): Date | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  // A full UTC timestamp only: a bare date or a local time would move with the machine's zone.
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/.test(raw)
    ? new Date(raw)
    : null;
  // Date rolls 31 February over into March: the day must survive the round trip.
  if (!at || Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== raw.slice(0, 10)) {
    throw new ConfigError(
      `${name} must be a UTC timestamp such as 2026-11-20T12:00:00Z; got "${raw}"`,
    );
  }
  return at;
}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${raw}"`);
  }
  return value;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
