import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Conversation,
  ConversationMessage,
  NewConversationMessage,
  UnreadCount,
} from '#shared/conversations.ts';
import { api, seg } from '#web/lib/api.ts';

export const conversationKey = (participantId: string) =>
  ['participants', participantId, 'conversation'] as const;
const path = (participantId: string) => `/api/participants/${seg(participantId)}/conversation`;

/** Her thread. Fetching it marks her messages read by the team, so the unread badge is fetched again. */
export function useConversation(participantId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: conversationKey(participantId),
    queryFn: async () => {
      const thread = await api.get<Conversation>(path(participantId));
      if (thread.newCount > 0)
        queryClient.setQueryData<UnreadCount>([...conversationKey(participantId), 'unread'], { unread: 0 });
      return thread;
    },
    // Fetched again when the window regains focus (TanStack's default), not on a timer: each read is audited.
  });
}

export const useUnreadFromHer = (participantId: string, enabled = true) =>
  useQuery({
    queryKey: [...conversationKey(participantId), 'unread'],
    queryFn: () => api.get<UnreadCount>(`${path(participantId)}/unread`),
    enabled,
  });

export function useSendMessage(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewConversationMessage) =>
      api.post<ConversationMessage>(`${path(participantId)}/messages`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: conversationKey(participantId), exact: true }),
  });
}
