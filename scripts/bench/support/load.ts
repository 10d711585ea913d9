import autocannon from 'autocannon';
import { connect, type Socket } from 'node:net';

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

/**
 * One keep-alive HTTP/1.1 connection that sends prepared requests one at a time and reads each
 * answer to its last byte into one buffer it reuses, allocating next to nothing per request.
 * Node's fetch allocated so much per request that its own scavenges (3-4 ms, every 60 or so
 * requests) landed in one timed request in sixty: the p99 of a sub-millisecond route measured the
 * client, not the server.
 */
export class KeepAliveClient {
  private waiting: ((status: number) => void) | undefined;
  private failed: ((error: Error) => void) | undefined;
  /** The head read so far, when it came in more than one read. */
  private partialHead: Buffer | undefined;
  /** Body bytes still to come; undefined until the head is read. */
  private remaining: number | undefined;
  private status = 0;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('error', (error) => this.failed?.(error));
    socket.on('close', () => this.failed?.(new Error('the server closed the connection')));
  }

  static open(url: string): Promise<KeepAliveClient> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      const reads = Buffer.allocUnsafe(256 * 1024);
      let client: KeepAliveClient | undefined = undefined;
      const socket = connect({
        host: hostname,
        port: Number(port),
        onread: { buffer: reads, callback: (size) => client!.receive(reads, size) },
      });
      client = new KeepAliveClient(socket);
      socket.once('connect', () => resolve(client));
      socket.once('error', reject);
    });
  }

  /** A GET request, encoded once and sent as often as wanted. */
  static get(path: string, headers: Record<string, string> = {}): Buffer {
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    return Buffer.from(`GET ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n${lines.join('')}\r\n`, 'latin1');
  }

  /** Sends `request` and resolves with the answer's status once all of it has arrived. */
  send(request: Buffer): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failed = reject;
      this.socket.write(request);
    });
  }

  close(): void {
    this.failed = undefined;
    this.socket.end();
  }

  private receive(buffer: Buffer, size: number): boolean {
    let bodyBytes = size;
    if (this.remaining === undefined) {
      const read = buffer.subarray(0, size);
      const data = this.partialHead ? Buffer.concat([this.partialHead, read]) : read;
      const end = data.indexOf('\r\n\r\n');
      // A copy: the read buffer is overwritten by the next read.
      this.partialHead = end < 0 ? Buffer.from(data) : undefined;
      if (end < 0) return true;
      const head = data.toString('latin1', 0, end);
      // The routes measured send whole bodies with a length; chunked framing is not read.
      if (/\r\ntransfer-encoding:/i.test(head)) {
        this.failed?.(new Error(`an answer framed in a way this client does not read:\n${head}`));
        this.socket.destroy();
        return false;
      }
      this.status = Number(head.slice(9, 12));
      this.remaining = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      bodyBytes = data.length - end - 4;
    }
    this.remaining -= bodyBytes;
    if (this.remaining > 0) return true;
    this.remaining = undefined;
    this.waiting?.(this.status);
    return true;
  }
}
