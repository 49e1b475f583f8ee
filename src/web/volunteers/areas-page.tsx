import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { noErrors } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formErrors } from '#web/placements/placement-errors.ts';
import { useAreas, useCreateArea, useUpdateArea } from './api.ts';
import { fieldKey } from './register-values.ts';

/** The unit's areas (districts) with the coordinates of their centre, kept by the coordinator or manager. */
export function AreasPage() {
  const { t } = useTranslation();
  const areas = useAreas();
  const create = useCreateArea();
  const update = useUpdateArea();
  const [values, setValues] = useState({ name: '', lat: '', lon: '' });
  const [errors, setErrors] = useState(noErrors);
  const [added, setAdded] = useState<string | null>(null);
  const a = (key: string) => t(`languageFriends.areas.${key}` as 'languageFriends.areas.name');
  const labels = { name: a('name'), lat: a('lat'), lon: a('lon') };
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

  const send = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    create.mutate(
      { name: values.name, lat: number(values.lat), lon: number(values.lon) },
      {
        onSuccess: (area) => {
          setErrors(noErrors);
          setAdded(area.name);
          setValues({ name: '', lat: '', lon: '' });
        },
        onError: (error) => setErrors(formErrors(t, error, fieldKey)),
      },
    );
  };

  return (
    <Page title={a('title')} lead={a('lead')}>
      <p>
        <Link to="/volunteers">{t('languageFriends.volunteer.back')}</Link>
      </p>
      {areas.isPending && <Loading />}
      {areas.error && <QueryError error={areas.error} retry={() => void areas.refetch()} />}
      {areas.data && areas.data.length === 0 && <p>{a('empty')}</p>}
      {areas.data && areas.data.length > 0 && (
        <TableRegion labelledBy="areas-caption">
          <table className="table">
            <caption id="areas-caption">{a('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{a('name')}</th>
                <th scope="col">{a('lat')}</th>
                <th scope="col">{a('lon')}</th>
                <th scope="col">{a('active')}</th>
              </tr>
            </thead>
            <tbody>
              {areas.data.map((area) => (
                <tr key={area.id}>
                  <td>{area.name}</td>
                  <td>{area.lat}</td>
                  <td>{area.lon}</td>
                  <td>
                    {area.active ? a('active') : a('inactive')}{' '}
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={update.isPending}
                      onClick={() =>
                        update.mutate({ id: area.id, version: area.version, active: !area.active })
                      }
                    >
                      {t(`languageFriends.areas.${area.active ? 'deactivate' : 'activate'}`, {
                        name: area.name,
                      })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <h2>{a('add')}</h2>
      {added && <Notice kind="success">{t('languageFriends.areas.added', { name: added })}</Notice>}
      <ErrorSummary form="area" errors={errors} labels={labels} />
      <form className="form" onSubmit={send} noValidate>
        <TextField
          form="area"
          name="name"
          label={labels.name}
          value={values.name}
          onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
          error={errors.fields.name}
        />
        <TextField
          form="area"
          name="lat"
          label={labels.lat}
          inputMode="decimal"
          width="medium"
          value={values.lat}
          onChange={(e) => setValues((v) => ({ ...v, lat: e.target.value }))}
          error={errors.fields.lat}
        />
        <TextField
          form="area"
          name="lon"
          label={labels.lon}
          inputMode="decimal"
          width="medium"
          value={values.lon}
          onChange={(e) => setValues((v) => ({ ...v, lon: e.target.value }))}
          error={errors.fields.lon}
        />
        <button className="button" type="submit" disabled={create.isPending}>
          {a('add')}
        </button>
      </form>
    </Page>
  );
}
