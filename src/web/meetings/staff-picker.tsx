import { useTranslation } from 'react-i18next';
import type { Meeting } from '#shared/meetings.ts';
import type { teamRoles } from '#shared/teams.ts';
import { collator } from '#web/lib/format.ts';
import { useColleagues, useTeam } from '#web/teams/api.ts';

type Choice = { userId: string; name: string; teamRole?: (typeof teamRoles)[number] };
export type StaffChoices = { team: Choice[]; others: Choice[]; namesOf: (ids: string[]) => string };

/**
 * Whom a meeting can be booked with: the team around her first (in the team's order, the responsible coach
 * at the top), then the rest of the unit's staff by name. Someone already in the meeting who is no longer
 * among the unit's staff stays a choice, so changing the meeting does not drop her unasked.
 */
export function useStaffChoices(participantId: string, meeting?: Meeting): StaffChoices {
  const colleagues = useColleagues().data ?? [];
  const teamMembers = useTeam(participantId).data ?? [];
  const team: Choice[] = teamMembers.map((m) => ({ userId: m.userId, name: m.name, teamRole: m.teamRole }));
  const inTeam = new Set(team.map((m) => m.userId));
  const others: Choice[] = colleagues.filter((c) => !inTeam.has(c.userId));
  for (const s of meeting?.staff ?? []) {
    if (!inTeam.has(s.id) && !others.some((o) => o.userId === s.id))
      others.push({ userId: s.id, name: s.name });
  }
  others.sort((a, b) => collator.compare(a.name, b.name));
  const all = [...team, ...others];
  const namesOf = (ids: string[]) => ids.map((id) => all.find((c) => c.userId === id)?.name ?? id).join(', ');
  return { team, others, namesOf };
}

type Props = {
  form: string;
  choices: StaffChoices;
  selected: string[];
  onChange: (ids: string[]) => void;
  legend: string;
  error: string | undefined;
};

/** Checkboxes of staff in two groups, the legend focusable for the error summary. */
export function StaffPicker({ form, choices, selected, onChange, legend, error }: Props) {
  const { t } = useTranslation();
  const name = 'staffIds';
  const toggle = (userId: string, on: boolean) =>
    onChange(on ? [...selected, userId].sort() : selected.filter((id) => id !== userId));
  const group = (heading: string, id: string, items: Choice[]) =>
    items.length > 0 && (
      <div className="meeting-staff__group" role="group" aria-labelledby={`${form}-${id}`}>
        <p className="meeting-staff__heading" id={`${form}-${id}`}>
          {heading}
        </p>
        <div className="meeting-staff__grid">
          {items.map((c) => (
            <div className="checkbox" key={c.userId}>
              <input
                className="checkbox__input"
                type="checkbox"
                id={`${form}-staff-${c.userId}`}
                checked={selected.includes(c.userId)}
                onChange={(e) => toggle(c.userId, e.target.checked)}
              />
              <label className="checkbox__label" htmlFor={`${form}-staff-${c.userId}`}>
                {c.teamRole ? `${c.name} (${t(`team.roles.${c.teamRole}`)})` : c.name}
              </label>
            </div>
          ))}
        </div>
      </div>
    );
  return (
    <fieldset
      className="fieldset"
      aria-describedby={`${form}-${name}-hint${error ? ` ${form}-${name}-error` : ''}`}
    >
      <legend className="field__label" id={`${form}-${name}`} tabIndex={-1}>
        {legend}
      </legend>
      <p className="field__hint" id={`${form}-${name}-hint`}>
        {t('meetings.staffHint')}
      </p>
      {error && (
        <p className="field__error" id={`${form}-${name}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {group(t('meetings.staffTeam'), 'staff-team', choices.team)}
      {group(t('meetings.staffOthers'), 'staff-others', choices.others)}
    </fieldset>
  );
}
