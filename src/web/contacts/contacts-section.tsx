import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDateTime } from '#web/lib/format.ts';
import { LanguageName } from '#web/participants/language-name.tsx';
import { useContacts } from './api.ts';
import { ContactForm } from './contact-form.tsx';

/** Contacts with her: meetings, calls and visits, with interpreter and language. */
export function ContactsSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const contacts = useContacts(participantId);
  const canWrite = useAbility('contacts.write');
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('contacts.title')}</h2>
      {saved && <Notice kind="success">{t('contacts.saved')}</Notice>}
      {contacts.isPending && <Loading />}
      {contacts.error && <QueryError error={contacts.error} retry={() => void contacts.refetch()} />}
      {contacts.data?.length === 0 && <p>{t('contacts.empty')}</p>}
      {contacts.data && contacts.data.length > 0 && (
        <TableRegion labelledBy="contacts-caption">
          <table className="table">
            <caption id="contacts-caption">{t('contacts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contacts.when')}</th>
                <th scope="col">{t('contacts.kind')}</th>
                <th scope="col">{t('contacts.languageSupport')}</th>
                <th scope="col">{t('contacts.recordedBy')}</th>
                <th scope="col">{t('contacts.note')}</th>
              </tr>
            </thead>
            <tbody>
              {contacts.data.map((c) => (
                <tr key={c.id}>
                  <td className="table__nowrap">{formatDateTime(c.happenedAt, i18n.language)}</td>
                  <td>{t(`contacts.kinds.${c.kind}`)}</td>
                  <td>
                    {t(`contacts.supports.${c.languageSupport}`)}
                    {c.language && (
                      <>
                        {': '}
                        <LanguageName code={c.language} />
                      </>
                    )}
                  </td>
                  <td>{c.recordedByName}</td>
                  <td>{c.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {canWrite && <ContactForm participantId={participantId} onDone={() => setSaved(true)} />}
    </section>
  );
}
