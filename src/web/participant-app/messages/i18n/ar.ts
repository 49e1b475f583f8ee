import type { MessagesCatalogue } from './sv.ts';

/** Meddelanden in the participant app (ar); machine-drafted, not yet reviewed by a native speaker. */
const ar: MessagesCatalogue = {
  meta: { language: 'ar', reviewedByNativeSpeaker: false },
  title: 'الرسائل',
  lead: 'اكتب إلى فريقك. سيردّون هنا.',
  threadLabel: 'الرسائل، الأقدم أولاً',
  empty: 'لا توجد رسائل بعد.',
  you: 'أنت',
  team: 'فريقك',
  new: 'جديد',
  readByTeam: 'قرأها فريقك {{time}}',
  sentNotRead: 'أُرسلت {{time}}. لم تُقرأ بعد.',
  sentAt: 'أُرسلت {{time}}',
  writeLabel: 'اكتب إلى فريقك',
  send: 'إرسال',
  sentNotice: 'تم إرسال رسالتك.',
  writeSomething: 'اكتب شيئًا أولاً.',
  tooLong: 'الرسالة طويلة جدًا. {{max}} حرفًا على الأكثر.',
  notSent: 'تعذّر الإرسال. حاول مرة أخرى.',
  unread: 'جديدة: {{count}}',
};

export default ar;
