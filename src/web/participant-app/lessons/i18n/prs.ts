import type { LessonsCatalogue } from './sv.ts';

/** Mina lektioner in the participant app (prs); machine-drafted, not yet reviewed by a native speaker. */
const prs: LessonsCatalogue = {
  meta: { language: 'prs', reviewedByNativeSpeaker: false },
  title: 'درس‌های من',
  lead: 'ویدیوهای کوتاه از معلمان شما. هر چند بار که خواستید ببینید.',
  empty: 'هنوز درسی ندارید.',
  views: '{{count}} بار دیده شده',
  notSeen: 'هنوز دیده نشده',
  understoodMark: 'فهمیده شد',
  watch: 'دیدن',
  videoOf: 'ویدیو: {{title}}',
  openLink: 'باز کردن ویدیو',
  understood: 'می‌فهمم',
  understoodDone: 'گفتید که می‌فهمید. آفرین!',
  notSent: 'فرستاده نشد. دوباره کوشش کنید.',
  feedbackTitle: 'نظر شما چیست؟',
  howWasIt: 'چقدر فهمیدید؟',
  faces: {
    notAtAll: 'نفهمیدم',
    aLittle: 'کمی فهمیدم',
    well: 'فهمیدم',
    veryWell: 'همه را فهمیدم',
  },
  wordsLabel: 'چند کلمه برای معلم (اگر بخواهید)',
  record: 'ثبت پیام صوتی',
  stop: 'توقف ثبت',
  recording: 'در حال ثبت …',
  recorded: 'پیام صوتی ثبت شد ({{seconds}} ثانیه)',
  removeRecording: 'حذف ثبت',
  noMicrophone: 'ثبت صدا در این تلفن کار نمی‌کند.',
  tooLong: 'پیام صوتی خیلی طولانی است.',
  chooseFace: 'اول یک چهره را لمس کنید.',
  send: 'فرستادن',
  sent: 'تشکر! معلم شما آن را می‌بیند.',
  yourFeedback: 'آنچه فرستاده‌اید',
  yourVoice: 'پیام صوتی شما',
  answer: 'پاسخ معلم',
  noAnswer: 'هنوز پاسخی نیست.',
};

export default prs;
