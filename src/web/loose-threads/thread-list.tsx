import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LooseThread } from '#shared/plans.ts';
import { groupThreads, threadPath, threadSentence } from './thread-sentence.ts';

/** The threads by kind: a heading with the count, then one linked sentence each. */
export function ThreadList({ threads }: { threads: readonly LooseThread[] }) {
  const { t, i18n } = useTranslation();
  if (threads.length === 0) return <p>{t('looseThreads.none')}</p>;
  return (
    <>
      {groupThreads(threads).map((group) => (
        <section key={group.kind} className="loose-threads__group" aria-labelledby={`threads-${group.kind}`}>
          <h2 id={`threads-${group.kind}`}>
            {t('looseThreads.kindHeading', {
              label: t(`looseThreads.kinds.${group.kind}`),
              count: group.items.length,
            })}
          </h2>
          <ul className="loose-threads__list">
            {group.items.map((thread) => (
              <li key={`${thread.participantId}-${thread.stepId ?? ''}`}>
                <Link to={threadPath(thread)}>
                  {t('looseThreads.item', {
                    name: `${thread.firstName} ${thread.lastName}`,
                    sentence: threadSentence(t, i18n.language, thread),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
