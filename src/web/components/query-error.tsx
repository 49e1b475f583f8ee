import { useTranslation } from 'react-i18next';
import { problemMessage } from './form-errors.ts';
import { Notice } from './notice.tsx';

/** A failed read, with a way to try again. */
export function QueryError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Notice kind="warning">
      <p>{problemMessage(t, error)}</p>
      {retry && (
        <p>
          <button type="button" className="button-link" onClick={retry}>
            {t('common.retry')}
          </button>
        </p>
      )}
    </Notice>
  );
}
