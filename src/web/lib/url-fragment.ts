/**
 * One-time links carry their token in the fragment (`#token=…`), which browsers never send to a server,
 * so it stays out of access logs and Referer headers.
 */
export function fragmentParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
}
