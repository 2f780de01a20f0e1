/**
 * Runs work in a task of its own, soon. Long work is split into steps that each schedule the next one, and a
 * zero timeout set from a timeout's callback waits at least 4 ms once such timeouts are nested five deep
 * (the HTML timer clamping): a build of ten steps then idles for a good part of its time. Where the browser
 * has `scheduler.postTask` (Chromium, Firefox), the next step is a task of its own without that wait;
 * elsewhere (Safari, Node) it is a zero timeout.
 */
type PostTask = (callback: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }) => Promise<unknown>;

function postTask(): PostTask | undefined {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  return typeof scheduler?.postTask === 'function' ? scheduler.postTask.bind(scheduler) : undefined;
}

/** Runs `callback` in a new task; returns a function that cancels it (a no-op once it has run). */
export function nextTask(callback: () => void): () => void {
  let cancelled = false;
  const post = postTask();
  if (post) {
    // A task that throws rejects the promise: report it as an uncaught error, as a timeout would.
    post(() => cancelled || callback(), { priority: 'user-visible' }).catch((error: unknown) => {
      setTimeout(() => {
        throw error;
      }, 0);
    });
    return () => void (cancelled = true);
  }
  const handle = setTimeout(() => cancelled || callback(), 0);
  return () => {
    cancelled = true;
    clearTimeout(handle);
  };
}
