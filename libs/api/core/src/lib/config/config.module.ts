import { Global, Inject, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config';

export const APP_CONFIG = Symbol('APP_CONFIG');
export const APP_VERSION = Symbol('APP_VERSION');

/** Injects the validated configuration: `@InjectConfig() config: AppConfig`. */
export const InjectConfig = () => Inject(APP_CONFIG);
/** Injects the product version (from the root package.json). */
export const InjectVersion = () => Inject(APP_VERSION);

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, version: string): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_VERSION, useValue: version },
      ],
      exports: [APP_CONFIG, APP_VERSION],
    };
  }
}
