export * from './reference';
export * from './request-lifecycle';
export * from './request-conversation';
