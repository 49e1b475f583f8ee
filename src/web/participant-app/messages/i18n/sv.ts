/** Meddelanden in the participant app: the Swedish source; every other language has the same keys. */
const sv = {
  meta: { language: 'sv', reviewedByNativeSpeaker: false },
  title: 'Meddelanden',
  lead: 'Skriv till ditt team. De svarar här.',
  threadLabel: 'Meddelanden, det äldsta först',
  empty: 'Inga meddelanden än.',
  you: 'Du',
  team: 'Ditt team',
  new: 'Nytt',
  readByTeam: 'Läst av ditt team {{time}}',
  sentNotRead: 'Skickat {{time}}. Inte läst än.',
  sentAt: 'Skickat {{time}}',
  writeLabel: 'Skriv till ditt team',
  send: 'Skicka',
  sentNotice: 'Ditt meddelande är skickat.',
  writeSomething: 'Skriv något först.',
  tooLong: 'Meddelandet är för långt. Högst {{max}} tecken.',
  notSent: 'Det gick inte att skicka. Försök igen.',
  unread: 'Nya: {{count}}',
};

export type MessagesCatalogue = typeof sv;
export default sv;
