import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Responses by HTTP status. */
  statuses: Record<number, number>;
  /** Connection errors and timeouts. */
  errors: number;
}

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * Sends `amount` requests over `connections` keep-alive connections (autocannon), each made by
 * `requestAt(i)` for the i-th request sent, and reports throughput and latency.
 */
export async function load(
  url: string,
  connections: number,
  amount: number,
  requestAt: (index: number) => LoadRequest,
): Promise<LoadResult> {
  let next = 0;
  const statuses: Record<number, number> = {};
  const started = process.hrtime.bigint();
  let lastResponse = started;
  const instance = autocannon({
    url,
    connections,
    amount,
    timeout: 30,
    requests: [{ setupRequest: () => requestAt(next++ % amount) }],
  });
  instance.on('response', (_client, statusCode) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    lastResponse = process.hrtime.bigint();
  });
  const result = await instance;
  // Timed to the last response: autocannon notices the end only on its once-a-second sample tick,
  // so its own start and finish are too coarse for runs of a few seconds.
  const seconds = Number(lastResponse - started) / 1e9;
  const requests = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  return {
    requests,
    seconds,
    perSecond: requests / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses,
    errors: result.errors + result.timeouts,
  };
}

/** The p-th percentile (0-100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Runs `task` for each item with at most `concurrency` at once; returns each one's latency in ms. */
export async function timedConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      const begin = process.hrtime.bigint();
      await task(item);
      latencies.push(Number(process.hrtime.bigint() - begin) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
