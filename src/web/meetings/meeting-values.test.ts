import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { CreateMeetingInput, type Meeting } from '#shared/meetings.ts';
import { noErrors } from '#web/components/form-errors.ts';
import { meetingInput, meetingValues, onFormFields, timeAfter } from './meeting-values.ts';

const t = ((key: string) => key) as unknown as TFunction;
const staffId = '0190f0a0-0000-7000-8000-000000000001';
const filled = {
  ...meetingValues(undefined, [staffId]),
  date: '2027-07-01',
  startTime: '09:00',
  endTime: '10:30',
  title: 'Uppföljning',
};

describe('meeting form values', () => {
  it('places the wall-clock times in Stockholm, summer and winter', () => {
    expect(meetingInput(filled)).toMatchObject({
      startsAt: '2027-07-01T07:00:00.000Z',
      endsAt: '2027-07-01T08:30:00.000Z',
    });
    expect(meetingInput({ ...filled, date: '2027-01-14' }).startsAt).toBe('2027-01-14T08:00:00.000Z');
    expect(meetingInput({ ...filled, startTime: '' }).startsAt).toBe('');
  });

  it('sends a language only with an interpreter, and passes the shared contract', () => {
    expect(meetingInput({ ...filled, interpreterLanguage: 'ar' }).interpreterLanguage).toBeNull();
    const withInterpreter = meetingInput({ ...filled, interpreterNeeded: true, interpreterLanguage: 'ar' });
    expect(withInterpreter.interpreterLanguage).toBe('ar');
    expect(CreateMeetingInput.safeParse(withInterpreter).success).toBe(true);
    const noLanguage = CreateMeetingInput.safeParse(meetingInput({ ...filled, interpreterNeeded: true }));
    expect(noLanguage.error?.issues.map((i) => i.path)).toEqual([['interpreterLanguage']]);
  });

  it('reads a meeting back into the form in Stockholm time', () => {
    const meeting = {
      startsAt: '2027-01-14T08:00:00.000Z',
      endsAt: '2027-01-14T09:15:00.000Z',
      title: 'Uppföljning',
      agenda: null,
      place: 'Kontoret',
      onlineUrl: null,
      interpreterNeeded: true,
      interpreterLanguage: 'so',
      staff: [{ id: staffId, name: 'Karin' }],
    } as unknown as Meeting;
    expect(meetingValues(meeting)).toEqual({
      date: '2027-01-14',
      startTime: '09:00',
      endTime: '10:15',
      title: 'Uppföljning',
      agenda: '',
      place: 'Kontoret',
      onlineUrl: '',
      interpreterNeeded: true,
      interpreterLanguage: 'so',
      staffIds: [staffId],
    });
  });

  it('puts a timestamp’s error on the day or time field that needs it', () => {
    const errors = (fields: Record<string, string>, v = filled) =>
      onFormFields(t, { ...noErrors, fields }, v).fields;
    expect(errors({ startsAt: 'x' }, { ...filled, date: '' })).toEqual({ date: 'meetings.dateRequired' });
    expect(errors({ startsAt: 'x', endsAt: 'x' }, { ...filled, startTime: '' })).toEqual({
      startTime: 'meetings.startRequired',
    });
    expect(errors({ endsAt: 'x' })).toEqual({ endTime: 'meetings.endAfterStart' });
    expect(errors({ endsAt: 'x' }, { ...filled, endTime: '' })).toEqual({ endTime: 'meetings.endRequired' });
    expect(timeAfter('09:30', 60)).toBe('10:30');
    expect(timeAfter('23:30', 60)).toBe('23:59');
  });
});
