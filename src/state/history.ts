// Writes the view to the address bar. Discrete changes push an entry (so Back works); scrubbing
// replaces it, throttled, because browsers cap history updates (Safari: about 100 per 30 s), and the
// last write always lands.

export interface UrlWriter {
  push(query: string): void;
  replace(query: string): void;
  /** Writes a pending replace now (e.g. before the page is shared or left). */
  flush(): void;
}

export interface HistoryLike {
  pushState(data: unknown, unused: string, url?: string | URL | null): void;
  replaceState(data: unknown, unused: string, url?: string | URL | null): void;
}

export function urlWriter(history: HistoryLike, currentQuery: () => string, pathname: () => string, { intervalMs = 400 } = {}): UrlWriter {
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWrite = -Infinity;
  const url = (query: string) => `${pathname()}${query ? `?${query}` : ''}`;
  const writeNow = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending !== null && pending !== currentQuery()) history.replaceState(null, '', url(pending));
    pending = null;
    lastWrite = Date.now();
  };
  return {
    push(query) {
      pending = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (query !== currentQuery()) history.pushState(null, '', url(query));
      lastWrite = Date.now();
    },
    replace(query) {
      pending = query;
      const wait = lastWrite + intervalMs - Date.now();
      if (wait <= 0) writeNow();
      else if (timer === null) timer = setTimeout(writeNow, wait);
    },
    flush: writeNow,
  };
}
