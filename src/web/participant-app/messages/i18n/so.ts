import type { MessagesCatalogue } from './sv.ts';

/** Meddelanden in the participant app (so); machine-drafted, not yet reviewed by a native speaker. */
const so: MessagesCatalogue = {
  meta: { language: 'so', reviewedByNativeSpeaker: false },
  title: 'Fariimaha',
  lead: 'U qor kooxdaada. Halkan ayay kaaga jawaabayaan.',
  threadLabel: 'Fariimaha, kuwa ugu horreeya marka hore',
  empty: 'Weli fariin ma jirto.',
  you: 'Adiga',
  team: 'Kooxdaada',
  new: 'Cusub',
  readByTeam: 'Kooxdaadu way akhriday {{time}}',
  sentNotRead: 'La diray {{time}}. Weli lama akhrin.',
  sentAt: 'La diray {{time}}',
  writeLabel: 'U qor kooxdaada',
  send: 'Dir',
  sentNotice: 'Fariintaada waa la diray.',
  writeSomething: 'Marka hore wax qor.',
  tooLong: 'Fariintu aad bay u dheer tahay. Ugu badnaan {{max}} xaraf.',
  notSent: 'Lama diri karin. Mar kale isku day.',
  unread: 'Cusub: {{count}}',
};

export default so;
