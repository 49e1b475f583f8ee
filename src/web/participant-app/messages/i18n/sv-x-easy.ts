import type { MessagesCatalogue } from './sv.ts';

/** Meddelanden in the participant app (sv-x-easy); machine-drafted, not yet reviewed by a native speaker. */
const svEasy: MessagesCatalogue = {
  meta: { language: 'sv-x-easy', reviewedByNativeSpeaker: false },
  title: 'Meddelanden',
  lead: 'Här kan du skriva till ditt team. Teamet svarar här.',
  threadLabel: 'Meddelanden. Det första står först.',
  empty: 'Du har inga meddelanden.',
  you: 'Du',
  team: 'Ditt team',
  new: 'Nytt',
  readByTeam: 'Teamet har läst. {{time}}',
  sentNotRead: 'Skickat {{time}}. Teamet har inte läst.',
  sentAt: 'Skickat {{time}}',
  writeLabel: 'Skriv till ditt team',
  send: 'Skicka',
  sentNotice: 'Klart. Ditt meddelande är skickat.',
  writeSomething: 'Skriv något först.',
  tooLong: 'Det är för mycket text. Du kan skriva {{max}} tecken.',
  notSent: 'Det gick inte. Försök igen.',
  unread: 'Nya: {{count}}',
};

export default svEasy;
