import { luhnCheckDigit } from '#shared/identity-number.ts';
import type { Queryable } from '../db/types.ts';
import { newId } from '../lib/ids.ts';

/** A fictional organisation number with a correct check digit, from nine made-up digits. */
const orgNumber = (nine: string) => `${nine}${luhnCheckDigit(nine)}`;

const employers = [
  {
    name: 'DEMO Bageriet i Mellanå AB',
    number: orgNumber('559900001'),
    sni: '10710',
    industry: 'Bageri',
    offers: ['study_visit', 'internship'],
    contact: { name: 'DEMO Karin Lind', title: 'Butikschef', phone: '010-000 00 01', language: null },
  },
  {
    name: 'DEMO Omsorgshuset Ek',
    number: orgNumber('802500002'),
    sni: '87',
    industry: 'Äldreomsorg',
    offers: ['job_shadowing', 'internship', 'job'],
    contact: { name: 'DEMO Samir Haddad', title: 'Enhetschef', phone: '010-000 00 02', language: 'ar' },
  },
  {
    name: 'DEMO Bygg & Måleri HB',
    number: orgNumber('969700003'),
    sni: '43341',
    industry: 'Måleri',
    offers: ['job'],
    contact: { name: 'DEMO Olle Berg', title: 'Delägare', phone: '010-000 00 03', language: null },
  },
  // A foreign employer without a Swedish organisation number.
  {
    name: 'DEMO Nordic Logistics GmbH',
    number: null,
    sni: '52',
    industry: 'Lager och logistik',
    offers: ['study_visit'],
    contact: { name: 'DEMO Anna Weber', title: 'HR', phone: null, language: 'en' },
  },
];

/** A few fictional employers in a demo unit, so the register has something to search and filter. */
export async function demoEmployers(
  tx: Queryable,
  input: { unitId: string; coachId: string },
): Promise<void> {
  for (const e of employers) {
    await tx.query(
      `insert into employers (id, unit_id, name, organisation_number, sni_code, industry, addresses, contacts,
         notes, offers, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        newId(),
        input.unitId,
        e.name,
        e.number,
        e.sni,
        e.industry,
        JSON.stringify([{ kind: 'visiting', street: 'Demogatan 1', postalCode: '12345', city: 'Mellanå' }]),
        JSON.stringify([{ ...e.contact, email: null }]),
        'DEMO: fiktiv arbetsgivare.',
        e.offers,
        input.coachId,
      ],
    );
  }
}
