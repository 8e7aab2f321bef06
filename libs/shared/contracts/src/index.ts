export * from './lib/queues';
export * from './lib/locales';
export * from './lib/errors';
export type { paths, components, operations } from './generated/api';

import type { components } from './generated/api';
/** Response and request bodies, named after the OpenAPI schemas. */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];
