export * from './answers-schema';
export * from './launch-questions';
