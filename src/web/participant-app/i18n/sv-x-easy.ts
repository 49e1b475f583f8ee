import type { Catalogue } from './sv.ts';

/** Lättläst svenska: short sentences and common words. Machine-drafted; not yet reviewed. */
const svEasy: Catalogue = {
  meta: { language: 'sv-x-easy', reviewedByNativeSpeaker: false },
  app: {
    name: 'Rödtråd',
    home: 'Hem',
    skip: 'Gå till texten',
    loading: 'Vänta lite …',
    notFound: 'Sidan finns inte',
    failed: 'Det gick inte. Försök igen.',
    retry: 'Försök igen',
    back: 'Tillbaka',
  },
  language: {
    label: 'Språk',
    draftNote: 'Ingen som har språket som modersmål har läst texterna än.',
  },
  readAloud: { start: 'Läs högt', stop: 'Sluta läsa' },
  offline: { saved: 'Sparad {{time}}. Det kan vara gammalt.' },
  signIn: {
    invitationTitle: 'Välkommen till appen',
    invitationLead:
      'Gör en nyckel i din telefon. Sedan loggar du in med fingret, ansiktet eller telefonens kod.',
    createPasskey: 'Skapa nyckel och logga in',
    noPasskey: 'Går det inte? Då kan du få en kod i ett sms.',
    sendCode: 'Skicka en kod i sms',
    codeSent: 'Vi har skickat en kod till din telefon ({{to}}).',
    code: 'Koden (6 siffror)',
    codeShape: 'Skriv koden. Den har 6 siffror.',
    codeWrong: 'Koden är fel. Försök igen.',
    signIn: 'Logga in',
    title: 'Logga in i appen',
    lead: 'Logga in med nyckeln i din telefon.',
    withPasskey: 'Logga in med nyckel',
    signedIn: 'Du är inloggad.',
    linkGone: 'Länken fungerar inte längre. Fråga din coach om en ny länk.',
    linkUnknown: 'Länken fungerar inte. Fråga din coach om en ny länk.',
    locked: 'Du skrev fel kod för många gånger. Fråga din coach om en ny länk.',
    tooMany: 'Vi har skickat för många koder. Fråga din coach om en ny länk.',
    signInFailed: 'Det gick inte att logga in. Försök igen, eller fråga din coach.',
    tryAgain: 'Det gick inte. Försök igen.',
  },
  home: {
    hello: 'Hej {{name}}!',
    tilesLabel: 'Delar i appen',
    signOut: 'Logga ut',
  },
  tiles: {
    plan: 'Min plan',
    schedule: 'Mitt schema',
    lessons: 'Mina lektioner',
    messages: 'Meddelanden',
    'language-friend': 'Min språkvän',
    'my-data': 'Mina uppgifter',
  },
};

export default svEasy;
