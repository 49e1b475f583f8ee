import type { MessagesCatalogue } from './sv.ts';

/** Meddelanden in the participant app (prs); machine-drafted, not yet reviewed by a native speaker. */
const prs: MessagesCatalogue = {
  meta: { language: 'prs', reviewedByNativeSpeaker: false },
  title: 'پیام‌ها',
  lead: 'به تیم خود بنویسید. آن‌ها همین‌جا جواب می‌دهند.',
  threadLabel: 'پیام‌ها، قدیمی‌ترین اول',
  empty: 'هنوز پیامی نیست.',
  you: 'شما',
  team: 'تیم شما',
  new: 'جدید',
  readByTeam: 'تیم شما خواند {{time}}',
  sentNotRead: 'فرستاده شد {{time}}. هنوز خوانده نشده.',
  sentAt: 'فرستاده شد {{time}}',
  writeLabel: 'به تیم خود بنویسید',
  send: 'فرستادن',
  sentNotice: 'پیام شما فرستاده شد.',
  writeSomething: 'اول چیزی بنویسید.',
  tooLong: 'پیام خیلی طولانی است. حداکثر {{max}} حرف.',
  notSent: 'فرستاده نشد. دوباره کوشش کنید.',
  unread: 'جدید: {{count}}',
};

export default prs;
