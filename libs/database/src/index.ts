export { DatabaseModule } from './database.module';
export { dataSourceOptions } from './data-source-options';
export { openEmbeddedPostgres } from './embedded-postgres';
export { runMigrations } from './run-migrations';
export {
  isUniqueViolation,
  isForeignKeyViolation,
  isExclusionViolation,
  isDeadlock,
  sqlState,
  violatedConstraint,
} from './sql-errors';
export { queryPrepared } from './prepared-statements';
