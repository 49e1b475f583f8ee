import type { Catalogue } from './sv.ts';

/** Dari (right to left). Machine-drafted from the Swedish; not yet reviewed by a native speaker. */
const prs: Catalogue = {
  meta: { language: 'prs', reviewedByNativeSpeaker: false },
  app: {
    name: 'Rödtråd',
    home: 'صفحهٔ اصلی',
    skip: 'رفتن به محتوا',
    loading: 'در حال بارگیری …',
    notFound: 'این صفحه وجود ندارد',
    failed: 'بارگیری نشد. دوباره کوشش کنید.',
    retry: 'دوباره کوشش کنید',
    back: 'برگشت',
  },
  language: {
    label: 'زبان',
    draftNote: 'متن‌های این زبان هنوز توسط کسی که زبان مادری‌اش این زبان است بررسی نشده است.',
  },
  readAloud: { start: 'بلند خواندن', stop: 'توقف خواندن' },
  offline: { saved: 'ذخیره شده {{time}}. ممکن است از آن زمان تغییر کرده باشد.' },
  signIn: {
    invitationTitle: 'به اپ خوش آمدید',
    invitationLead:
      'در تلفون خود یک کلید بسازید. با اثر انگشت، چهره یا رمز تلفون وارد می‌شوید، بدون رمز عبور.',
    createPasskey: 'کلید بسازید و وارد شوید',
    noPasskey: 'در تلفون شما کار نمی‌کند؟ پس می‌توانید یک کد با پیامک بگیرید.',
    sendCode: 'یک کد با پیامک بفرستید',
    codeSent: 'ما یک کد به تلفون شما فرستادیم ({{to}}).',
    code: 'کد (۶ رقم)',
    codeShape: '۶ رقم کد را بنویسید.',
    codeWrong: 'کد درست نیست. دوباره کوشش کنید.',
    signIn: 'ورود',
    title: 'ورود به اپ',
    lead: 'با کلید تلفون خود وارد شوید.',
    withPasskey: 'ورود با کلید',
    signedIn: 'شما وارد شده‌اید.',
    linkGone: 'این لینک استفاده شده یا وقتش گذشته است. از مربی خود لینک تازه بخواهید.',
    linkUnknown: 'این لینک کار نمی‌کند. از مربی خود لینک تازه بخواهید.',
    locked: 'کدهای غلط زیاد. از مربی خود دعوت‌نامهٔ تازه بخواهید.',
    tooMany: 'کدهای زیادی فرستاده شده است. از مربی خود دعوت‌نامهٔ تازه بخواهید.',
    signInFailed: 'ورود انجام نشد. دوباره کوشش کنید یا از مربی خود دعوت‌نامهٔ تازه بخواهید.',
    tryAgain: 'انجام نشد. دوباره کوشش کنید.',
  },
  home: {
    hello: 'سلام {{name}}!',
    tilesLabel: 'بخش‌های اپ',
    signOut: 'خروج',
  },
  tiles: {
    plan: 'پلان من',
    schedule: 'تقسیم اوقات من',
    lessons: 'درس‌های من',
    messages: 'پیام‌ها',
    'language-friend': 'دوست زبانی من',
    'my-data': 'معلومات من',
  },
};

export default prs;
