// At most `concurrency` pairs in flight. Workers take the next pair until none is left or the run is aborted
// (SIGINT): then no new pair starts and the in-flight ones are aborted through the same signal.
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
  signal: AbortSignal,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (!signal.aborted && next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
