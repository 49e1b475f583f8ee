import type { ReactNode } from 'react';
import type { Participant } from '#shared/participants.ts';
import { SessionContext, useCurrentSession, type Ability } from '#web/auth/session-context.ts';

/** What changes a participant's record; the server answers each of these with 409 participant_merged once she is merged. */
const recordWrites: readonly Ability[] = [
  'participants.write',
  'participants.link',
  'participants.merge',
  'enrolments.write',
  'consents.write',
  'teams.write',
  'journal.write',
  'contacts.write',
  'assessments.write',
  'plans.write',
];

/**
 * The record's sections, without the abilities to change it when it has been merged, so that every section
 * hides its forms and buttons the way it does for a role that may only read. The merged notice above the
 * sections (outside this) keeps "Undo merge".
 */
export function ReadOnlyWhenMerged({
  participant,
  children,
}: {
  participant: Participant;
  children: ReactNode;
}) {
  const session = useCurrentSession();
  // Always the same element, so that a merge or an undo does not remount the section that is open.
  const value = participant.mergedInto
    ? { ...session, abilities: session.abilities.filter((a) => !recordWrites.includes(a as Ability)) }
    : session;
  return <SessionContext value={value}>{children}</SessionContext>;
}
