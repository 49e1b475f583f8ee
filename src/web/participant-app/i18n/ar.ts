import type { Catalogue } from './sv.ts';

/** Arabic (right to left). Machine-drafted from the Swedish; not yet reviewed by a native speaker. */
const ar: Catalogue = {
  meta: { language: 'ar', reviewedByNativeSpeaker: false },
  app: {
    name: 'Rödtråd',
    home: 'الرئيسية',
    skip: 'انتقل إلى المحتوى',
    loading: 'جارٍ التحميل …',
    notFound: 'هذه الصفحة غير موجودة',
    failed: 'تعذّر التحميل. حاول مرة أخرى.',
    retry: 'حاول مرة أخرى',
    back: 'رجوع',
  },
  language: {
    label: 'اللغة',
    draftNote: 'لم يراجع النصوص بهذه اللغة بعدُ شخصٌ لغته الأم هي هذه اللغة.',
  },
  readAloud: { start: 'اقرأ بصوت عالٍ', stop: 'أوقف القراءة' },
  offline: { saved: 'محفوظ {{time}}. ربما تغيّر منذ ذلك الحين.' },
  signIn: {
    invitationTitle: 'مرحبًا بك في التطبيق',
    invitationLead: 'أنشئ مفتاحًا على هاتفك. تسجّل الدخول ببصمة إصبعك أو وجهك أو رمز هاتفك، بدون كلمة مرور.',
    createPasskey: 'أنشئ مفتاحًا وسجّل الدخول',
    noPasskey: 'لا يعمل ذلك على هاتفك؟ يمكنك الحصول على رمز برسالة نصية.',
    sendCode: 'أرسل رمزًا برسالة نصية',
    codeSent: 'أرسلنا رمزًا إلى هاتفك ({{to}}).',
    code: 'الرمز (6 أرقام)',
    codeShape: 'اكتب أرقام الرمز الستة.',
    codeWrong: 'الرمز غير صحيح. حاول مرة أخرى.',
    signIn: 'تسجيل الدخول',
    title: 'تسجيل الدخول إلى التطبيق',
    lead: 'سجّل الدخول بالمفتاح الموجود على هاتفك.',
    withPasskey: 'تسجيل الدخول بالمفتاح',
    signedIn: 'لقد سجّلت الدخول.',
    linkGone: 'الرابط مستخدم أو انتهت صلاحيته. اطلب رابطًا جديدًا من مرشدك.',
    linkUnknown: 'الرابط لا يعمل. اطلب رابطًا جديدًا من مرشدك.',
    locked: 'رموز خاطئة كثيرة. اطلب دعوة جديدة من مرشدك.',
    tooMany: 'أُرسلت رموز كثيرة. اطلب دعوة جديدة من مرشدك.',
    signInFailed: 'لم ينجح تسجيل الدخول. حاول مرة أخرى أو اطلب دعوة جديدة من مرشدك.',
    tryAgain: 'لم ينجح ذلك. حاول مرة أخرى.',
  },
  home: {
    hello: 'مرحبًا {{name}}!',
    tilesLabel: 'أقسام التطبيق',
    signOut: 'تسجيل الخروج',
  },
  tiles: {
    plan: 'خطتي',
    schedule: 'جدولي',
    lessons: 'دروسي',
    messages: 'الرسائل',
    'language-friend': 'صديقي اللغوي',
    'my-data': 'بياناتي',
  },
};

export default ar;
