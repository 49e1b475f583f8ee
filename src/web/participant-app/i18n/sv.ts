/**
 * The participant app's Swedish catalogue: the source. Every other language has the same keys (tested in
 * catalogues.test.ts). Plain words, short sentences: many who read this read little Swedish.
 */
const sv = {
  meta: { language: 'sv', reviewedByNativeSpeaker: false },
  app: {
    name: 'Rödtråd',
    home: 'Hem',
    skip: 'Till innehållet',
    loading: 'Laddar …',
    notFound: 'Sidan finns inte',
    failed: 'Det gick inte att hämta. Försök igen.',
    retry: 'Försök igen',
    back: 'Tillbaka',
  },
  language: {
    label: 'Språk',
    draftNote: 'Texterna på det här språket är ännu inte granskade av någon som har språket som modersmål.',
  },
  readAloud: { start: 'Läs upp', stop: 'Sluta läsa' },
  offline: { saved: 'Sparad {{time}}. Det kan ha ändrats sedan dess.' },
  signIn: {
    invitationTitle: 'Välkommen till appen',
    invitationLead:
      'Skapa en nyckel på din telefon. Du loggar in med fingeravtryck, ansikte eller telefonens kod, utan lösenord.',
    createPasskey: 'Skapa nyckel och logga in',
    noPasskey: 'Går det inte på din telefon? Då kan du få en kod med sms.',
    sendCode: 'Skicka en kod med sms',
    codeSent: 'Vi har skickat en kod till din telefon ({{to}}).',
    code: 'Koden (6 siffror)',
    codeShape: 'Skriv de 6 siffrorna i koden.',
    codeWrong: 'Koden stämmer inte. Försök igen.',
    signIn: 'Logga in',
    title: 'Logga in i appen',
    lead: 'Logga in med nyckeln på din telefon.',
    withPasskey: 'Logga in med nyckel',
    signedIn: 'Du är inloggad.',
    linkGone: 'Länken är redan använd eller har gått ut. Be din coach om en ny.',
    linkUnknown: 'Länken fungerar inte. Be din coach om en ny.',
    locked: 'För många fel koder. Be din coach om en ny inbjudan.',
    tooMany: 'Det har skickats för många koder. Be din coach om en ny inbjudan.',
    signInFailed: 'Inloggningen gick inte. Försök igen eller be din coach om en ny inbjudan.',
    tryAgain: 'Det gick inte. Försök igen.',
  },
  home: {
    hello: 'Hej {{name}}!',
    tilesLabel: 'Appens delar',
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

export default sv;

/** The shape every language must have: the same keys, each a string. */
export type Catalogue = Strings<typeof sv>;
type Strings<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends boolean ? boolean : Strings<T[K]>;
};
