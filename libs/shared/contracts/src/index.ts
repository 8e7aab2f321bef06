import type { components } from './generated/api';

export * from './lib/access';
export * from './lib/errors';
export * from './lib/frameworks';
export * from './lib/locales';
export * from './lib/organisation';
export * from './lib/queues';
export type { components, operations, paths } from './generated/api';

/** Response and request bodies, named after the OpenAPI schemas. */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];
