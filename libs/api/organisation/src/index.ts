export * from './lib/organisation.errors';
export * from './lib/organisation.module';
export * from './lib/organisation.scopes';
export * from './lib/organisation.seeder';
export * from './lib/organisation.queries';
