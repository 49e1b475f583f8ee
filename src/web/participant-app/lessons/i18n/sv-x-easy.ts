import type { LessonsCatalogue } from './sv.ts';

/** Mina lektioner in the participant app (sv-x-easy); machine-drafted, not yet reviewed by a native speaker. */
const sv_easy: LessonsCatalogue = {
  meta: { language: 'sv-x-easy', reviewedByNativeSpeaker: false },
  title: 'Mina lektioner',
  lead: 'Filmer från dina lärare. Titta många gånger.',
  empty: 'Du har inga lektioner nu.',
  views: 'Sett {{count}} gånger',
  notSeen: 'Inte sett',
  understoodMark: 'Förstått',
  watch: 'Titta',
  videoOf: 'Film: {{title}}',
  openLink: 'Öppna filmen',
  understood: 'Jag förstår',
  understoodDone: 'Du förstår. Bra!',
  notSent: 'Det gick inte. Försök igen.',
  feedbackTitle: 'Vad tycker du?',
  howWasIt: 'Förstod du?',
  faces: {
    notAtAll: 'Jag förstod inte',
    aLittle: 'Jag förstod lite',
    well: 'Jag förstod',
    veryWell: 'Jag förstod allt',
  },
  wordsLabel: 'Skriv till läraren (om du vill)',
  record: 'Spela in din röst',
  stop: 'Sluta',
  recording: 'Spelar in …',
  recorded: 'Din röst är inspelad ({{seconds}} sekunder)',
  removeRecording: 'Ta bort',
  noMicrophone: 'Det går inte att spela in på telefonen.',
  tooLong: 'Det är för långt.',
  chooseFace: 'Tryck på ett ansikte.',
  send: 'Skicka',
  sent: 'Tack! Läraren ser det.',
  yourFeedback: 'Det du har skickat',
  yourVoice: 'Din röst',
  answer: 'Lärarens svar',
  noAnswer: 'Inget svar än.',
};

export default sv_easy;
