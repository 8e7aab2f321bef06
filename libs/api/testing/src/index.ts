export * from './lib/databases';
export * from './lib/processes';
export * from './lib/redis';
export * from './lib/api-client';
