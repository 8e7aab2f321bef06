import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'tribeworks:isPublic';

/**
 * Marks an endpoint as reachable without signing in (health, system info). Every endpoint
 * without it is meant for signed-in users only; the access layer enforces that default.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
