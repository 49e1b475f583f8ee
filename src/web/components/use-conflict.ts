import { useRef, useState } from 'react';
import { isApiError } from '#web/lib/api.ts';
import { conflictFields, type Fields } from './changed-fields.ts';

/** What the conflict notice shows, in three steps: fetching the current version, comparing, loaded. */
export type Conflict<V extends Fields> =
  | { phase: 'checking' }
  /** `theirs` is null when the current version could not be fetched. */
  | { phase: 'found'; theirs: V | null; changed: (keyof V & string)[] }
  /** Their version is in the form; `mine` is what the user typed that it does not hold, `used` what is back. */
  | { phase: 'loaded'; yours: V; mine: (keyof V & string)[]; used: (keyof V & string)[] };

type Options<R, V extends Fields> = {
  /** The record the form was filled from; undefined when the form creates, and nothing can conflict. */
  record: R;
  /** The record as the form's values (the same shape the form sends its conflict snapshot in). */
  fieldsOf: (record: R) => V;
  /** Fetches the record as it is now; a failed fetch rejects (call refetch with throwOnError). */
  latest: () => Promise<NonNullable<R> | null | undefined>;
};

type State<R, V extends Fields> =
  | { phase: 'checking'; yours: V }
  | { phase: 'found'; yours: V; theirs: NonNullable<R> | null }
  | { phase: 'loaded'; yours: V; mine: (keyof V & string)[]; used: (keyof V & string)[] };

/**
 * Optimistic concurrency in a form. It keeps the version the form was filled from (so a background refetch
 * never moves it silently), and after a 409 `version_conflict` finds what someone else changed, loads their
 * version on request, and keeps what the user typed so she can bring it back field by field.
 */
export function useConflict<R extends { version: number } | undefined, V extends Fields>({
  record,
  fieldsOf,
  latest,
}: Options<R, V>) {
  const [base, setBase] = useState(record);
  const [state, setState] = useState<State<R, V> | null>(null);
  const attempt = useRef(0);

  const fetchTheirs = (yours: V, given?: NonNullable<R> | null) => {
    const id = ++attempt.current;
    const settle = (theirs: NonNullable<R> | null | undefined) => {
      if (id === attempt.current) setState({ phase: 'found', yours, theirs: theirs ?? null });
    };
    setState({ phase: 'checking', yours });
    if (given) settle(given);
    else latest().then(settle, () => settle(null));
  };

  /**
   * For a save's onError: true when the error was a version conflict, which the notice now explains.
   * `yours` is the form's values as they were sent; `current` the record if the 409 carried it.
   */
  const caught = (error: unknown, yours: V, current?: NonNullable<R> | null): boolean => {
    if (!base || !isApiError(error, 'version_conflict')) return false;
    fetchTheirs(yours, current);
    return true;
  };

  /** Their version becomes the one the form edits; answers it, for the form to refill its fields. */
  const load = (): NonNullable<R> | null => {
    if (state?.phase !== 'found' || !base) return null;
    if (!state.theirs) {
      fetchTheirs(state.yours);
      return null;
    }
    const theirs = state.theirs;
    setBase(theirs);
    setState({
      phase: 'loaded',
      yours: state.yours,
      mine: conflictFields(fieldsOf(base), state.yours, fieldsOf(theirs)).yours,
      used: [],
    });
    return theirs;
  };

  /** One of the user's values is back in the form. */
  const used = (field: keyof V & string) => {
    if (state?.phase === 'loaded') setState({ ...state, used: [...state.used, field] });
  };

  const clear = () => {
    attempt.current++;
    setState(null);
  };

  let conflict: Conflict<V> | null = null;
  if (state?.phase === 'checking') conflict = { phase: 'checking' };
  else if (state?.phase === 'found') {
    const theirs = state.theirs && base ? fieldsOf(state.theirs) : null;
    conflict = {
      phase: 'found',
      theirs,
      changed: theirs && base ? conflictFields(fieldsOf(base), state.yours, theirs).theirs : [],
    };
  } else if (state?.phase === 'loaded') conflict = state;

  return { base, conflict, caught, load, used, clear };
}
