import { useEffect, useState } from 'react';
import { features, tileOrder, type AppPage, type TileKey } from '../features.ts';
import { Icon } from '../icons/icons.tsx';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/me.tsx';
import { onLinkClick } from '../lib/router.ts';
import { Notice, Page } from '../shell/page.tsx';

/** The tiles with a page behind them, in the fixed order: one big picture and word for each place. */
function tiles(): { key: TileKey; path: string; badge: AppPage['badge'] }[] {
  const pages = features.flatMap((f) => f.pages);
  return tileOrder.flatMap((key) => {
    const page = pages.find((p) => p.tile === key);
    return page ? [{ key, path: page.path, badge: page.badge }] : [];
  });
}

/** A tile's count (unread messages, say), in words; nothing while loading, at zero or when it fails. */
function TileBadge({ badge }: { badge: NonNullable<AppPage['badge']> }) {
  const t = useT();
  const [count, setCount] = useState(0);
  useEffect(() => {
    let live = true;
    badge.count().then(
      (n) => live && setCount(n),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [badge]);
  return count > 0 ? <span className="p-tile__badge">{t(badge.label, { count })}</span> : null;
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
                {tile.badge && <TileBadge badge={tile.badge} />}
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
