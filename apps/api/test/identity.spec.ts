import {
  ApiClient,
  type ApiProcess,
  createDatabase,
  dropDatabase,
  query,
  runCli,
  startApi,
  uniqueName,
} from '@tribeworks/api-testing';
import type { ApiSchema } from '@tribeworks/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

type Invitation = ApiSchema<'InvitationDto'>;
type User = ApiSchema<'UserDto'>;
type AuditPage = ApiSchema<'AuditPageDto'>;

const STRONG = 'correct horse battery staple';
const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;
const newEmail = () => `${uniqueName('user')}@example.org`.toLowerCase();

describe('identity and access', () => {
  let api: ApiProcess;
  let admin: ApiClient;
  const dbUrl = () => inject('databaseUrl');

  beforeAll(async () => {
    api = await startApi({
      DATABASE_URL: dbUrl(),
      REDIS_PREFIX: inject('redisPrefix'),
      // Tests stand in for several clients by their X-Forwarded-For address.
      TRUST_PROXY: 'true',
      LOGIN_MAX_FAILURES_PER_IP: '15',
    });
    admin = await ApiClient.signInAs(api.baseUrl, 'admin');
  });
  afterAll(() => api?.stop());

  async function invite(email = newEmail(), roles = ['member']): Promise<Invitation> {
    const res = await admin.post('/api/users/invitations', {
      email,
      displayName: 'Nieuwe Collega',
      roles,
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as Invitation;
  }

  async function auditRows(entityId: string): Promise<AuditPage['items']> {
    const res = await admin.get(`/api/audit?entityType=User&entityId=${entityId}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as AuditPage).items;
  }

  const login = (email: string, password: string, ip = '192.0.2.1') =>
    fetch(`${api.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    });

  describe('invitations', () => {
    it('let the invited user set a password once, then sign in', async () => {
      const { user, invitationUrl } = await invite();
      expect(user.hasPassword).toBe(false);
      const accept = () =>
        fetch(`${api.baseUrl}/api/auth/invitations/accept`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token: tokenOf(invitationUrl), password: STRONG }),
        });
      expect((await accept()).status).toBe(204);
      expect((await login(user.email, STRONG)).status).toBe(200);
      const again = await accept();
      expect(again.status).toBe(400);
      expect(await again.json()).toMatchObject({ code: 'token_invalid' });
    });

    it('expire', async () => {
      const { invitationUrl } = await invite();
      await query(
        dbUrl(),
        `UPDATE one_time_token SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
      );
      const res = await fetch(`${api.baseUrl}/api/auth/invitations/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: tokenOf(invitationUrl), password: STRONG }),
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'token_invalid' });
    });

    it('refuse a short or common password and keep the link usable', async () => {
      const { invitationUrl } = await invite();
      for (const password of ['kort', 'wachtwoord123', 'Password1234']) {
        const res = await fetch(`${api.baseUrl}/api/auth/invitations/accept`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token: tokenOf(invitationUrl), password }),
        });
        expect(res.status, password).toBe(422);
        expect(await res.json()).toMatchObject({ code: 'weak_password' });
      }
      const ok = await fetch(`${api.baseUrl}/api/auth/invitations/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: tokenOf(invitationUrl), password: STRONG }),
      });
      expect(ok.status).toBe(204);
    });
  });

  describe('password reset', () => {
    it('is single-use, expires, and ends every session of the user', async () => {
      const { user, invitationUrl } = await invite();
      await fetch(`${api.baseUrl}/api/auth/invitations/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: tokenOf(invitationUrl), password: STRONG }),
      });
      const session = await ApiClient.signIn(api.baseUrl, user.email, STRONG);

      const link = (await (await admin.post(`/api/users/${user.id}/password-reset`)).json()) as {
        resetUrl: string;
      };
      const confirm = (password: string) =>
        fetch(`${api.baseUrl}/api/auth/password-reset/confirm`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token: tokenOf(link.resetUrl), password }),
        });
      expect((await confirm('a brand new passphrase')).status).toBe(204);
      expect((await session.get('/api/auth/me')).status).toBe(401);
      expect((await confirm('yet another passphrase')).status).toBe(400);
      expect((await login(user.email, 'a brand new passphrase')).status).toBe(200);

      const expiring = (await (
        await admin.post(`/api/users/${user.id}/password-reset`)
      ).json()) as {
        resetUrl: string;
      };
      await query(
        dbUrl(),
        `UPDATE one_time_token SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
      );
      const late = await fetch(`${api.baseUrl}/api/auth/password-reset/confirm`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          token: tokenOf(expiring.resetUrl),
          password: 'too late passphrase',
        }),
      });
      expect(late.status).toBe(400);
    });

    it('answers a request the same whether the account exists or not', async () => {
      const request = (email: string) =>
        fetch(`${api.baseUrl}/api/auth/password-reset/request`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email }),
        });
      const known = await request('member@tribeworks.demo');
      const unknown = await request('nobody@example.org');
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(await known.text()).toBe(await unknown.text());
    });
  });

  describe('login limits', () => {
    it('refuses the 11th failed login in the window for that account, even from another IP', async () => {
      const { user, invitationUrl } = await invite();
      await fetch(`${api.baseUrl}/api/auth/invitations/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: tokenOf(invitationUrl), password: STRONG }),
      });
      for (let i = 1; i <= 10; i++) {
        const res = await login(user.email, `wrong guess ${i}`, '192.0.2.10');
        expect(res.status, `attempt ${i}`).toBe(401);
        expect(await res.json()).toMatchObject({ code: 'invalid_credentials' });
      }
      const eleventh = await login(user.email, STRONG, '198.51.100.20');
      expect(eleventh.status).toBe(429);
      expect(await eleventh.json()).toMatchObject({ code: 'too_many_attempts' });
    });

    it('says the same for an unknown account as for a wrong password', async () => {
      const unknown = await login('nobody@example.org', 'whatever passphrase', '192.0.2.30');
      const wrong = await login('member@tribeworks.demo', 'not the password', '192.0.2.30');
      expect(unknown.status).toBe(401);
      expect(wrong.status).toBe(401);
      const [a, b] = [(await unknown.json()) as object, (await wrong.json()) as object];
      expect({ ...a, requestId: '' }).toEqual({ ...b, requestId: '' });
    });

    it('limits failures per IP address across accounts', async () => {
      for (let i = 0; i < 15; i++) {
        await login(`nobody-${i}@example.org`, 'guess passphrase', '203.0.113.7');
      }
      expect((await login('member@tribeworks.demo', 'tribeworks-demo', '203.0.113.7')).status).toBe(
        429,
      );
      expect((await login('member@tribeworks.demo', 'tribeworks-demo', '203.0.113.8')).status).toBe(
        200,
      );
    });
  });

  describe('sessions', () => {
    it('are revoked on logout', async () => {
      const client = await ApiClient.signInAs(api.baseUrl, 'member');
      expect((await client.get('/api/auth/me')).status).toBe(200);
      // A copy of the cookies as they were before logout (a second tab, or a stolen cookie).
      const stolen = client.clone();
      expect((await client.post('/api/auth/logout')).status).toBe(204);
      expect((await client.get('/api/auth/me')).status).toBe(401);
      expect((await stolen.get('/api/auth/me')).status).toBe(401);
    });

    it('are all revoked on password change, except the new one', async () => {
      const { user, invitationUrl } = await invite();
      await fetch(`${api.baseUrl}/api/auth/invitations/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: tokenOf(invitationUrl), password: STRONG }),
      });
      const laptop = await ApiClient.signIn(api.baseUrl, user.email, STRONG);
      const phone = await ApiClient.signIn(api.baseUrl, user.email, STRONG);
      const res = await laptop.post('/api/auth/password', {
        currentPassword: STRONG,
        newPassword: 'a much better passphrase',
      });
      expect(res.status).toBe(200);
      expect((await phone.get('/api/auth/me')).status).toBe(401);
      expect((await laptop.get('/api/auth/me')).status).toBe(200);
    });
  });

  describe('audit', () => {
    it('writes exactly one row per mutation, with the changed fields', async () => {
      const email = newEmail();
      const { user } = await invite(email, ['member']);
      let rows = await auditRows(user.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'create',
        entityType: 'User',
        actorEmail: 'admin@tribeworks.demo',
        changes: {
          email: { before: null, after: email },
          roles: { before: null, after: ['member'] },
        },
      });
      expect(rows[0]!.requestId).toBeTruthy();
      expect(rows[0]!.ip).toBeTruthy();

      const updated = await admin.patch(`/api/users/${user.id}`, {
        roles: ['member', 'chapter_lead'],
        version: user.version,
      });
      expect(updated.status).toBe(200);
      rows = await auditRows(user.id);
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({
        action: 'update',
        changes: { roles: { before: ['member'], after: ['member', 'chapter_lead'] } },
      });
      expect(Object.keys(rows[0]!.changes)).toEqual(['roles']);
    });

    it('writes no row when a mutation fails', async () => {
      const email = newEmail();
      const { user } = await invite(email);
      const before = await auditRows(user.id);
      const duplicate = await admin.post('/api/users/invitations', {
        email,
        displayName: 'Dubbel',
        roles: ['member'],
      });
      expect(duplicate.status).toBe(409);
      expect(await duplicate.json()).toMatchObject({ code: 'email_taken' });
      const stale = await admin.patch(`/api/users/${user.id}`, { roles: ['hr'], version: 99 });
      expect(stale.status).toBe(409);
      expect(await stale.json()).toMatchObject({ code: 'stale_version' });
      const invalid = await admin.patch(`/api/users/${user.id}`, {
        roles: ['emperor'],
        version: 1,
      });
      expect(invalid.status).toBe(400);
      expect(await auditRows(user.id)).toEqual(before);
      const all = await query<{ n: string }>(
        dbUrl(),
        `SELECT count(*) AS n FROM audit_log WHERE changes->'email'->>'after' = $1`,
        [email],
      );
      expect(Number(all[0]!.n)).toBe(1);
    });

    it('redacts passwords and filters by user and time', async () => {
      const { user, invitationUrl } = await invite();
      await fetch(`${api.baseUrl}/api/auth/invitations/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: tokenOf(invitationUrl), password: STRONG }),
      });
      const rows = await auditRows(user.id);
      const passwordRow = rows.find((r) => 'password' in r.changes)!;
      expect(passwordRow.changes.password).toEqual({ before: null, after: '[redacted]' });
      expect(JSON.stringify(rows)).not.toContain(STRONG);

      const byActor = (await (await admin.get(`/api/audit?userId=${user.id}`)).json()) as AuditPage;
      expect(byActor.items.length).toBeGreaterThan(0);
      expect(byActor.items.every((r) => r.actorUserId === user.id)).toBe(true);
      const future = new Date(Date.now() + 3600_000).toISOString();
      const none = (await (await admin.get(`/api/audit?from=${future}`)).json()) as AuditPage;
      expect(none.total).toBe(0);
      const page = (await (await admin.get('/api/audit?pageSize=2&page=1')).json()) as AuditPage;
      expect(page.items).toHaveLength(2);
      expect(page.total).toBeGreaterThan(2);
    });
  });

  describe('deactivation', () => {
    it('ends the sessions of a deactivated user and refuses their login', async () => {
      const { user, invitationUrl } = await invite();
      await fetch(`${api.baseUrl}/api/auth/invitations/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: tokenOf(invitationUrl), password: STRONG }),
      });
      const session = await ApiClient.signIn(api.baseUrl, user.email, STRONG);
      const current = (await (await admin.get(`/api/users/${user.id}`)).json()) as User;
      const res = await admin.patch(`/api/users/${user.id}`, {
        isActive: false,
        version: current.version,
      });
      expect(res.status).toBe(200);
      expect((await session.get('/api/auth/me')).status).toBe(401);
      expect((await login(user.email, STRONG, '192.0.2.99')).status).toBe(401);
    });
  });
});

describe('first start without an admin', () => {
  it('prints a one-time setup link that creates the first admin once', async () => {
    const db = await createDatabase('tribeworks_test_setup');
    try {
      expect((await runCli(['migrate'], { DATABASE_URL: db.url })).code).toBe(0);
      const api = await startApi({ DATABASE_URL: db.url, REDIS_PREFIX: inject('redisPrefix') });
      try {
        const link = /\/setup\?token=([A-Za-z0-9_%-]+)/.exec(api.output());
        expect(link, api.output()).not.toBeNull();
        const setup = (email: string) =>
          fetch(`${api.baseUrl}/api/auth/setup`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              token: decodeURIComponent(link![1]!),
              email,
              displayName: 'Eerste Beheerder',
              password: STRONG,
            }),
          });
        expect((await setup('first@example.org')).status).toBe(204);
        expect((await setup('second@example.org')).status).toBe(400);
        const client = await ApiClient.signIn(api.baseUrl, 'first@example.org', STRONG);
        const me = (await (await client.get('/api/auth/me')).json()) as { user: User };
        expect(me.user.roles).toEqual(['admin']);
      } finally {
        await api.stop();
      }
    } finally {
      await dropDatabase(db.name);
    }
  });

  it('creates the admin from ADMIN_EMAIL and ADMIN_PASSWORD when given', async () => {
    const db = await createDatabase('tribeworks_test_admin');
    try {
      const api = await startApi({
        DATABASE_URL: db.url,
        REDIS_PREFIX: inject('redisPrefix'),
        ADMIN_EMAIL: 'Boss@Example.org',
        ADMIN_PASSWORD: STRONG,
      });
      try {
        expect(api.output()).not.toContain('/setup?token=');
        const client = await ApiClient.signIn(api.baseUrl, 'boss@example.org', STRONG);
        expect((await client.get('/api/users')).status).toBe(200);
      } finally {
        await api.stop();
      }
    } finally {
      await dropDatabase(db.name);
    }
  });
});
