/** Polls `condition` until it holds (no timing assertions: only a generous upper bound). */
export async function until(condition: () => boolean, timeoutMs = 20000, what = 'a condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
