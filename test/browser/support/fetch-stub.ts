// One stub of window.fetch for the browser tests of loading (src) and its origin checks.

/** Replaces fetch while `run` runs; returns the URLs it was called with. */
export async function withFetch(stub: (url: string) => Response, run: () => Promise<void>): Promise<string[]> {
  const calls: string[] = [];
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push(url);
    return Promise.resolve(stub(url));
  };
  try {
    await run();
  } finally {
    window.fetch = original;
  }
  return calls;
}
