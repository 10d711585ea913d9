import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@platzbuch/platform';
import { dataSourceOptions } from './data-source-options';
import { openEmbeddedPostgres } from './embedded-postgres';
import { runMigrations } from './run-migrations';

const EMBEDDED_POSTGRES = Symbol('EMBEDDED_POSTGRES');

/** Opens PGlite when there is no `DATABASE_URL`, and closes it last on shutdown. */
@Module({
  providers: [
    {
      provide: EMBEDDED_POSTGRES,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.database.kind === 'embedded' ? openEmbeddedPostgres(config.database.dataDir) : undefined,
    },
  ],
  exports: [EMBEDDED_POSTGRES],
})
class EmbeddedPostgresModule implements OnApplicationShutdown {
  constructor(
    @Inject(EMBEDDED_POSTGRES) private readonly pglite: PGlite | undefined,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (!this.pglite || this.pglite.closed) return;
    // TypeORM must let go of its connection first, whichever module Nest shuts down first.
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    if (dataSource.isInitialized) await dataSource.destroy();
    await this.pglite.close();
  }
}

/**
 * PostgreSQL through TypeORM: the server at `DATABASE_URL`, or embedded PGlite in `DATA_DIR`.
 * Pending migrations run before the first request is served.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      imports: [EmbeddedPostgresModule],
      inject: [APP_CONFIG, EMBEDDED_POSTGRES],
      useFactory: (config: AppConfig, pglite: PGlite | undefined) => ({
        ...dataSourceOptions(
          config.database.kind === 'server' ? { url: config.database.url } : { pglite: pglite! },
        ),
        autoLoadEntities: true,
      }),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        await runMigrations(dataSource, !(options as { url?: string }).url);
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
