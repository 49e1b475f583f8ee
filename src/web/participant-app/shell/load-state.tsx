import { useT } from '../lib/i18n.tsx';
import type { ApiState } from '../lib/use-api.ts';
import { Notice } from './page.tsx';
import { SavedMark } from './saved-mark.tsx';

/** While loading, after a failure (with a retry), and "saved <time>" when the answer came from the cache. */
export function LoadState({ state }: { state: ApiState<unknown> }) {
  const t = useT();
  if (state.error)
    return (
      <Notice kind="warning">
        {t('app.failed')}{' '}
        <button type="button" className="p-button p-button--secondary" onClick={state.reload} data-no-read>
          {t('app.retry')}
        </button>
      </Notice>
    );
  if (state.loading && state.data === undefined)
    return (
      <p className="p-loading" role="status">
        {t('app.loading')}
      </p>
    );
  return <SavedMark savedAt={state.savedAt} />;
}

/** A place as a link to OpenStreetMap's search, so her phone's map can show the way. */
export function MapLink({ place }: { place: string }) {
  const t = useT();
  return (
    <a
      className="p-link-button"
      href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(place)}`}
      target="_blank"
      rel="noopener noreferrer"
    >
      {t('app.mapOf', { place })}
    </a>
  );
}
