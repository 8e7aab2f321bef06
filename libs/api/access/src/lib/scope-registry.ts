import { Injectable } from '@nestjs/common';
import type { ScopeContributor } from './ability.factory';

/**
 * Where areas register their ScopeContributor at start-up. A provider under
 * SCOPE_CONTRIBUTORS in another module is invisible to AbilityFactory (Nest resolves it in
 * AccessModule's scope, and a token holds one value), so areas register here instead, from
 * their module's onModuleInit.
 */
@Injectable()
export class ScopeContributorRegistry {
  private readonly registered: ScopeContributor[] = [];

  register(contributor: ScopeContributor): void {
    if (!this.registered.includes(contributor)) this.registered.push(contributor);
  }

  get contributors(): readonly ScopeContributor[] {
    return this.registered;
  }
}
