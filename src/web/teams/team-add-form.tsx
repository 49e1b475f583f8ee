import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AddTeamMemberInput, teamRoles, type TeamMember } from '#shared/teams.ts';
import { useActiveRole, useCurrentSession } from '#web/auth/session-context.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { useAddTeamMember, useColleagues } from './api.ts';

const form = 'team-add';

type Props = { participantId: string; team: TeamMember[]; onAdded: (name: string) => void };

/** Adds a colleague of the unit, or oneself, to her arbetslag. */
export function TeamAddForm({ participantId, team, onAdded }: Props) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const role = useActiveRole();
  const colleagues = useColleagues();
  const add = useAddTeamMember(participantId);
  const ownRole = teamRoles.find((r) => r === role) ?? 'other';
  const [userId, setUserId] = useState('');
  const [teamRole, setTeamRole] = useState<string>(ownRole);
  const [responsible, setResponsible] = useState(false);
  const [errors, setErrors] = useState(noErrors);
  const inTeam = new Set(team.map((m) => m.userId));
  const choices = (colleagues.data ?? []).filter((c) => !inTeam.has(c.userId));
  const labels = { userId: t('team.colleague'), teamRole: t('team.teamRole') };
  const overrides = { fields: { userId: t('team.chooseColleague') } };

  const send = (who: string, name: string) => {
    const parsed = AddTeamMemberInput.safeParse({ userId: who, teamRole, responsible });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    add.mutate(parsed.data, {
      onSuccess: () => {
        setUserId('');
        setResponsible(false);
        onAdded(name);
      },
      onError: (error) => setErrors(errorsFromProblem(t, error, overrides)),
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(userId, choices.find((c) => c.userId === userId)?.name ?? '');
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h3 className="panel__title" id={`${form}-title`}>
        {t('team.addTitle')}
      </h3>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          form={form}
          name="teamRole"
          label={labels.teamRole}
          value={teamRole}
          onChange={(e) => setTeamRole(e.target.value)}
          error={errors.fields.teamRole}
        >
          {teamRoles.map((r) => (
            <option key={r} value={r}>
              {t(`team.roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          form={form}
          name="responsible"
          label={t('team.responsibleLabel')}
          hint={t('team.responsibleHint')}
          checked={responsible}
          onChange={(e) => setResponsible(e.target.checked)}
        />
        {!inTeam.has(session.user.id) && (
          <p>
            <button
              type="button"
              className="button button--secondary"
              disabled={add.isPending}
              onClick={() => send(session.user.id, session.user.name)}
            >
              {t('team.addMe')}
            </button>
          </p>
        )}
        {colleagues.data && choices.length > 0 && (
          <>
            <SelectField
              form={form}
              name="userId"
              label={labels.userId}
              value={userId}
              onChange={(e) => setUserId(e.target.value)}
              error={errors.fields.userId}
            >
              <option value="">{t('team.chooseColleague')}</option>
              {choices.map((c) => (
                <option key={c.userId} value={c.userId}>
                  {c.name}
                </option>
              ))}
            </SelectField>
            <button className="button" type="submit" disabled={add.isPending}>
              {add.isPending ? t('form.sending') : t('team.add')}
            </button>
          </>
        )}
        {colleagues.error && <p className="field__hint">{t('team.noColleagues')}</p>}
      </form>
    </section>
  );
}
