import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app.config';
import { EmbeddedDatabase } from './embedded-database';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface Database {
  dataSource: DataSource;
  /** Set when the API runs its own embedded database; stopped after the data source. */
  embedded?: EmbeddedDatabase;
}

/**
 * One data source for both databases. Migrations run at start in demo mode and on the embedded
 * database; a production PostgreSQL is migrated explicitly (`npm run db:migrate`).
 */
export async function openDatabase(
  config: AppConfig,
  options: { runMigrations?: boolean } = {},
): Promise<Database> {
  const embedded = config.embeddedDatabase
    ? await EmbeddedDatabase.start(config.DATA_DIR)
    : undefined;
  const connection: Partial<DataSourceOptions> = embedded
    ? { ...embedded.connection, extra: { max: 1 } }
    : { url: config.DATABASE_URL, extra: { max: 10 } };
  const dataSource = new DataSource({
    type: 'postgres',
    ...connection,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
  } as DataSourceOptions);
  try {
    await dataSource.initialize();
    if (options.runMigrations ?? (config.demo || config.embeddedDatabase)) {
      await dataSource.runMigrations();
    }
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return { dataSource, embedded };
}

export async function closeDatabase({ dataSource, embedded }: Database): Promise<void> {
  if (dataSource.isInitialized) await dataSource.destroy();
  await embedded?.stop();
}
