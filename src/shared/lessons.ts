import { z } from 'zod';
import { Id, Text, Timestamp, Version } from './common.ts';
import { LanguageCode } from './participants.ts';

/** A lesson is drafted, published (participants see it) or unpublished back to draft, and archived. */
export const lessonStatuses = ['draft', 'published', 'archived'] as const;
export type LessonStatus = (typeof lessonStatuses)[number];

export {
  maxSubtitleBytes,
  maxVideoBytes,
  maxVoiceBytes,
  ratingFaces,
  ratingKeys,
  ratings,
} from './lesson-ratings.ts';

/** One tap: 1 = I did not understand, 2 = a little, 3 = well, 4 = very well. */
export const Rating = z.number().int().min(1).max(4);

const lessonFields = {
  title: z.string().trim().min(1).max(200),
  description: Text(4000),
  languages: z
    .array(LanguageCode)
    .max(10)
    .transform((l) => [...new Set(l)]),
  /** The groups it is for; none means the whole unit. */
  activityIds: z
    .array(Id)
    .max(20)
    .transform((ids) => [...new Set(ids)]),
  /** A link to the municipality's video service (https only); played there, never embedded. */
  videoUrl: z
    .union([z.literal('').transform(() => null), z.url({ protocol: /^https$/ }).max(500)])
    .nullable()
    .optional(),
};

export const CreateLessonInput = z.strictObject({
  ...lessonFields,
  languages: lessonFields.languages.default([]),
  activityIds: lessonFields.activityIds.default([]),
});
export type CreateLessonInput = z.input<typeof CreateLessonInput>;

/** The fields given change; `activityIds` replaces the list. */
export const UpdateLessonInput = z.strictObject({
  title: lessonFields.title.optional(),
  description: lessonFields.description,
  languages: lessonFields.languages.optional(),
  activityIds: lessonFields.activityIds.optional(),
  videoUrl: lessonFields.videoUrl,
  version: Version,
});
export type UpdateLessonInput = z.input<typeof UpdateLessonInput>;

export const LessonVersionInput = z.strictObject({ version: Version });
export const LessonStatusAction = z.enum(['publish', 'unpublish', 'archive']);
export const LessonParams = z.strictObject({ id: Id });
export const LessonActionParams = z.strictObject({ id: Id, action: LessonStatusAction });
export const SubtitleParams = z.strictObject({ id: Id, language: LanguageCode });
export const FeedbackParams = z.strictObject({ id: Id, feedbackId: Id });
export const LessonsQuery = z.strictObject({ status: z.enum(lessonStatuses).optional() });
export const ReportQuery = z.strictObject({ activityId: Id.optional() });
/** A new upload replaces the video at the version the teacher read. */
export const UploadQuery = z.strictObject({ version: z.coerce.number().int().nonnegative() });

export const LessonVideo = z.object({
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: Timestamp,
});

export const Lesson = z.object({
  id: Id,
  title: z.string(),
  description: z.string().nullable(),
  languages: z.array(z.string()),
  activities: z.array(z.object({ id: Id, title: z.string() })),
  videoUrl: z.string().nullable(),
  video: LessonVideo.nullable(),
  subtitleLanguages: z.array(z.string()),
  status: z.enum(lessonStatuses),
  publishedAt: Timestamp.nullable(),
  createdByName: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp.nullable(),
  version: Version,
  /** For the list: how many participants watched, understood, and feedback still unanswered. */
  watchers: z.number().int(),
  understood: z.number().int(),
  unanswered: z.number().int(),
});
export type Lesson = z.infer<typeof Lesson>;

export const AnswerFeedbackInput = z.strictObject({
  answer: z.string().trim().min(1).max(2000),
  version: Version,
});
export type AnswerFeedbackInput = z.input<typeof AnswerFeedbackInput>;

/** A feedback as the teacher sees it: whose, the face, her words, whether a voice message came, the answer. */
export const LessonFeedback = z.object({
  id: Id,
  participantId: Id,
  participantName: z.string(),
  rating: Rating,
  words: z.string().nullable(),
  hasVoice: z.boolean(),
  createdAt: Timestamp,
  answer: z.string().nullable(),
  answeredAt: Timestamp.nullable(),
  answeredByName: z.string().nullable(),
  version: Version,
});
export type LessonFeedback = z.infer<typeof LessonFeedback>;

/** Per participant the lesson is for (or who watched it): views, the last one, understood. */
export const LessonWatcher = z.object({
  participantId: Id,
  name: z.string(),
  views: z.number().int(),
  lastViewedAt: Timestamp.nullable(),
  understoodAt: Timestamp.nullable(),
});
export type LessonWatcher = z.infer<typeof LessonWatcher>;

export const LessonReport = z.object({
  watchers: z.array(LessonWatcher),
  feedback: z.array(LessonFeedback),
});
export type LessonReport = z.infer<typeof LessonReport>;

// Her side (the participant app).

export const MyLessonFeedback = z.object({
  id: Id,
  rating: Rating,
  words: z.string().nullable(),
  hasVoice: z.boolean(),
  createdAt: Timestamp,
  answer: z.string().nullable(),
  answeredAt: Timestamp.nullable(),
});
export type MyLessonFeedback = z.infer<typeof MyLessonFeedback>;

export const MyLesson = z.object({
  id: Id,
  title: z.string(),
  description: z.string().nullable(),
  languages: z.array(z.string()),
  videoUrl: z.string().nullable(),
  hasVideo: z.boolean(),
  subtitleLanguages: z.array(z.string()),
  publishedAt: Timestamp.nullable(),
  views: z.number().int(),
  understoodAt: Timestamp.nullable(),
  feedback: z.array(MyLessonFeedback),
});
export type MyLesson = z.infer<typeof MyLesson>;

export const CreateFeedbackInput = z.strictObject({
  rating: Rating,
  words: Text(1000),
});
export type CreateFeedbackInput = z.input<typeof CreateFeedbackInput>;
