import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api.ts';

export const sessionKey = ['session'] as const;

/**
 * Client errors are not retried (they will not get better); a lost session anywhere sends the session query
 * to fetch again, and the session guard then routes to sign-in.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown, key?: readonly unknown[]) => {
    if (isApiError(error) && error.status === 401 && key?.[0] !== sessionKey[0]) {
      void client.invalidateQueries({ queryKey: sessionKey });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error) }),
    defaultOptions: {
      queries: {
        retry: (count, error) => !(isApiError(error) && error.status > 0 && error.status < 500) && count < 2,
        // Every read of personal data is audited: do not fetch again just because a window got focus.
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
