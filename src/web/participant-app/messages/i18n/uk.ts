import type { MessagesCatalogue } from './sv.ts';

/** Meddelanden in the participant app (uk); machine-drafted, not yet reviewed by a native speaker. */
const uk: MessagesCatalogue = {
  meta: { language: 'uk', reviewedByNativeSpeaker: false },
  title: 'Повідомлення',
  lead: 'Напишіть своїй команді. Вони відповідають тут.',
  threadLabel: 'Повідомлення, найстаріші спочатку',
  empty: 'Повідомлень ще немає.',
  you: 'Ви',
  team: 'Ваша команда',
  new: 'Нове',
  readByTeam: 'Прочитано вашою командою {{time}}',
  sentNotRead: 'Надіслано {{time}}. Ще не прочитано.',
  sentAt: 'Надіслано {{time}}',
  writeLabel: 'Напишіть своїй команді',
  send: 'Надіслати',
  sentNotice: 'Ваше повідомлення надіслано.',
  writeSomething: 'Спочатку щось напишіть.',
  tooLong: 'Повідомлення задовге. Не більше {{max}} символів.',
  notSent: 'Не вдалося надіслати. Спробуйте ще раз.',
  unread: 'Нові: {{count}}',
};

export default uk;
