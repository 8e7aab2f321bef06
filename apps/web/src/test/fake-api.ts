import type { ApiSchema, SystemPingResult } from '@tribeworks/contracts';
import { vi } from 'vitest';

type Answer = Response | Promise<Response>;
type Session = ApiSchema<'SessionDto'>;
type User = ApiSchema<'UserDto'>;
type Role = ApiSchema<'AppRole'>;

export const DEMO_PASSWORD = 'correct horse battery staple';
type Handler = (request: Request, params: Record<string, string>) => Answer;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** A request that never gets an answer (the "still loading" state). */
export function never(): Promise<Response> {
  return new Promise<Response>(() => undefined);
}

/** What `fetch` does when nothing listens: a TypeError. */
export function networkError(): Promise<Response> {
  return Promise.reject(new TypeError('fetch failed'));
}

/**
 * A small fake of the API at the network boundary: routes like `GET /api/jobs/:queue/:id`
 * answered by handlers, installed as the global `fetch`. Unknown routes answer 404.
 */
export class FakeApi {
  private readonly routes: { method: string; pattern: RegExp; keys: string[]; handler: Handler }[] =
    [];
  readonly requests: {
    method: string;
    path: string;
    search: string;
    body: unknown;
    headers: Headers;
  }[] = [];
  /** The signed-in session, when `withAuth` is used; null when signed out. */
  session: Session | null = null;

  on(method: string, path: string, handler: Handler): this {
    const keys: string[] = [];
    const pattern = new RegExp(
      `^${path.replace(/:(\w+)/g, (_, key: string) => {
        keys.push(key);
        return '([^/]+)';
      })}$`,
    );
    this.routes.unshift({ method, pattern, keys, handler });
    return this;
  }

  calls(method: string, path: string): number {
    return this.requests.filter((r) => r.method === method && r.path === path).length;
  }

  /**
   * /api/auth/me, login and logout for one account: `password` signs in as `account`,
   * anything else is `invalid_credentials`. Starts signed in unless `signedIn` is false.
   */
  withAuth(account: Session, { signedIn = true, password = DEMO_PASSWORD } = {}): this {
    this.session = signedIn ? account : null;
    return this.on('GET', '/api/auth/me', () =>
      this.session ? json(this.session) : unauthenticated(),
    )
      .on('POST', '/api/auth/login', async (request) => {
        const body = (await request.clone().json()) as { email?: string; password?: string };
        if (body.email === account.user.email && body.password === password) {
          this.session = account;
          return json(account);
        }
        return json({ code: 'invalid_credentials', message: 'Invalid e-mail or password' }, 401);
      })
      .on('POST', '/api/auth/logout', () => {
        this.session = null;
        return new Response(null, { status: 204 });
      });
  }

  /** The server forgets the session (idle timeout): /me answers 401 from now on. */
  expireSession(): this {
    this.session = null;
    return this;
  }

  install(): this {
    vi.stubGlobal('fetch', (input: Request) => this.handle(input));
    return this;
  }

  private async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    // A multipart body is not read: jsdom's File cannot be streamed by Node's fetch.
    const text =
      request.method === 'GET' || isMultipart(request) ? '' : await request.clone().text();
    this.requests.push({
      method: request.method,
      path: url.pathname,
      search: url.search,
      headers: request.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    });
    for (const route of this.routes) {
      const match = route.method === request.method ? route.pattern.exec(url.pathname) : null;
      if (match) {
        const params = Object.fromEntries(route.keys.map((key, i) => [key, match[i + 1] ?? '']));
        return route.handler(request, params);
      }
    }
    return json(
      { code: 'not_found', message: `No fake for ${request.method} ${url.pathname}` },
      404,
    );
  }
}

function isMultipart(request: Request): boolean {
  return request.headers.get('Content-Type')?.startsWith('multipart/') ?? false;
}

/** Builders for API bodies, typed by the contract. */
export function aHealth(overrides: Partial<ApiSchema<'HealthDto'>> = {}): ApiSchema<'HealthDto'> {
  const health: ApiSchema<'HealthDto'> = {
    status: 'ok',
    db: 'up',
    redis: 'up',
    readCache: 'on',
    down: [],
    message: 'All services are up',
    ...overrides,
  };
  return health;
}

export function aDegradedHealth(down: ('db' | 'redis')[]): ApiSchema<'HealthDto'> {
  return aHealth({
    status: 'degraded',
    db: down.includes('db') ? 'down' : 'up',
    redis: down.includes('redis') ? 'down' : 'up',
    down,
    message: `Unavailable: ${down.join(', ')}`,
  });
}

export function aSystemInfo(
  overrides: Partial<ApiSchema<'SystemInfoDto'>> = {},
): ApiSchema<'SystemInfoDto'> {
  return {
    name: 'Tribeworks Demo',
    version: '0.1.0',
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    ...overrides,
  };
}

type JobStatus = ApiSchema<'JobStatusDto'>;

export function aJob(
  overrides: Partial<Omit<JobStatus, 'result'>> & { result?: SystemPingResult | null } = {},
): JobStatus {
  const { result = null, ...rest } = overrides;
  return {
    id: '1',
    queue: 'system',
    name: 'system.ping',
    state: 'waiting',
    progress: 0,
    attemptsMade: 0,
    maxAttempts: 3,
    failedReason: null,
    createdAt: '2025-01-01T10:00:00.000Z',
    finishedAt: null,
    ...rest,
    // The OpenAPI spec types a result as an empty-object record; on the wire it is the job's result.
    result: result as JobStatus['result'],
  };
}

/** The API's "no (valid) session" answer. */
export function unauthenticated(): Response {
  return json({ code: 'unauthenticated', message: 'Sign in first' }, 401);
}

let userSeq = 0;

export function aUser(overrides: Partial<User> = {}): User {
  userSeq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(userSeq).padStart(12, '0')}`,
    email: `user${userSeq}@tribeworks.test`,
    displayName: `User ${userSeq}`,
    roles: ['member'],
    locale: 'nl',
    isActive: true,
    hasPassword: true,
    version: 1,
    createdAt: '2025-01-01T10:00:00.000Z',
    ...overrides,
  };
}

/**
 * What the organisation model names the user (the API's OrganisationScopes): lead of these
 * tribes, product owner of these squads. Given, the user's rules carry conditions as the API
 * sends them (`{ squadId: { $in: ownedSquads } }`); not given, a tribe lead's or product
 * owner's role counts for every tribe and squad.
 */
export interface OrgScope {
  ledTribes?: string[];
  ownedSquads?: string[];
}

type Permission = Session['permissions'][number];

/** Permissions as the API derives them from roles (see the access lib's ability factory). */
function permissionsFor(roles: readonly Role[], scope: OrgScope = {}): Session['permissions'] {
  const permissions: Permission[] = [
    { action: 'read', subject: 'Framework' },
    { action: 'read', subject: 'Job' },
  ];
  // The organisation (its scope contributor): everyone reads the structure; HR manages it; a
  // tribe lead or product owner (as the model names them) changes memberships.
  permissions.push(
    ...['Organisation', 'Tribe', 'Squad', 'Chapter', 'Guild', 'Department', 'Membership'].map(
      (subject) => ({ action: 'read', subject }),
    ),
    { action: 'read', subject: 'Person' },
  );
  if (scope.ledTribes || roles.includes('tribe_lead')) {
    const inTribe = scope.ledTribes ? { conditions: { tribeId: { $in: scope.ledTribes } } } : {};
    for (const action of ['create', 'update', 'delete']) {
      permissions.push(
        ...['Squad', 'Chapter', 'Membership'].map((subject) => ({ action, subject, ...inTribe })),
      );
    }
  }
  if (scope.ownedSquads) {
    const inSquad = { squadId: { $in: scope.ownedSquads } };
    permissions.push(
      {
        action: 'update',
        subject: 'Squad',
        conditions: { id: { $in: scope.ownedSquads } },
        fields: ['mission'],
      },
      { action: 'create', subject: 'Membership', conditions: inSquad },
      { action: 'update', subject: 'Membership', conditions: inSquad },
    );
  } else if (roles.includes('product_owner')) {
    permissions.push(
      { action: 'update', subject: 'Squad' },
      { action: 'create', subject: 'Membership' },
      { action: 'update', subject: 'Membership' },
    );
  }
  if (roles.includes('hr')) {
    permissions.push(
      { action: 'read', subject: 'User' },
      { action: 'read', subject: 'AuditLog' },
      { action: 'import', subject: 'Framework' },
      ...['Organisation', 'Tribe', 'Squad', 'Chapter', 'Guild', 'Department', 'Person'].map(
        (subject) => ({ action: 'manage', subject }),
      ),
      { action: 'manage', subject: 'Membership' },
    );
  }
  if (roles.includes('admin')) permissions.push({ action: 'manage', subject: 'all' });
  return permissions;
}

const NAMES: Record<Role, string> = {
  admin: 'Ada Admin',
  hr: 'Hanna HR',
  tribe_lead: 'Tom Tribelead',
  chapter_lead: 'Chris Chapterlead',
  product_owner: 'Pim Productowner',
  member: 'Mila Member',
};

/**
 * A session for a user with one role (or a given user), optionally scoped by the organisation:
 * `aSession('product_owner', {}, { ownedSquads: [squadId] })` is the product owner of that squad.
 */
export function aSession(
  role: Role = 'member',
  user: Partial<User> = {},
  scope: OrgScope = {},
): Session {
  const roles = user.roles ?? [role];
  return {
    csrfToken: 'csrf-token-1',
    user: aUser({ displayName: NAMES[role], email: `${role}@tribeworks.test`, roles, ...user }),
    permissions: permissionsFor(roles, scope),
  };
}

/** An API where everything is fine and a member is signed in. */
export function healthyApi(session: Session | null = aSession('member')): FakeApi {
  const api = new FakeApi()
    .on('GET', '/api/health', () => json(aHealth()))
    .on('GET', '/api/system/info', () => json(aSystemInfo()));
  return session ? api.withAuth(session) : api.withAuth(aSession('member'), { signedIn: false });
}
