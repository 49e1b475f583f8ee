import type { LessonsCatalogue } from './sv.ts';

/** Mina lektioner in the participant app (so); machine-drafted, not yet reviewed by a native speaker. */
const so: LessonsCatalogue = {
  meta: { language: 'so', reviewedByNativeSpeaker: false },
  title: 'Casharradayda',
  lead: 'Muuqaalo gaagaaban oo ka yimid macallimiintaada. Daawo inta aad rabto.',
  empty: 'Weli cashar ma lihid.',
  views: 'La daawaday {{count}} jeer',
  notSeen: 'Weli lama daawan',
  understoodMark: 'Waa la fahmay',
  watch: 'Daawo',
  videoOf: 'Muuqaal: {{title}}',
  openLink: 'Fur muuqaalka',
  understood: 'Waan fahmay',
  understoodDone: 'Waxaad sheegtay inaad fahantay. Aad baad u fiican tahay!',
  notSent: 'Lama diri karin. Isku day mar kale.',
  feedbackTitle: 'Maxaad u malaynaysaa?',
  howWasIt: "Intee in le'eg ayaad fahantay?",
  faces: {
    notAtAll: 'Ma fahmin',
    aLittle: 'Wax yar baan fahmay',
    well: 'Waan fahmay',
    veryWell: 'Wax walba waan fahmay',
  },
  wordsLabel: 'Ereyo yar oo macallinka ah (haddii aad rabto)',
  record: 'Duub farriin cod ah',
  stop: 'Jooji duubista',
  recording: 'Waa la duubayaa …',
  recorded: 'Farriinta codka waa la duubay ({{seconds}} ilbiriqsi)',
  removeRecording: 'Tirtir duubista',
  noMicrophone: 'Duubistu kuma shaqeyso telefoonkan.',
  tooLong: 'Farriinta codku aad bay u dheer tahay.',
  chooseFace: 'Marka hore taabo weji.',
  send: 'Dir',
  sent: 'Mahadsanid! Macallinkaagu wuu arki doonaa.',
  yourFeedback: 'Waxa aad dirtay',
  yourVoice: 'Farriintaada codka',
  answer: 'Jawaabta macallinka',
  noAnswer: 'Weli jawaab ma jirto.',
};

export default so;
