import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSwitchMembership } from '#web/auth/api.ts';
import { membershipLabel } from '#web/auth/membership-label.ts';
import { useCurrentSession } from '#web/auth/session-context.ts';
import { problemMessage } from './form-errors.ts';

/**
 * Someone with several roles (say coach in one municipality, teacher in another) works as one at a time.
 * A select plus a button, not a select that acts on change: changing context must be the person's decision.
 */
export function UnitSwitcher() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const switcher = useSwitchMembership();
  const [selected, setSelected] = useState(session.activeMembershipId);
  const [status, setStatus] = useState('');
  const active = session.memberships.find((m) => m.id === session.activeMembershipId);

  if (session.memberships.length < 2) {
    return <p className="unit-switcher__current">{active ? membershipLabel(t, active) : null}</p>;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected === session.activeMembershipId) return;
    switcher.mutate(selected, {
      onSuccess: (next) => {
        const now = next.memberships.find((m) => m.id === next.activeMembershipId);
        setStatus(now ? t('header.switched', { membership: membershipLabel(t, now) }) : '');
      },
      onError: (error) => setStatus(problemMessage(t, error)),
    });
  };

  return (
    <form className="unit-switcher" onSubmit={submit}>
      <label className="unit-switcher__label" htmlFor="unit-switcher">
        {t('header.switcherLabel')}
      </label>
      <div className="unit-switcher__controls">
        <select
          id="unit-switcher"
          className="select"
          value={selected}
          onChange={(e) => setSelected(e.target.value)}
        >
          {session.memberships.map((m) => (
            <option key={m.id} value={m.id}>
              {membershipLabel(t, m)}
            </option>
          ))}
        </select>
        <button
          className="button button--secondary button--small"
          type="submit"
          disabled={switcher.isPending}
        >
          {t('header.switch')}
        </button>
      </div>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </form>
  );
}
