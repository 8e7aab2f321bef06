import { Injectable } from '@nestjs/common';
import type { ScopeContributor } from './ability.factory';

/**
 * Where areas register their ScopeContributor at start-up, from their module's onModuleInit
 * (a provider token in another module would be invisible to AbilityFactory, and a token
 * holds one value while several areas contribute).
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
