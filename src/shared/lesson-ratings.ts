// Plain values of the lessons contract, without Zod, so the participant app's pages stay small.

/** Upload limits. A short lesson recorded on a phone fits in the first; a voice message in the second. */
export const maxVideoBytes = 100 * 1024 * 1024;
export const maxVoiceBytes = 2 * 1024 * 1024;
export const maxSubtitleBytes = 512 * 1024;

/** One tap: 1 = I did not understand, 2 = a little, 3 = well, 4 = very well. */
export const ratings = [1, 2, 3, 4] as const;

/** The faces of the one-tap scale, by rating (both apps show them; their words are in the catalogues). */
export const ratingFaces: Record<number, string> = { 1: '😟', 2: '😐', 3: '🙂', 4: '😀' };

/** The catalogue key of each rating's words. */
export const ratingKeys: Record<number, 'notAtAll' | 'aLittle' | 'well' | 'veryWell'> = {
  1: 'notAtAll',
  2: 'aLittle',
  3: 'well',
  4: 'veryWell',
};
