import type { LessonsCatalogue } from './sv.ts';

/** Mina lektioner in the participant app (uk); machine-drafted, not yet reviewed by a native speaker. */
const uk: LessonsCatalogue = {
  meta: { language: 'uk', reviewedByNativeSpeaker: false },
  title: 'Мої уроки',
  lead: 'Короткі відео від ваших учителів. Дивіться скільки завгодно.',
  empty: 'У вас ще немає уроків.',
  views: 'Переглянуто {{count}} разів',
  notSeen: 'Ще не переглянуто',
  understoodMark: 'Зрозуміло',
  watch: 'Дивитися',
  videoOf: 'Відео: {{title}}',
  openLink: 'Відкрити відео',
  understood: 'Я розумію',
  understoodDone: 'Ви сказали, що розумієте. Молодець!',
  notSent: 'Не вдалося надіслати. Спробуйте ще раз.',
  feedbackTitle: 'Що ви думаєте?',
  howWasIt: 'Наскільки ви зрозуміли?',
  faces: {
    notAtAll: 'Я не зрозумів(ла)',
    aLittle: 'Я трохи зрозумів(ла)',
    well: 'Я зрозумів(ла)',
    veryWell: 'Я зрозумів(ла) все',
  },
  wordsLabel: 'Кілька слів учителю (якщо хочете)',
  record: 'Записати голосове повідомлення',
  stop: 'Зупинити запис',
  recording: 'Запис …',
  recorded: 'Голосове повідомлення записано ({{seconds}} секунд)',
  removeRecording: 'Видалити запис',
  noMicrophone: 'Запис не працює на цьому телефоні.',
  tooLong: 'Голосове повідомлення задовге.',
  chooseFace: 'Спочатку торкніться обличчя.',
  send: 'Надіслати',
  sent: 'Дякуємо! Ваш учитель це побачить.',
  yourFeedback: 'Що ви надіслали',
  yourVoice: 'Ваше голосове повідомлення',
  answer: 'Відповідь учителя',
  noAnswer: 'Відповіді ще немає.',
};

export default uk;
