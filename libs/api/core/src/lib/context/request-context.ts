import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting and from where: set per request (or per job) and read by the audit log. */
export interface RequestContext {
  requestId?: string;
  ip?: string;
  userId?: string;
  userEmail?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** The current context; an empty one outside any request or job. */
export function currentContext(): RequestContext {
  return storage.getStore() ?? {};
}
