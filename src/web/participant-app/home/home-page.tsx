import { features, tileOrder, type TileKey } from '../features.ts';
import { Icon } from '../icons/icons.tsx';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/me.tsx';
import { onLinkClick } from '../lib/router.ts';
import { Notice, Page } from '../shell/page.tsx';

/** The tiles with a page behind them, in the fixed order: one big picture and word for each place. */
function tiles(): { key: TileKey; path: string }[] {
  const pages = features.flatMap((f) => f.pages);
  return tileOrder.flatMap((key) => {
    const page = pages.find((p) => p.tile === key);
    return page ? [{ key, path: page.path }] : [];
  });
}

export default function HomePage() {
  const t = useT();
  const { me, signOut, justSignedIn } = useSession();
  return (
    <Page title={t('home.hello', { name: me.firstName })}>
      {justSignedIn && <Notice kind="success">{t('signIn.signedIn')}</Notice>}
      <nav aria-label={t('home.tilesLabel')}>
        <ul className="p-tiles">
          {tiles().map((tile) => (
            <li key={tile.key}>
              <a className="p-tile" href={tile.path} onClick={(e) => onLinkClick(e, tile.path)}>
                <Icon name={tile.key} />
                <span>{t(`tiles.${tile.key}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="p-actions" data-no-read>
        <button type="button" className="p-button p-button--secondary" onClick={() => void signOut()}>
          {t('home.signOut')}
        </button>
      </p>
    </Page>
  );
}
