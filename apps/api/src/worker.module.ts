import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app.config';
import { ConfigModule } from './config/config.module';
import type { Database } from './database/data-source';
import { DeliveryModule } from './modules/notifications/delivery.module';
import { NotificationsModule } from './modules/notifications/notifications.module';

/** The delivery worker process: configuration, database, logs and delivery; no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, database: Database): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL } }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({}),
          dataSourceFactory: async () => database.dataSource,
        }),
        NotificationsModule,
        DeliveryModule,
      ],
    };
  }
}
