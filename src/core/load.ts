/**
 * Fetching plan documents: each URL is fetched once per page and shared by every element
 * that names it. A request that no element waits for any more is aborted.
 */

/** Why a plan could not be loaded. */
export type LoadFailure =
  { kind: 'network'; url: string; detail: string } | { kind: 'http'; url: string; status: number; statusText: string } | { kind: 'not-json'; url: string; detail: string };

export class PlanLoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(`plan-viz: could not load ${failure.url} (${failure.kind})`);
  }
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Entry>();

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new PlanLoadError({ kind: 'network', url, detail: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok) throw new PlanLoadError({ kind: 'http', url, status: response.status, statusText: response.statusText });
  const body = await response.text();
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new PlanLoadError({ kind: 'not-json', url, detail: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * The parsed JSON at `url`, fetched once per page. `signal` says when this caller stops
 * waiting; the request itself is aborted only when no caller waits for it.
 */
export function loadJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const key = absolute(url);
  let entry = cache.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve() };
    created.promise = fetchJson(key, controller.signal).then(
      (value) => {
        created.settled = true;
        return value;
      },
      (error: unknown) => {
        created.settled = true;
        // A failed load is not cached: the next element (or a retry) asks again.
        if (cache.get(key) === created) cache.delete(key);
        throw error;
      },
    );
    cache.set(key, created);
    entry = created;
  }
  const current = entry;
  current.waiting++;
  return new Promise<unknown>((resolve, reject) => {
    const stop = () => {
      current.waiting--;
      if (current.waiting === 0 && !current.settled) {
        current.controller.abort();
        if (cache.get(key) === current) cache.delete(key);
      }
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal?.aborted) {
      stop();
      return;
    }
    signal?.addEventListener('abort', stop, { once: true });
    current.promise.then(
      (value) => {
        signal?.removeEventListener('abort', stop);
        current.waiting--;
        resolve(value);
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', stop);
        current.waiting--;
        reject(error);
      },
    );
  });
}

/** Forgets every fetched document (for tests, and for pages that replace a plan file in place). */
export function clearPlanCache(): void {
  cache.clear();
}
