import { useCallback, useEffect, useState } from 'react';
import { api } from './api.ts';

export type ApiState<T> = {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Set when the answer came from the offline cache: when it was saved. */
  savedAt: Date | null;
  reload: () => void;
};

type Result<T> = { key: string; data?: T; error?: unknown; savedAt: Date | null };

/** GET `path` when it changes (null: nothing to load), with a reload after a change. */
export function useApi<T>(path: string | null): ApiState<T> {
  const [round, setRound] = useState(0);
  const [result, setResult] = useState<Result<T> | null>(null);
  const key = `${round}:${path}`;
  useEffect(() => {
    if (path === null) return;
    let live = true;
    api.fetch<T>(path).then(
      ({ data, savedAt }) => live && setResult({ key, data, savedAt }),
      (error: unknown) => live && setResult({ key, error, savedAt: null }),
    );
    return () => {
      live = false;
    };
  }, [path, key]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  // While a reload runs the last answer stays on screen.
  return {
    data: result?.data,
    error: result?.key === key ? (result.error ?? null) : null,
    loading: path !== null && result?.key !== key,
    savedAt: result?.savedAt ?? null,
    reload,
  };
}
