export * from './reference';
export * from './request-lifecycle';
export * from './request-conversation';
export * from './working-days';
export * from './routing-lifecycle';
export * from './routing-suggestion';
export * from './notification-preferences';
export * from './draft-completeness';
