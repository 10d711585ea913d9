/** Where the API lives, relative to the page: the API serves the client, so always the same origin. */
export const API_BASE = '/api/v1';

/** One error of a refused request: a property (`equipment.monitors`) or a CSV line and column. */
export interface ProblemItem {
  field?: string;
  line?: number;
  column?: string;
  message: string;
}

/**
 * An RFC 9457 problem as the API writes it; `title` and `detail` are already in the language the
 * request asked for. `NETWORK` and `UNEXPECTED_RESPONSE` are made here when no problem arrived.
 */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: ProblemItem[];
  [extension: string]: unknown;
}

/** The one error type of the API client: whatever went wrong, it carries a problem. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

export interface ApiSettings {
  /** The `Authorization` header for the signed-in person, if any. */
  authorization: () => Promise<string | undefined>;
  /** The UI language, sent as `Accept-Language` so that problems come back in it. */
  language: () => string;
  /** Called when the API says the sign-in is no longer valid. */
  onUnauthenticated: (problem: Problem) => void;
}

let settings: ApiSettings = {
  authorization: async () => undefined,
  language: () => document.documentElement.lang || 'de',
  onUnauthenticated: () => {},
};

export function configureApi(next: Partial<ApiSettings>): void {
  settings = { ...settings, ...next };
}

export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  query?: Query;
  /** A JSON body. */
  json?: unknown;
  /** A raw body (a file), sent with `contentType`. */
  body?: Blob | string;
  contentType?: string;
  /** Further request headers (`Idempotency-Key`). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function urlOf(path: string, query?: Query): string {
  const url = /^(https?:)?\/\//.test(path) || path.startsWith(`${API_BASE}/`) ? path : `${API_BASE}${path}`;
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) parameters.set(name, String(value));
  }
  const search = parameters.toString();
  return search ? `${url}?${search}` : url;
}

async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      if (typeof body.code === 'string') {
        return {
          ...body,
          status: response.status,
          title: body.title ?? '',
          detail: body.detail ?? '',
          code: body.code,
        };
      }
    } catch {
      // Not the JSON it claimed to be: treated like any other unexpected answer below.
    }
  }
  return { status: response.status, code: 'UNEXPECTED_RESPONSE', title: '', detail: '' };
}

/** Sends a request and returns the response, or throws an `ApiError` for anything but 2xx. */
export async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers = new Headers({ ...options.headers, 'Accept-Language': settings.language() });
  const authorization = await settings.authorization();
  if (authorization) headers.set('Authorization', authorization);
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    headers.set('Content-Type', options.contentType ?? 'application/octet-stream');
    body = options.body;
  }

  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method,
      headers,
      body,
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({ status: 0, code: 'NETWORK', title: '', detail: '' });
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    if (response.status === 401) settings.onUnauthenticated(problem);
    throw new ApiError(problem);
  }
  return response;
}

async function request<T>(method: string, path: string, options?: RequestOptions): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const http = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, options?: RequestOptions) => request<T>('POST', path, options),
  put: <T>(path: string, options?: RequestOptions) => request<T>('PUT', path, options),
  patch: <T>(path: string, options?: RequestOptions) => request<T>('PATCH', path, options),
  delete: (path: string, options?: RequestOptions) => request<void>('DELETE', path, options),
};

/** A file from the API with its name from `Content-Disposition`, for downloads and plan images. */
export async function download(
  path: string,
  options?: RequestOptions,
): Promise<{ blob: Blob; filename?: string }> {
  const response = await send('GET', path, options);
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
  return { blob: await response.blob(), filename: filename ? decodeURIComponent(filename) : undefined };
}

/** Path segment for an id, so that no id can change the route it is put into. */
export const segment = encodeURIComponent;
