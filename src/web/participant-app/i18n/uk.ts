import type { Catalogue } from './sv.ts';

/** Ukrainian. Machine-drafted from the Swedish; not yet reviewed by a native speaker. */
const uk: Catalogue = {
  meta: { language: 'uk', reviewedByNativeSpeaker: false },
  app: {
    name: 'Rödtråd',
    home: 'Головна',
    skip: 'Перейти до змісту',
    loading: 'Завантаження …',
    notFound: 'Такої сторінки немає',
    failed: 'Не вдалося завантажити. Спробуйте ще раз.',
    retry: 'Спробувати ще раз',
    back: 'Назад',
  },
  language: {
    label: 'Мова',
    draftNote: 'Тексти цією мовою ще не перевірив носій мови.',
  },
  readAloud: { start: 'Прочитати вголос', stop: 'Зупинити читання' },
  offline: { saved: 'Збережено {{time}}. Відтоді могло змінитися.' },
  signIn: {
    invitationTitle: 'Ласкаво просимо до застосунку',
    invitationLead:
      'Створіть ключ на своєму телефоні. Ви входите відбитком пальця, обличчям або кодом телефону, без пароля.',
    createPasskey: 'Створити ключ і увійти',
    noPasskey: 'Не працює на вашому телефоні? Тоді ви можете отримати код у SMS.',
    sendCode: 'Надіслати код у SMS',
    codeSent: 'Ми надіслали код на ваш телефон ({{to}}).',
    code: 'Код (6 цифр)',
    codeShape: 'Введіть 6 цифр коду.',
    codeWrong: 'Код неправильний. Спробуйте ще раз.',
    signIn: 'Увійти',
    title: 'Увійти до застосунку',
    lead: 'Увійдіть за допомогою ключа на телефоні.',
    withPasskey: 'Увійти з ключем',
    signedIn: 'Ви увійшли.',
    linkGone: 'Посилання вже використане або застаріло. Попросіть у свого коуча нове.',
    linkUnknown: 'Посилання не працює. Попросіть у свого коуча нове.',
    locked: 'Забагато неправильних кодів. Попросіть у свого коуча нове запрошення.',
    tooMany: 'Надіслано забагато кодів. Попросіть у свого коуча нове запрошення.',
    signInFailed: 'Не вдалося увійти. Спробуйте ще раз або попросіть у коуча нове запрошення.',
    tryAgain: 'Не вдалося. Спробуйте ще раз.',
  },
  home: {
    hello: 'Привіт, {{name}}!',
    tilesLabel: 'Розділи застосунку',
    signOut: 'Вийти',
  },
  tiles: {
    plan: 'Мій план',
    schedule: 'Мій розклад',
    lessons: 'Мої уроки',
    messages: 'Повідомлення',
    'language-friend': 'Мій мовний друг',
    'my-data': 'Мої дані',
  },
};

export default uk;
