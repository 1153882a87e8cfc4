export {
  startLocalPostgres,
  type LocalPostgres,
  type LocalPostgresOptions,
} from './local-postgres';
