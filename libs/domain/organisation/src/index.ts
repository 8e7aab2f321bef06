export * from './lib/dates';
export * from './lib/limits';
export * from './lib/manager';
export * from './lib/rules';
export * from './lib/violations';
