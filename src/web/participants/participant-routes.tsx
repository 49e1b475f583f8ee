import { Route, Routes, useParams } from 'react-router';
import { RequireAbility } from '#web/auth/require-ability.tsx';
import { NotFoundPage } from '#web/components/not-found-page.tsx';
import { ParticipantCreatePage } from './participant-create-page.tsx';
import { ParticipantEditPage } from './participant-edit-page.tsx';
import { ParticipantPage } from './participant-page.tsx';

/** /participants/new, /participants/:id and /participants/:id/edit, under the one route `/participants/:id/*`. */
export function ParticipantRoutes() {
  const id = useParams().id ?? '';
  if (id === 'new')
    return (
      <RequireAbility ability="participants.write">
        <ParticipantCreatePage />
      </RequireAbility>
    );
  return (
    <Routes>
      <Route index element={<ParticipantPage id={id} />} />
      <Route
        path="edit"
        element={
          <RequireAbility ability="participants.write">
            <ParticipantEditPage id={id} />
          </RequireAbility>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
