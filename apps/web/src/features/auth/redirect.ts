const PLACEHOLDER_ORIGIN = 'https://tribeworks.invalid';

/** Public pages where "come back here after signing in" makes no sense. */
const NOT_A_DESTINATION = [
  '/login',
  '/forgot-password',
  '/invitation',
  '/reset-password',
  '/setup',
];

/**
 * Where to go after signing in: `next` when it is a path on this site, else home.
 * Refuses absolute and protocol-relative URLs (`//evil.example`, `/\evil.example`,
 * `https://…`, `javascript:`), so the login page is no open redirect.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  let url: URL;
  try {
    url = new URL(next, PLACEHOLDER_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return '/';
  if (NOT_A_DESTINATION.includes(url.pathname)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The login URL that brings the user back to `path` afterwards. */
export function loginPath(path: string): string {
  const next = safeNext(path);
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
