import type { Catalogue } from './sv.ts';

/** English. Machine-drafted from the Swedish; not yet reviewed by a native speaker. */
const en: Catalogue = {
  meta: { language: 'en', reviewedByNativeSpeaker: false },
  app: {
    name: 'Rödtråd',
    home: 'Home',
    skip: 'Skip to content',
    loading: 'Loading …',
    notFound: 'This page does not exist',
    failed: 'Could not load. Please try again.',
    retry: 'Try again',
    back: 'Back',
  },
  language: {
    label: 'Language',
    draftNote: 'The texts in this language have not yet been checked by a native speaker.',
  },
  readAloud: { start: 'Read aloud', stop: 'Stop reading' },
  offline: { saved: 'Saved {{time}}. It may have changed since.' },
  signIn: {
    invitationTitle: 'Welcome to the app',
    invitationLead:
      'Create a key on your phone. You sign in with your fingerprint, face or phone code, without a password.',
    createPasskey: 'Create key and sign in',
    noPasskey: 'Does it not work on your phone? Then you can get a code by text message.',
    sendCode: 'Send a code by text message',
    codeSent: 'We have sent a code to your phone ({{to}}).',
    code: 'The code (6 digits)',
    codeShape: 'Type the 6 digits of the code.',
    codeWrong: 'The code is not right. Try again.',
    signIn: 'Sign in',
    title: 'Sign in to the app',
    lead: 'Sign in with the key on your phone.',
    withPasskey: 'Sign in with key',
    signedIn: 'You are signed in.',
    linkGone: 'The link has been used or has expired. Ask your coach for a new one.',
    linkUnknown: 'The link does not work. Ask your coach for a new one.',
    locked: 'Too many wrong codes. Ask your coach for a new invitation.',
    tooMany: 'Too many codes have been sent. Ask your coach for a new invitation.',
    signInFailed: 'Signing in did not work. Try again or ask your coach for a new invitation.',
    tryAgain: 'That did not work. Try again.',
  },
  home: {
    hello: 'Hello {{name}}!',
    tilesLabel: 'Parts of the app',
    signOut: 'Sign out',
  },
  tiles: {
    plan: 'My plan',
    schedule: 'My schedule',
    lessons: 'My lessons',
    messages: 'Messages',
    'language-friend': 'My language friend',
    'my-data': 'My data',
  },
};

export default en;
