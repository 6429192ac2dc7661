/** Test responses are read loosely; the assertions check the shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseJson = any;

export interface TestResponse {
  status: number;
  headers: Headers;
  body: LooseJson;
}

export interface TestRequestOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart form data instead of `body`. */
  form?: FormData;
  headers?: Record<string, string>;
}

/** One HTTP call against a test host; the body is parsed as JSON when it is JSON, else kept as text. */
export async function request(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  options: TestRequestOptions = {},
): Promise<TestResponse> {
  const json = options.form === undefined && options.body !== undefined;
  const response = await fetch(url, {
    method,
    headers: {
      ...(json ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    ...(options.form !== undefined ? { body: options.form } : json ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  let body: LooseJson = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body };
}
