export * from './reference';
export * from './request-lifecycle';
