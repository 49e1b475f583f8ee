import type { Catalogue } from './sv.ts';

/** Somali. Machine-drafted from the Swedish; not yet reviewed by a native speaker. */
const so: Catalogue = {
  meta: { language: 'so', reviewedByNativeSpeaker: false },
  app: {
    name: 'Rödtråd',
    home: 'Bogga hore',
    skip: 'U gudub qoraalka',
    loading: 'Waa la soo rarayaa …',
    notFound: 'Boggan ma jiro',
    failed: 'Lama soo qaadi karin. Isku day mar kale.',
    retry: 'Isku day mar kale',
    back: 'Dib u noqo',
  },
  language: {
    label: 'Luqadda',
    draftNote: 'Qoraallada luqaddan weli ma hubin qof luqaddu hooyo u tahay.',
  },
  readAloud: { start: 'Kor u akhri', stop: 'Jooji akhriska' },
  offline: { saved: 'La kaydiyay {{time}}. Waxaa laga yaabaa inuu isbeddelay tan iyo markaas.' },
  signIn: {
    invitationTitle: 'Ku soo dhawoow app-ka',
    invitationLead:
      'Samee fure taleefankaaga. Waxaad ku gashaa faraha, wajiga ama koodka taleefanka, erey sir ah la’aan.',
    createPasskey: 'Samee fure oo gal',
    noPasskey: 'Miyaanay ku shaqayn taleefankaaga? Markaas waxaad heli kartaa kood SMS ah.',
    sendCode: 'Ii soo dir kood SMS ah',
    codeSent: 'Waxaan kood u dirnay taleefankaaga ({{to}}).',
    code: 'Koodka (6 lambar)',
    codeShape: 'Qor 6-da lambar ee koodka.',
    codeWrong: 'Koodku sax maaha. Isku day mar kale.',
    signIn: 'Gal',
    title: 'Gal app-ka',
    lead: 'Ku gal furaha taleefankaaga.',
    withPasskey: 'Ku gal fure',
    signedIn: 'Waad gashay.',
    linkGone: 'Xiriirka waa la isticmaalay ama wuu dhacay. Weydii tababarahaaga mid cusub.',
    linkUnknown: 'Xiriirku ma shaqeynayo. Weydii tababarahaaga mid cusub.',
    locked: 'Koodh khaldan oo badan. Weydii tababarahaaga casuumaad cusub.',
    tooMany: 'Koodh badan ayaa la diray. Weydii tababarahaaga casuumaad cusub.',
    signInFailed: 'Gelitaanku ma shaqeyn. Isku day mar kale ama weydii tababarahaaga casuumaad cusub.',
    tryAgain: 'Ma shaqeyn. Isku day mar kale.',
  },
  home: {
    hello: 'Salaan {{name}}!',
    tilesLabel: 'Qaybaha app-ka',
    signOut: 'Ka bax',
  },
  tiles: {
    plan: 'Qorshahayga',
    schedule: 'Jadwalkayga',
    lessons: 'Casharradayda',
    messages: 'Fariimaha',
    'language-friend': 'Saaxiibkayga luqadda',
    'my-data': 'Xogtayda',
  },
};

export default so;
