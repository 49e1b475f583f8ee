import type { LessonsCatalogue } from './sv.ts';

/** Mina lektioner in the participant app (ar); machine-drafted, not yet reviewed by a native speaker. */
const ar: LessonsCatalogue = {
  meta: { language: 'ar', reviewedByNativeSpeaker: false },
  title: 'دروسي',
  lead: 'فيديوهات قصيرة من معلميك. شاهدها كلما أردت.',
  empty: 'ليس لديك دروس بعد.',
  views: 'شوهد {{count}} مرات',
  notSeen: 'لم يُشاهَد بعد',
  understoodMark: 'فهمت',
  watch: 'شاهد',
  videoOf: 'فيديو: {{title}}',
  openLink: 'افتح الفيديو',
  understood: 'أنا أفهم',
  understoodDone: 'قلتَ إنك تفهم. أحسنت!',
  notSent: 'لم يتم الإرسال. حاول مرة أخرى.',
  feedbackTitle: 'ما رأيك؟',
  howWasIt: 'كم فهمت؟',
  faces: {
    notAtAll: 'لم أفهم',
    aLittle: 'فهمت قليلاً',
    well: 'فهمت',
    veryWell: 'فهمت كل شيء',
  },
  wordsLabel: 'بضع كلمات للمعلم (إذا أردت)',
  record: 'سجّل رسالة صوتية',
  stop: 'أوقف التسجيل',
  recording: 'جارٍ التسجيل …',
  recorded: 'تم تسجيل الرسالة الصوتية ({{seconds}} ثانية)',
  removeRecording: 'احذف التسجيل',
  noMicrophone: 'التسجيل لا يعمل على هذا الهاتف.',
  tooLong: 'الرسالة الصوتية طويلة جداً.',
  chooseFace: 'اضغط على وجه أولاً.',
  send: 'أرسل',
  sent: 'شكراً! سيرى معلمك ذلك.',
  yourFeedback: 'ما أرسلته',
  yourVoice: 'رسالتك الصوتية',
  answer: 'رد المعلم',
  noAnswer: 'لا يوجد رد بعد.',
};

export default ar;
