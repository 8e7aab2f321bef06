export * from './lib/ability.factory';
export * from './lib/access.errors';
export * from './lib/access.module';
export * from './lib/access.seeder';
export * from './lib/first-admin.service';
export * from './lib/passwords';
export * from './lib/scope-registry';
export * from './lib/user.entity';
