import { loadConfig } from '../config/app.config';
import { closeDatabase, openDatabase } from './data-source';

/** `npm run db:migrate`: brings the database schema up to date, then exits. */
async function migrate(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, { runMigrations: true });
  const applied = await database.dataSource.query('SELECT name FROM migrations ORDER BY id');
  console.log(`Database schema is up to date (${applied.length} migrations applied).`);
  await closeDatabase(database);
}

migrate().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
