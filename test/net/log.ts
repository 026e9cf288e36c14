/**
 * The request log of the network tests' server (test/net/server-plugin.mjs, on the test
 * runner's own server): each test uses a key of its own and reads what the server saw for it.
 */

/** One request as the server saw it. */
export interface Logged {
  method: string;
  url: string;
  headers: Record<string, string | undefined>;
}

/** A fresh key, so each test has its own request log and counters on the server. */
export function newKey(): string {
  return Math.random().toString(36).slice(2);
}

/** The requests the server saw for `key`. */
export async function requests(key: string): Promise<Logged[]> {
  const response = await fetch(`/test-net/log?key=${key}`);
  return (await response.json()) as Logged[];
}
