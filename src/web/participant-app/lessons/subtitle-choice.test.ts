import { describe, expect, it } from 'vitest';
import { subtitleFor } from './subtitle-choice.ts';

describe('the default subtitle track', () => {
  it('is the one in her app language, Dari as fa too, Easy Swedish as Swedish, else none', () => {
    expect(subtitleFor(['sv', 'ar'], 'ar')).toBe('ar');
    expect(subtitleFor(['sv', 'fa'], 'prs')).toBe('fa');
    expect(subtitleFor(['sv', 'ar'], 'sv-x-easy')).toBe('sv');
    expect(subtitleFor(['sv'], 'ti')).toBeNull();
  });
});
