/** What the sign-in pages pass each other in the router's location state. */
export type LoginNotice = 'setupDone' | 'passwordSet' | 'signedOut' | 'restart';
export type LoginState = { from?: string; notice?: LoginNotice; email?: string };

export const loginStateOf = (state: unknown): LoginState =>
  state && typeof state === 'object' ? (state as LoginState) : {};

/** Only ever return to a page of this app, never to another site. */
export const safeReturnPath = (from: string | undefined): string =>
  from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';
