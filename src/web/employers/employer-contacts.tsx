import { useTranslation } from 'react-i18next';
import type { Employer } from '#shared/employers.ts';
import { TableRegion } from '#web/components/table-region.tsx';
import { localName } from '#web/participants/languages.ts';

/** Whom to call at the employer, as a table. */
export function EmployerContacts({ employer }: { employer: Employer }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="employer-contacts-title">
      <h2 id="employer-contacts-title">{t('employers.contactsTitle')}</h2>
      {employer.contacts.length === 0 ? (
        <p>{t('employers.noContacts')}</p>
      ) : (
        <TableRegion labelledBy="employer-contacts-caption">
          <table className="table">
            <caption id="employer-contacts-caption" className="visually-hidden">
              {t('employers.contactsCaption', { name: employer.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('employers.contact.name')}</th>
                <th scope="col">{t('employers.contact.title')}</th>
                <th scope="col">{t('employers.contact.phone')}</th>
                <th scope="col">{t('employers.contact.email')}</th>
                <th scope="col">{t('employers.contact.language')}</th>
              </tr>
            </thead>
            <tbody>
              {employer.contacts.map((c, i) => (
                <tr key={i}>
                  <th scope="row">{c.name}</th>
                  <td>{c.title ?? '–'}</td>
                  <td className="table__nowrap">
                    {c.phone ? <a href={`tel:${c.phone.replace(/[^+0-9]/g, '')}`}>{c.phone}</a> : '–'}
                  </td>
                  <td>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : '–'}</td>
                  <td>{c.language ? localName(c.language, i18n.language) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
