export * from './lib/app-setting.entity';
export * from './lib/system.module';
export * from './lib/system.seeder';
export * from './lib/ping.service';
