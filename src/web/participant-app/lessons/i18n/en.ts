import type { LessonsCatalogue } from './sv.ts';

/** Mina lektioner in the participant app (en); machine-drafted, not yet reviewed by a native speaker. */
const en: LessonsCatalogue = {
  meta: { language: 'en', reviewedByNativeSpeaker: false },
  title: 'My lessons',
  lead: 'Short videos from your teachers. Watch them as often as you like.',
  empty: 'You have no lessons yet.',
  views: 'Watched {{count}} times',
  notSeen: 'Not watched yet',
  understoodMark: 'Understood',
  watch: 'Watch',
  videoOf: 'Video: {{title}}',
  openLink: 'Open the video',
  understood: 'I understand',
  understoodDone: 'You said you understand. Well done!',
  notSent: 'It could not be sent. Try again.',
  feedbackTitle: 'What do you think?',
  howWasIt: 'How much did you understand?',
  faces: {
    notAtAll: 'I did not understand',
    aLittle: 'I understood a little',
    well: 'I understood',
    veryWell: 'I understood everything',
  },
  wordsLabel: 'A few words to the teacher (if you like)',
  record: 'Record a voice message',
  stop: 'Stop recording',
  recording: 'Recording …',
  recorded: 'Voice message recorded ({{seconds}} seconds)',
  removeRecording: 'Remove the recording',
  noMicrophone: 'Recording does not work on this phone.',
  tooLong: 'The voice message is too long.',
  chooseFace: 'Tap a face first.',
  send: 'Send',
  sent: 'Thank you! Your teacher will see it.',
  yourFeedback: 'What you have sent',
  yourVoice: 'Your voice message',
  answer: 'The teacher’s answer',
  noAnswer: 'No answer yet.',
};

export default en;
