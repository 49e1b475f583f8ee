import type { MessagesCatalogue } from './sv.ts';

/** Meddelanden in the participant app (ti); machine-drafted, not yet reviewed by a native speaker. */
const ti: MessagesCatalogue = {
  meta: { language: 'ti', reviewedByNativeSpeaker: false },
  title: 'መልእኽትታት',
  lead: 'ናብ ጉጅለኺ ጽሓፊ። ኣብዚ ይምልሱልኪ።',
  threadLabel: 'መልእኽትታት፡ እቲ ዝቐደመ ቅድም',
  empty: 'ገና መልእኽቲ የለን።',
  you: 'ንስኺ',
  team: 'ጉጅለኺ',
  new: 'ሓድሽ',
  readByTeam: 'ጉጅለኺ ኣንቢቦሞ {{time}}',
  sentNotRead: 'ተላኢኹ {{time}}። ገና ኣይተነበበን።',
  sentAt: 'ተላኢኹ {{time}}',
  writeLabel: 'ናብ ጉጅለኺ ጽሓፊ',
  send: 'ስደዲ',
  sentNotice: 'መልእኽትኺ ተላኢኹ ኣሎ።',
  writeSomething: 'ቅድም ገለ ጽሓፊ።',
  tooLong: 'እቲ መልእኽቲ ኣዝዩ ነዊሕ እዩ። እንተበዝሐ {{max}} ፊደላት።',
  notSent: 'ክለኣኽ ኣይከኣለን። እንደገና ፈትኒ።',
  unread: 'ሓደሽቲ: {{count}}',
};

export default ti;
