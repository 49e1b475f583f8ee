import type { MessagesCatalogue } from './sv.ts';

/** Meddelanden in the participant app (en); machine-drafted, not yet reviewed by a native speaker. */
const en: MessagesCatalogue = {
  meta: { language: 'en', reviewedByNativeSpeaker: false },
  title: 'Messages',
  lead: 'Write to your team. They answer here.',
  threadLabel: 'Messages, oldest first',
  empty: 'No messages yet.',
  you: 'You',
  team: 'Your team',
  new: 'New',
  readByTeam: 'Read by your team {{time}}',
  sentNotRead: 'Sent {{time}}. Not read yet.',
  sentAt: 'Sent {{time}}',
  writeLabel: 'Write to your team',
  send: 'Send',
  sentNotice: 'Your message has been sent.',
  writeSomething: 'Write something first.',
  tooLong: 'The message is too long. At most {{max}} characters.',
  notSent: 'It could not be sent. Try again.',
  unread: 'New: {{count}}',
};

export default en;
