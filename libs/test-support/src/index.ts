export * from './api-process';
export * from './smtp-sink';
export * from './test-database';
export * from './http-client';
export * from './service-question-cases';
export * from './oidc-provider';
