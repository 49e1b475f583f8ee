import type { LessonsCatalogue } from './sv.ts';

/** Mina lektioner in the participant app (ti); machine-drafted, not yet reviewed by a native speaker. */
const ti: LessonsCatalogue = {
  meta: { language: 'ti', reviewedByNativeSpeaker: false },
  title: 'ትምህርተይ',
  lead: 'ካብ መምህራንካ ዝመጹ ሓጸርቲ ቪድዮታት። ክሳብ ዝደለኻዮ ተዓዘቦም።',
  empty: 'ገና ትምህርቲ የብልካን።',
  views: '{{count}} ግዜ ተራእዩ',
  notSeen: 'ገና ኣይተራእየን',
  understoodMark: 'ተረዲኡ',
  watch: 'ተዓዘብ',
  videoOf: 'ቪድዮ: {{title}}',
  openLink: 'ቪድዮ ክፈት',
  understood: 'ተረዲኡኒ',
  understoodDone: 'ከም ዝተረድኣካ ኢልካ። ጽቡቕ!',
  notSent: 'ክለኣኽ ኣይተኻእለን። እንደገና ፈትን።',
  feedbackTitle: 'እንታይ ትብል?',
  howWasIt: 'ክንደይ ተረዲኡካ?',
  faces: {
    notAtAll: 'ኣይተረድኣንን',
    aLittle: 'ቁሩብ ተረዲኡኒ',
    well: 'ተረዲኡኒ',
    veryWell: 'ኩሉ ተረዲኡኒ',
  },
  wordsLabel: 'ንመምህር ቁሩብ ቃላት (እንተደሊኻ)',
  record: 'ናይ ድምጺ መልእኽቲ ቅዳሕ',
  stop: 'ምቕዳሕ ኣቋርጽ',
  recording: 'ይቕዳሕ ኣሎ …',
  recorded: 'ናይ ድምጺ መልእኽቲ ተቐዲሑ ({{seconds}} ካልኢት)',
  removeRecording: 'ቅዳሕ ሰርዝ',
  noMicrophone: 'ኣብዚ ተሌፎን ምቕዳሕ ኣይሰርሕን።',
  tooLong: 'ናይ ድምጺ መልእኽቲ ኣዝዩ ነዊሕ እዩ።',
  chooseFace: 'መጀመርታ ገጽ ጠውቕ።',
  send: 'ስደድ',
  sent: 'የቐንየልና! መምህርካ ክርእዮ እዩ።',
  yourFeedback: 'ዝሰደድካዮ',
  yourVoice: 'ናይ ድምጺ መልእኽትኻ',
  answer: 'መልሲ መምህር',
  noAnswer: 'ገና መልሲ የለን።',
};

export default ti;
