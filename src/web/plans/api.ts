import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateStepInput, Plan } from '#shared/plans.ts';
import { api, seg } from '#web/lib/api.ts';

export const planKey = (participantId: string) => ['participants', participantId, 'plan'] as const;

export type GoalChange = {
  id: string;
  title?: string;
  domainKey?: string | null;
  status?: Plan['goals'][number]['status'];
  version: number;
};
export type StepChange = {
  id: string;
  title?: string;
  ownerUserId?: string | null;
  ownerIsParticipant?: boolean;
  dueOn?: string | null;
  status?: Plan['goals'][number]['steps'][number]['status'];
  version: number;
};

export const usePlan = (participantId: string) =>
  useQuery({
    queryKey: planKey(participantId),
    queryFn: () => api.get<Plan>(`/api/participants/${seg(participantId)}/plan`),
  });

/** Every change answers with the whole plan, which replaces the cached one; loose threads may change too. */
function usePlanChange<I>(participantId: string, call: (input: I) => Promise<Plan>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (plan) => {
      queryClient.setQueryData(planKey(participantId), plan);
      return queryClient.invalidateQueries({ queryKey: ['loose-threads'] });
    },
  });
}

export const useCreateGoal = (participantId: string) =>
  usePlanChange(participantId, (input: { title: string; domainKey: string | null }) =>
    api.post<Plan>(`/api/participants/${seg(participantId)}/plan/goals`, input),
  );

export const useUpdateGoal = (participantId: string) =>
  usePlanChange(participantId, ({ id, ...input }: GoalChange) =>
    api.patch<Plan>(`/api/plan-goals/${seg(id)}`, input),
  );

export const useCreateStep = (participantId: string) =>
  usePlanChange(participantId, ({ goalId, ...input }: CreateStepInput & { goalId: string }) =>
    api.post<Plan>(`/api/plan-goals/${seg(goalId)}/steps`, input),
  );

export const useUpdateStep = (participantId: string) =>
  usePlanChange(participantId, ({ id, ...input }: StepChange) =>
    api.patch<Plan>(`/api/plan-steps/${seg(id)}`, input),
  );
