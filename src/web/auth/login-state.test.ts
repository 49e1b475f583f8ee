import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './login-state.ts';

describe('return after sign-in', () => {
  it('goes back to a page of this app, never to another site or back to sign-in', () => {
    expect(safeReturnPath('/audit?userId=1')).toBe('/audit?userId=1');
    expect(safeReturnPath('//evil.example/x')).toBe('/');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath('/login/code')).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });
});
