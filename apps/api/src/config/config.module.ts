import { type DynamicModule, Global, Module } from '@nestjs/common';
import { createCsrfProtection, CSRF_PROTECTION } from '../common/csrf';
import { APP_CONFIG, type AppConfig } from './app.config';

export function isSecure(config: AppConfig): boolean {
  return config.PUBLIC_URL.startsWith('https:');
}

/** The validated configuration for every module, in the API and in the delivery worker. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    const csrf = {
      provide: CSRF_PROTECTION,
      useValue: createCsrfProtection(config.SESSION_SECRET, isSecure(config)),
    };
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, csrf],
      exports: [APP_CONFIG, CSRF_PROTECTION],
    };
  }
}
