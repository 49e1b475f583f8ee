/**
 * Plain fetch for the participant app, with her session's CSRF token on every change. Answers the service
 * worker gave from its cache carry `x-saved-at` (see offline/sw.ts): callers show "saved <time>".
 */
let csrfToken: string | null = null;

export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

/** A failed call: the problem's code (RFC 9457 `code`), or 'network' when there was no answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

export const isApiError = (error: unknown, code?: string): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);

export type Fetched<T> = { data: T; savedAt: Date | null };

async function call<T>(method: string, path: string, body?: unknown): Promise<Fetched<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (!response.ok) {
    let code = response.status >= 500 ? 'internal' : 'bad_request';
    try {
      const problem = (await response.json()) as { code?: unknown };
      if (typeof problem.code === 'string') code = problem.code;
    } catch {
      // Not JSON (a proxy's page): keep the generic code.
    }
    throw new ApiError(response.status, code);
  }
  const saved = response.headers.get('x-saved-at');
  const data = response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  return { data, savedAt: saved ? new Date(saved) : null };
}

export const api = {
  get: <T>(path: string) => call<T>('GET', path).then((r) => r.data),
  /** With whether the answer came from the offline cache, and when it was saved. */
  fetch: <T>(path: string) => call<T>('GET', path),
  post: <T>(path: string, body?: unknown) => call<T>('POST', path, body ?? {}).then((r) => r.data),
  put: <T>(path: string, body?: unknown) => call<T>('PUT', path, body ?? {}).then((r) => r.data),
  delete: <T>(path: string) => call<T>('DELETE', path).then((r) => r.data),
};

/** One path segment, escaped. */
export const seg = (value: string): string => encodeURIComponent(value);
