import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LooseThreads } from '#shared/plans.ts';
import type { ThreadQuery } from './api.ts';
import { groupThreads, threadPath, threadSentence } from './thread-sentence.ts';

type Change = Partial<Record<'kind' | 'offset', string | number | undefined>>;
type Props = { threads: LooseThreads; query: ThreadQuery; linkTo: (change: Change) => string };

/**
 * The threads by kind: a heading with the kind's total, one linked sentence each, and where a kind has more
 * than one page, the way to read that kind alone, page by page.
 */
export function ThreadList({ threads, query, linkTo }: Props) {
  const { t, i18n } = useTranslation();
  if (threads.items.length === 0 && !query.kind) return <p>{t('looseThreads.none')}</p>;
  return (
    <>
      {query.kind && (
        <p>
          <Link to={linkTo({ kind: undefined, offset: undefined })}>{t('looseThreads.allKinds')}</Link>
        </p>
      )}
      {groupThreads(threads.items).map((group) => {
        const total = threads.counts[group.kind] ?? group.items.length;
        const from = query.kind ? query.offset + 1 : 1;
        const to = from + group.items.length - 1;
        return (
          <section
            key={group.kind}
            className="loose-threads__group"
            aria-labelledby={`threads-${group.kind}`}
          >
            <h2 id={`threads-${group.kind}`}>
              {t('looseThreads.kindHeading', { label: t(`looseThreads.kinds.${group.kind}`), count: total })}
            </h2>
            {total > group.items.length && (
              <p className="loose-threads__range">{t('looseThreads.range', { from, to, total })}</p>
            )}
            <ul className="loose-threads__list">
              {group.items.map((thread) => (
                <li key={`${thread.participantId}-${thread.stepId ?? thread.followUpId ?? ''}`}>
                  <Link to={threadPath(thread)}>
                    {t('looseThreads.item', {
                      name: `${thread.firstName} ${thread.lastName}`,
                      sentence: threadSentence(t, i18n.language, thread),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
            {total > group.items.length && !query.kind && (
              <p>
                <Link to={linkTo({ kind: group.kind, offset: 0 })}>
                  {t('looseThreads.showKind', { label: t(`looseThreads.kinds.${group.kind}`), total })}
                </Link>
              </p>
            )}
            {query.kind && (
              <nav className="loose-threads__pages" aria-label={t('looseThreads.pages')}>
                {from > 1 && (
                  <Link to={linkTo({ offset: Math.max(0, query.offset - query.perKind) })}>
                    {t('looseThreads.previous')}
                  </Link>
                )}
                {to < total && (
                  <Link to={linkTo({ offset: query.offset + query.perKind })}>{t('looseThreads.next')}</Link>
                )}
              </nav>
            )}
          </section>
        );
      })}
    </>
  );
}
