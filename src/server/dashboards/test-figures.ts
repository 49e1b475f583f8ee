import { expect } from 'vitest';
import type { Figure } from '#shared/dashboards.ts';
import { as, type TestApp } from '#tests/app.ts';
import type { StaffSession } from '#tests/factories.ts';

/** The test fixture's period (test-fixture.ts) as a query. */
export const period = 'from=2026-01&to=2026-06';

/** Reads a figure over the fixture's period as one staff member, with more of a query after it. */
export const figureReader =
  (app: TestApp['app']) =>
  async (who: StaffSession, figure: string, query = ''): Promise<Figure> => {
    const res = await as(app, who).get(`/api/dashboards/${figure}?${period}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Figure;
  };

/** A figure's rows as { key: cells }, its total as `total`. */
export const table = (f: Figure) =>
  Object.fromEntries([...f.rows.map((r) => [r.key, r.cells]), ...(f.total ? [['total', f.total]] : [])]);
