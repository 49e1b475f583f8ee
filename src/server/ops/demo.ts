import { roles, isOrganisationRole, type Role } from '#shared/roles.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Db } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import { newId } from '../lib/ids.ts';
import { demoCaseFile } from './demo-case-file.ts';
import { demoConversations } from './demo-conversations.ts';
import { demoEmployers } from './demo-employers.ts';
import { demoLanguageFriends } from './demo-language-friends.ts';
import { demoMeetings } from './demo-meetings.ts';
import { demoMilestones } from './demo-milestones.ts';

/** One fixed TOTP secret for every demo account, so a newcomer adds it to an authenticator app once. */
export const demoTotpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const demoPassword = 'demo-rodtrad-2026';

const firstNames = [
  'Amina',
  'Hodan',
  'Yonas',
  'Olena',
  'Farid',
  'Selam',
  'Nasrin',
  'Ibrahim',
  'Meron',
  'Layla',
  'Dawit',
  'Zainab',
];
const lastNames = [
  'Ali',
  'Yusuf',
  'Tesfaye',
  'Kovalenko',
  'Rahimi',
  'Haile',
  'Ahmadi',
  'Warsame',
  'Berhane',
  'Hassan',
];

export type DemoAccount = { email: string; role: Role; unit: string | null };

/**
 * A fictional organisation with two municipalities, one staff account for each role, a few participants
 * with filled case files and a few employers, every name marked DEMO. Refuses to run twice.
 */
export async function loadDemo(db: Db): Promise<DemoAccount[]> {
  const exists = await db.query("select 1 from users where email like '%@demo.rodtrad.test' limit 1");
  if (exists.rows.length) throw new Error('The demo data set is already loaded.');
  const passwordHash = await hashPassword(demoPassword);
  const organisationId = newId();
  const units = [
    { id: newId(), name: 'DEMO Norrby kommun', slug: 'norrby' },
    { id: newId(), name: 'DEMO Söderås kommun', slug: 'soderas' },
  ];
  const accounts: DemoAccount[] = [];
  const staff = new Map<string, string>(); // role:unit slug → user id
  await db.transaction(async (tx) => {
    await tx.query('insert into organisations (id, name) values ($1, $2)', [
      organisationId,
      'DEMO Samordningsförbundet Mellanå',
    ]);
    for (const u of units) {
      await tx.query('insert into units (id, organisation_id, name) values ($1, $2, $3)', [
        u.id,
        organisationId,
        u.name,
      ]);
    }
    for (const role of roles) {
      for (const unit of isOrganisationRole(role) ? [null] : units) {
        const email = `${role.replace(/_/g, '-')}${unit ? `.${unit.slug}` : ''}@demo.rodtrad.test`;
        const userId = newId();
        await tx.query(
          `insert into users (id, organisation_id, email, name, password_hash, totp_secret, is_demo)
           values ($1, $2, $3, $4, $5, $6, true)`,
          [
            userId,
            organisationId,
            email,
            `DEMO ${role.replace(/_/g, ' ')}${unit ? ` (${unit.slug})` : ''}`,
            passwordHash,
            demoTotpSecret,
          ],
        );
        await tx.query(
          'insert into memberships (id, organisation_id, user_id, unit_id, role) values ($1, $2, $3, $4, $5)',
          [newId(), organisationId, userId, unit?.id ?? null, role],
        );
        accounts.push({ email, role, unit: unit?.name ?? null });
        staff.set(`${role}:${unit?.slug}`, userId);
      }
    }
    let n = 0;
    for (const unit of units) {
      for (let i = 0; i < 30; i++, n++) {
        await tx.query(
          `insert into participants (id, unit_id, first_name, last_name, birth_date) values ($1, $2, $3, $4, $5)`,
          [
            newId(),
            unit.id,
            firstNames[n % firstNames.length],
            `${lastNames[(n * 7) % lastNames.length]} (DEMO)`,
            `19${70 + (n % 30)}-0${1 + (n % 9)}-1${n % 9}`,
          ],
        );
      }
    }
    const programmeId = newId();
    await tx.query(
      `insert into programmes (id, organisation_id, name, funder, starts_on, ends_on)
       values ($1, $2, 'DEMO Vägen vidare', 'Europeiska socialfonden+', current_date - 400, current_date + 25)`,
      [programmeId, organisationId],
    );
    for (const unit of units) {
      await demoCaseFile(tx, {
        unitId: unit.id,
        programmeId,
        coachId: staff.get(`coach:${unit.slug}`)!,
        caseWorkerId: staff.get(`case_worker:${unit.slug}`)!,
        teacherId: staff.get(`teacher:${unit.slug}`)!,
      });
      await demoEmployers(tx, { unitId: unit.id, coachId: staff.get(`coach:${unit.slug}`)! });
      await demoMeetings(tx, {
        unitId: unit.id,
        coachId: staff.get(`coach:${unit.slug}`)!,
        caseWorkerId: staff.get(`case_worker:${unit.slug}`)!,
      });
      await demoLanguageFriends(tx, {
        unitId: unit.id,
        coordinatorId: staff.get(`volunteer_coordinator:${unit.slug}`)!,
        coachId: staff.get(`coach:${unit.slug}`)!,
      });
      await demoConversations(tx, { unitId: unit.id, coachId: staff.get(`coach:${unit.slug}`)! });
      await demoMilestones(tx, {
        unitId: unit.id,
        coachId: staff.get(`coach:${unit.slug}`)!,
        partnerId: staff.get(`partner:${unit.slug}`)!,
      });
    }
    await audit(
      tx,
      { db, requestId: 'demo', ip: 'cli' },
      { action: 'demo.loaded', organisationId, unitId: null },
    );
  });
  return accounts;
}
