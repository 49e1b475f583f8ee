import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerFeedbackInput,
  CreateLessonInput,
  Lesson,
  LessonFeedback,
  LessonReport,
  UpdateLessonInput,
} from '#shared/lessons.ts';
import { api, isApiError, queryString, seg } from '#web/lib/api.ts';

export const lessonsKey = ['lessons'] as const;
export const lessonPath = (id: string) => `/api/lessons/${seg(id)}`;

export const useLessons = () =>
  useQuery({ queryKey: lessonsKey, queryFn: () => api.get<Lesson[]>('/api/lessons') });

export const useLesson = (id: string) =>
  useQuery({ queryKey: [...lessonsKey, id], queryFn: () => api.get<Lesson>(lessonPath(id)) });

export const useLessonReport = (id: string, activityId: string) =>
  useQuery({
    queryKey: [...lessonsKey, id, 'report', activityId],
    queryFn: () =>
      api.get<LessonReport>(
        `${lessonPath(id)}/report${queryString({ activityId: activityId || undefined })}`,
      ),
  });

/** Any change to a lesson: the lessons (and its report) are fetched again whether it worked or not. */
function useLessonChange<I, R>(call: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => queryClient.invalidateQueries({ queryKey: lessonsKey }),
  });
}

export const useCreateLesson = () =>
  useLessonChange((input: CreateLessonInput) => api.post<Lesson>('/api/lessons', input));

export const useUpdateLesson = (id: string) =>
  useLessonChange((input: UpdateLessonInput) => api.patch<Lesson>(lessonPath(id), input));

export const useLessonStatus = (id: string) =>
  useLessonChange(({ action, version }: { action: 'publish' | 'unpublish' | 'archive'; version: number }) =>
    api.post<Lesson>(`${lessonPath(id)}/${action}`, { version }),
  );

export const useUploadVideo = (id: string) =>
  useLessonChange(({ file, version }: { file: File; version: number }) =>
    api.put<Lesson>(`${lessonPath(id)}/video${queryString({ version })}`, file),
  );

export const useUploadSubtitles = (id: string) =>
  useLessonChange(({ file, language }: { file: File; language: string }) =>
    // The server checks the content; the browser may not know the .vtt type.
    api.put<Lesson>(`${lessonPath(id)}/subtitles/${seg(language)}`, new Blob([file], { type: 'text/vtt' })),
  );

export const useRemoveSubtitles = (id: string) =>
  useLessonChange((language: string) => api.delete<Lesson>(`${lessonPath(id)}/subtitles/${seg(language)}`));

export const useAnswerFeedback = (lessonId: string) =>
  useLessonChange(({ feedbackId, ...input }: AnswerFeedbackInput & { feedbackId: string }) =>
    api.post<LessonFeedback>(`${lessonPath(lessonId)}/feedback/${seg(feedbackId)}/answer`, input),
  );

export function currentOf<T>(error: unknown): T | null {
  if (!isApiError(error, 'version_conflict')) return null;
  return (error.problem as { current?: T }).current ?? null;
}
