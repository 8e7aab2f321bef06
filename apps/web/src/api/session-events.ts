type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * A tiny bus between the API client (which sees every 401) and the session watcher inside the
 * router (which can navigate). Kept out of React so plain fetch functions can report too.
 */
export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyUnauthenticated(): void {
  for (const listener of listeners) listener();
}
