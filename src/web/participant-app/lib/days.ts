/** The Stockholm day (yyyy-mm-dd) of an instant. */
const dayKey = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
export const stockholmDay = (at: Date | string): string => dayKey.format(new Date(at));

export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
