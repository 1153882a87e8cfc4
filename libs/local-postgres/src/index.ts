export {
  startLocalPostgres,
  type LocalPostgres,
  type LocalPostgresOptions,
} from './local-postgres';
export {
  backupLocalPostgres,
  restoreLocalPostgres,
  type BackupReport,
  type RestoreReport,
} from './backup/backup';
