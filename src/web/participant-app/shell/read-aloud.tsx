import { useEffect, useState } from 'react';
import { useI18n } from '../lib/i18n.tsx';

/** A voice of the device for `lang` (its primary subtag), or none. */
function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  return speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang);
}

/** The page's text to read: its `[data-read]` part, without what is marked `data-no-read` (buttons, say). */
export function readableText(root: ParentNode = document): string {
  const part = root.querySelector<HTMLElement>('[data-read]');
  if (!part) return '';
  const copy = part.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[data-no-read], button, select, svg').forEach((node) => node.remove());
  return (copy.innerText || copy.textContent || '').replace(/\s+/g, ' ').trim();
}

/**
 * Reads the page aloud in the app's language with the browser's speech synthesis. Shown only where the
 * device has a voice for that language (voices may arrive after the page; `voiceschanged` says so).
 */
export function ReadAloud() {
  const { t, language } = useI18n();
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(() => voiceFor(language.speech));
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setVoice(voiceFor(language.speech));
    update();
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update);
      speechSynthesis.cancel();
      setSpeaking(false);
    };
  }, [language.speech]);
  if (!voice) return null;
  const toggle = () => {
    if (speaking) {
      speechSynthesis.cancel();
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(readableText());
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    speechSynthesis.speak(utterance);
  };
  return (
    <button type="button" className="p-button p-button--quiet" aria-pressed={speaking} onClick={toggle}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="p-icon-small">
        <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
        <path
          d="M16 8a5 5 0 0 1 0 8M18.5 5.5a9 9 0 0 1 0 13"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        />
      </svg>
      {speaking ? t('readAloud.stop') : t('readAloud.start')}
    </button>
  );
}
