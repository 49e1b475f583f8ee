import { useI18n } from '../lib/i18n.tsx';
import { formatDateTime } from '../lib/format.ts';
import { Notice } from './page.tsx';

/** Shown when the page's data came from the phone's cache (offline): when it was saved, and that it may be old. */
export function SavedMark({ savedAt }: { savedAt: Date | null }) {
  const { t, language } = useI18n();
  if (!savedAt) return null;
  return <Notice kind="info">{t('offline.saved', { time: formatDateTime(savedAt, language) })}</Notice>;
}
