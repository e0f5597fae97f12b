export * from './enums';
export * from './common';
export * from './auth';
export * from './catalogue';
export * from './requests';
export * from './mail';
export * from './messages';
export * from './admin';
