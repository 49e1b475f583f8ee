import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserInput, OneTimeLink, UpdateUserInput, User } from '#shared/users.ts';
import { api } from '#web/lib/api.ts';
import { sortBy } from '#web/lib/format.ts';

export const usersKey = ['users'] as const;
const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export const useUsers = (enabled = true) =>
  useQuery({
    queryKey: usersKey,
    queryFn: async () => sortBy(await api.get<User[]>('/api/users'), (u) => u.name),
    enabled,
  });

export const useUser = (id: string) =>
  useQuery({ queryKey: [...usersKey, id], queryFn: () => api.get<User>(userPath(id)) });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) =>
      api.post<{ user: User; activationLink: OneTimeLink }>('/api/users', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateUserInput) => api.patch<User>(userPath(id), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useResetLink(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resetTwoFactor: boolean) =>
      api.post<OneTimeLink>(`${userPath(id)}/reset-link`, { resetTwoFactor }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
