import type { Catalogue } from './sv.ts';

/** Tigrinya (Ge'ez script). Machine-drafted from the Swedish; not yet reviewed by a native speaker. */
const ti: Catalogue = {
  meta: { language: 'ti', reviewedByNativeSpeaker: false },
  app: {
    name: 'Rödtråd',
    home: 'መበገሲ',
    skip: 'ናብ ትሕዝቶ ኺድ',
    loading: 'ይጽዓን ኣሎ …',
    notFound: 'እዚ ገጽ የለን',
    failed: 'ክጽዓን ኣይከኣለን። እንደገና ፈትን።',
    retry: 'እንደገና ፈትን',
    back: 'ተመለስ',
  },
  language: {
    label: 'ቋንቋ',
    draftNote: 'ጽሑፋት ናይዚ ቋንቋ ገና ብወለዲ ተዛራቢ ኣይተመርመሩን።',
  },
  readAloud: { start: 'ብድምጺ ኣንብብ', stop: 'ምንባብ ኣቋርጽ' },
  offline: { saved: 'ዝተዓቀበ {{time}}። ካብኡ ንደሓር ተቐይሩ ክኸውን ይኽእል።' },
  signIn: {
    invitationTitle: 'ናብቲ ኣፕ እንቋዕ ብደሓን መጻእኩም',
    invitationLead: 'ኣብ ተሌፎንካ መፍትሕ ፍጠር። ብኣጻብዕ፡ ብገጽ ወይ ብኮድ ተሌፎን ትኣቱ፡ ብዘይ መሕለፊ ቃል።',
    createPasskey: 'መፍትሕ ፍጠርን እቶን',
    noPasskey: 'ኣብ ተሌፎንካ ኣይሰርሕን ድዩ? ሽዑ ብኤስኤምኤስ ኮድ ክትረክብ ትኽእል።',
    sendCode: 'ብኤስኤምኤስ ኮድ ስደድ',
    codeSent: 'ናብ ተሌፎንካ ኮድ ሰዲድና ({{to}})።',
    code: 'ኮድ (6 ቁጽሪ)',
    codeShape: 'እቶም 6 ቁጽርታት ናይቲ ኮድ ጸሓፍ።',
    codeWrong: 'እቲ ኮድ ቅኑዕ ኣይኮነን። እንደገና ፈትን።',
    signIn: 'እቶ',
    title: 'ናብቲ ኣፕ እቶ',
    lead: 'ብመፍትሕ ተሌፎንካ እቶ።',
    withPasskey: 'ብመፍትሕ እቶ',
    signedIn: 'ኣቲኻ ኣለኻ።',
    linkGone: 'እቲ ሊንክ ተጠቒሙሉ ወይ ግዜኡ ሓሊፉ። ካብ ኣሰልጣኒኻ ሓድሽ ሕተት።',
    linkUnknown: 'እቲ ሊንክ ኣይሰርሕን። ካብ ኣሰልጣኒኻ ሓድሽ ሕተት።',
    locked: 'ብዙሓት ጌጋ ኮዳት። ካብ ኣሰልጣኒኻ ሓድሽ ዕድመ ሕተት።',
    tooMany: 'ብዙሓት ኮዳት ተሰዲዶም። ካብ ኣሰልጣኒኻ ሓድሽ ዕድመ ሕተት።',
    signInFailed: 'ምእታው ኣይሰርሐን። እንደገና ፈትን ወይ ካብ ኣሰልጣኒኻ ሓድሽ ዕድመ ሕተት።',
    tryAgain: 'ኣይሰርሐን። እንደገና ፈትን።',
  },
  home: {
    hello: 'ሰላም {{name}}!',
    tilesLabel: 'ክፍልታት ናይቲ ኣፕ',
    signOut: 'ውጻእ',
  },
  tiles: {
    plan: 'ውጥነይ',
    schedule: 'መደበይ',
    lessons: 'ትምህርተይ',
    messages: 'መልእኽትታት',
    'language-friend': 'ናይ ቋንቋ መሓዛይ',
    'my-data': 'ሓበሬታይ',
  },
};

export default ti;
