import { useState } from 'react';
import type { Fields } from './changed-fields.ts';
import { noErrors, type FormErrors } from './form-errors.ts';
import { useConflict } from './use-conflict.ts';

type Options<R, V extends Fields> = {
  /** The record to change; undefined when the form creates one. */
  record: R;
  /** The form's values for a record (empty ones without). */
  valuesOf: (record: R) => V;
  /** Fetches the record as it is now, after a version conflict. */
  latest: () => Promise<NonNullable<R> | null | undefined>;
};

/**
 * A form's values and errors, with the version it edits and what to do when someone else saved first:
 * `failed` for the save's onError, `notice` for the ConflictNotice.
 */
export function useVersionedForm<R extends { version: number } | undefined, V extends Fields>({
  record,
  valuesOf,
  latest,
}: Options<R, V>) {
  const [values, setValues] = useState(() => valuesOf(record));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const versioned = useConflict({ record, fieldsOf: valuesOf, latest });
  const { conflict } = versioned;

  /** `problemErrors` turns any other failure into form errors; `current` is the record if the 409 sent it. */
  const failed = (
    error: unknown,
    problemErrors: (error: unknown) => FormErrors,
    current?: NonNullable<R> | null,
  ) => {
    if (versioned.caught(error, values, current)) setErrors(noErrors);
    else setErrors(problemErrors(error));
  };

  /** Before a save: the old errors and the conflict notice go. */
  const saving = () => {
    setErrors(noErrors);
    versioned.clear();
  };

  const notice = {
    conflict,
    onLoad: () => {
      const theirs = versioned.load();
      if (theirs) setValues(valuesOf(theirs));
    },
    onUse: (field: keyof V & string) => {
      if (conflict?.phase !== 'loaded') return;
      setValues((v) => ({ ...v, [field]: conflict.yours[field] }));
      versioned.used(field);
    },
  };

  return { values, setValues, errors, setErrors, base: versioned.base, failed, saving, notice };
}
