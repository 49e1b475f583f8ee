import { useMutation } from '@tanstack/react-query';
import type { SetupInput } from '#shared/setup.ts';
import { api } from '#web/lib/api.ts';

export const useCompleteSetup = () =>
  useMutation({ mutationFn: (input: SetupInput) => api.post<void>('/api/setup', input) });
