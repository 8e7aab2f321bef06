/** Demo accounts that `npm run db:seed` creates (see the README); one per application role. */
export const DEMO_PASSWORD = 'tribeworks-demo';
export const DEMO_ACCOUNTS = {
  admin: 'admin@tribeworks.demo',
  hr: 'hr@tribeworks.demo',
  tribe_lead: 'tribelead@tribeworks.demo',
  chapter_lead: 'chapterlead@tribeworks.demo',
  product_owner: 'productowner@tribeworks.demo',
  member: 'member@tribeworks.demo',
} as const;
export type DemoRole = keyof typeof DEMO_ACCOUNTS;

/**
 * An HTTP client that behaves like the web app: keeps the cookies it is given and sends the
 * CSRF token on writes.
 */
export class ApiClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  static async signIn(
    baseUrl: string,
    email: string,
    password = DEMO_PASSWORD,
  ): Promise<ApiClient> {
    const client = new ApiClient(baseUrl);
    const res = await client.post('/api/auth/login', { email, password });
    if (res.status !== 200) {
      throw new Error(`Sign-in as ${email} failed: ${res.status} ${await res.text()}`);
    }
    return client;
  }

  static signInAs(baseUrl: string, role: DemoRole): Promise<ApiClient> {
    return ApiClient.signIn(baseUrl, DEMO_ACCOUNTS[role]);
  }

  /**
   * Another client with a copy of this one's cookies (a second tab on the same session), or
   * the same session against another API process (`baseUrl`).
   */
  clone(baseUrl = this.baseUrl): ApiClient {
    const copy = new ApiClient(baseUrl);
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }

  /** The Cookie header this client sends. */
  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get csrfToken(): string | undefined {
    return this.cookies.get('tw_csrf');
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const method = (init.method ?? 'GET').toUpperCase();
    if (!['GET', 'HEAD'].includes(method) && this.csrfToken && !headers.has('x-csrf-token')) {
      headers.set('x-csrf-token', this.csrfToken);
    }
    const res = await fetch(`${this.baseUrl}${path}`, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      const expired = attributes.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (!name) continue;
      if (expired || value === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return res;
  }

  get(path: string): Promise<Response> {
    return this.fetch(path);
  }

  post(path: string, body?: unknown): Promise<Response> {
    return this.send('POST', path, body);
  }

  patch(path: string, body?: unknown): Promise<Response> {
    return this.send('PATCH', path, body);
  }

  delete(path: string): Promise<Response> {
    return this.fetch(path, { method: 'DELETE' });
  }

  private send(method: string, path: string, body?: unknown): Promise<Response> {
    return this.fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
}
