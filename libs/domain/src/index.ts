export * from './reference';
export * from './request-lifecycle';
export * from './request-conversation';
export * from './request-attachments';
export * from './working-days';
export * from './routing-lifecycle';
export * from './routing-suggestion';
export * from './notification-preferences';
