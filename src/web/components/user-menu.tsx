import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '#web/auth/api.ts';
import { useCurrentSession } from '#web/auth/session-context.ts';

/** The account disclosure: who is signed in, and signing out. Closes with Escape or a click elsewhere. */
export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useCurrentSession();
  const logout = useLogout();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        toggle.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const signOut = () =>
    logout.mutate(undefined, { onSettled: () => navigate('/login', { state: { notice: 'signedOut' } }) });

  return (
    <div className="user-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="user-menu__toggle"
        aria-expanded={open}
        aria-controls="user-menu-panel"
        aria-label={t('header.userMenu', { name: session.user.name })}
        onClick={() => setOpen((o) => !o)}
      >
        {session.user.name}
        <span className="user-menu__chevron" aria-hidden="true" />
      </button>
      <div className="user-menu__panel" id="user-menu-panel" hidden={!open}>
        <p className="user-menu__email">{t('header.signedInAs', { email: session.user.email })}</p>
        <p className="user-menu__organisation">{session.organisation.name}</p>
        <button type="button" className="button button--secondary button--small" onClick={signOut}>
          {t('header.signOut')}
        </button>
      </div>
    </div>
  );
}
