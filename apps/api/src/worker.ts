import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadWorkerConfig } from './config/app.config';
import { closeDatabase, openDatabase } from './database/data-source';
import { WorkerModule } from './worker.module';

/**
 * `npm run worker`: delivers the outbox as its own process, next to API instances started with
 * MAIL_DELIVERY=off. Several workers may run; the claims keep them from sending a mail twice.
 */
async function run(): Promise<void> {
  const config = loadWorkerConfig();
  // The API or `npm run db:migrate` owns the schema; a worker never migrates.
  const database = await openDatabase(config, { runMigrations: false });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, database), {
    bufferLogs: true,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(
      `${signal} received: finishing the mails in hand, giving the rest back, then stopping`,
    );
    await app.close();
    await closeDatabase(database);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  await app.init();
  logger.log('Delivery worker started');
}

run().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
