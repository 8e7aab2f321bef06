import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ApiClient,
  type ApiProcess,
  DEMO_ACCOUNTS,
  type DemoRole,
  REPO_ROOT,
  startApi,
} from '@tribeworks/api-testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

type Rule = 'public' | Record<DemoRole, 'allow' | 'deny'>;
const ROLES = Object.keys(DEMO_ACCOUNTS) as DemoRole[];

const only = (...allowed: DemoRole[]): Rule =>
  Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? 'allow' : 'deny'])) as Rule;
const SIGNED_IN = only(...ROLES);

/**
 * Who may call what, per operation of the OpenAPI document. Every operation must be listed:
 * a new endpoint fails this test until someone decides who may use it.
 */
const MATRIX: Record<string, Rule> = {
  Health_check: 'public',
  System_info: 'public',
  System_ping: only('admin'),
  Jobs_getStatus: SIGNED_IN,
  Auth_login: 'public',
  Auth_logout: SIGNED_IN,
  Auth_me: SIGNED_IN,
  Auth_changePassword: SIGNED_IN,
  Auth_acceptInvitation: 'public',
  Auth_requestReset: 'public',
  Auth_confirmReset: 'public',
  Auth_setup: 'public',
  Users_list: only('admin', 'hr'),
  Users_get: only('admin', 'hr'),
  Users_invite: only('admin'),
  Users_update: only('admin'),
  Users_resetLink: only('admin'),
  Audit_search: only('admin', 'hr'),
  Frameworks_list: SIGNED_IN,
  Frameworks_search: SIGNED_IN,
  Frameworks_get: SIGNED_IN,
  Frameworks_versions: SIGNED_IN,
  Frameworks_diff: SIGNED_IN,
  FrameworkImports_create: only('admin', 'hr'),
  FrameworkImports_get: only('admin', 'hr'),
  // Organisation: everyone reads the structure; HR and admin manage it; the model's scopes add
  // the rest (record checks in the service: their tribe, their squad, their chapter's people).
  Organisations_list: SIGNED_IN,
  Organisations_get: SIGNED_IN,
  Organisations_create: only('admin', 'hr'),
  Organisations_update: only('admin', 'hr'),
  Organisations_remove: only('admin', 'hr'),
  Tribes_list: SIGNED_IN,
  Tribes_get: SIGNED_IN,
  Tribes_matrix: SIGNED_IN,
  Tribes_create: only('admin', 'hr'),
  Tribes_update: only('admin', 'hr'),
  Tribes_remove: only('admin', 'hr'),
  Squads_list: SIGNED_IN,
  Squads_get: SIGNED_IN,
  Squads_members: SIGNED_IN,
  Squads_create: only('admin', 'hr', 'tribe_lead'),
  Squads_update: only('admin', 'hr', 'tribe_lead', 'product_owner'),
  Squads_remove: only('admin', 'hr', 'tribe_lead'),
  Chapters_list: SIGNED_IN,
  Chapters_get: SIGNED_IN,
  Chapters_create: only('admin', 'hr', 'tribe_lead'),
  Chapters_update: only('admin', 'hr', 'tribe_lead'),
  Chapters_remove: only('admin', 'hr', 'tribe_lead'),
  Guilds_list: SIGNED_IN,
  Guilds_get: SIGNED_IN,
  Guilds_create: only('admin', 'hr'),
  Guilds_update: only('admin', 'hr'),
  Guilds_remove: only('admin', 'hr'),
  Departments_list: SIGNED_IN,
  Departments_get: SIGNED_IN,
  Departments_create: only('admin', 'hr'),
  Departments_update: only('admin', 'hr'),
  Departments_remove: only('admin', 'hr'),
  People_list: SIGNED_IN,
  // Everyone may ask; the service answers 403 unless it is their own page, or they are HR or lead them.
  People_detail: SIGNED_IN,
  People_create: only('admin', 'hr'),
  People_update: only('admin', 'hr'),
  People_remove: only('admin', 'hr'),
  Memberships_list: SIGNED_IN,
  Memberships_get: SIGNED_IN,
  Memberships_start: only('admin', 'hr', 'tribe_lead', 'product_owner'),
  Memberships_move: only('admin', 'hr', 'tribe_lead', 'product_owner'),
  Memberships_end: only('admin', 'hr', 'tribe_lead', 'product_owner'),
  Memberships_remove: only('admin', 'hr', 'tribe_lead'),
  // The CSV import creates people: HR and admin only, like People_create.
  OrganisationImports_create: only('admin', 'hr'),
  OrganisationImports_get: only('admin', 'hr'),
};

interface Operation {
  id: string;
  method: string;
  path: string;
}

const document = JSON.parse(readFileSync(resolve(REPO_ROOT, 'apps/api/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string }>>;
};

const OPERATIONS: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({
    id: op.operationId,
    method: method.toUpperCase(),
    // Placeholder parameters: access is decided before the record is looked up.
    path: path
      .replace(/\{id\}/g, '00000000-0000-4000-8000-000000000000')
      .replace(/\{(\w+)\}/g, 'x'),
  })),
);
// Sign-out last: it ends the session the other calls use.
const ORDERED = [...OPERATIONS].sort(
  (a, b) => Number(a.id === 'Auth_logout') - Number(b.id === 'Auth_logout'),
);

function call(client: ApiClient, op: Operation): Promise<Response> {
  return client.fetch(op.path, {
    method: op.method,
    headers: op.method === 'GET' ? {} : { 'content-type': 'application/json' },
    body: op.method === 'GET' ? undefined : '{}',
  });
}

describe('authorization matrix', () => {
  let api: ApiProcess;
  beforeAll(async () => {
    api = await startApi({
      DATABASE_URL: inject('databaseUrl'),
      REDIS_PREFIX: inject('redisPrefix'),
    });
  });
  afterAll(() => api?.stop());

  it('has a rule for every operation of the OpenAPI document, and no stale rules', () => {
    const ids = OPERATIONS.map((op) => op.id).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(ids);
  });

  it('answers 401 to anonymous callers on every non-public operation', async () => {
    const anonymous = new ApiClient(api.baseUrl);
    for (const op of ORDERED) {
      const res = await call(anonymous, op);
      const expected = MATRIX[op.id] === 'public' ? 'not 401' : 401;
      expect(
        MATRIX[op.id] === 'public' ? res.status !== 401 : res.status === 401,
        `${op.method} ${op.path} (${op.id}): expected ${expected}, got ${res.status}`,
      ).toBe(true);
    }
  });

  it.each(ROLES)('lets %s call exactly the operations the matrix allows', async (role) => {
    const client = await ApiClient.signInAs(api.baseUrl, role);
    for (const op of ORDERED) {
      const rule = MATRIX[op.id];
      if (!rule || rule === 'public') continue;
      const res = await call(client, op);
      const verdict = [401, 403].includes(res.status) ? 'deny' : 'allow';
      expect(verdict, `${role} → ${op.method} ${op.path} (${op.id}) answered ${res.status}`).toBe(
        rule[role],
      );
      if (verdict === 'deny') expect(res.status, `${role} is signed in`).toBe(403);
    }
  });

  it('refuses writes without the CSRF token of the session', async () => {
    const admin = await ApiClient.signInAs(api.baseUrl, 'admin');
    expect((await admin.get('/api/auth/me')).status).toBe(200);
    const res = await admin.fetch('/api/system/ping', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': 'forged' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'csrf_failed' });
    const missing = await admin.fetch('/api/system/ping', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': '' },
      body: '{}',
    });
    expect(missing.status).toBe(403);
  });
});
