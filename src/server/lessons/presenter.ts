import type { Lesson, LessonFeedback, LessonStatus, MyLesson, MyLessonFeedback } from '#shared/lessons.ts';
import type { Queryable } from '../db/types.ts';

export type LessonRow = {
  id: string;
  unit_id: string;
  title: string;
  description: string | null;
  languages: string[];
  video_url: string | null;
  video_file_id: string | null;
  status: LessonStatus;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date | null;
  version: number;
};

type ListedRow = LessonRow & {
  created_by_name: string | null;
  activities: { id: string; title: string }[];
  subtitle_languages: string[];
  video_type: string | null;
  video_size: string | number | null;
  video_at: Date | null;
  watchers: number;
  understood: number;
  unanswered: number;
};

const subtitleLanguages = `coalesce((select array_agg(s.language order by s.language) from lesson_subtitles s
                                      where s.lesson_id = l.id), '{}') as subtitle_languages`;

/** The unit's lessons (or one), newest first, with their groups, video, subtitles and counts. */
export async function selectLessons(
  tx: Queryable,
  unitId: string,
  options: { lessonId?: string; status?: LessonStatus | undefined } = {},
): Promise<Lesson[]> {
  const { rows } = await tx.query<ListedRow>(
    `select l.*, cb.name as created_by_name,
            coalesce((select jsonb_agg(jsonb_build_object('id', a.id, 'title', a.title) order by a.title, a.id)
                        from lesson_activities la join activities a on a.id = la.activity_id
                       where la.lesson_id = l.id), '[]'::jsonb) as activities,
            ${subtitleLanguages},
            f.content_type as video_type, f.size_bytes as video_size, f.created_at as video_at,
            (select count(distinct v.participant_id)::int from lesson_views v where v.lesson_id = l.id) as watchers,
            (select count(distinct x.participant_id)::int from lesson_understood x where x.lesson_id = l.id)
              as understood,
            (select count(*)::int from lesson_feedback fb where fb.lesson_id = l.id and fb.answer is null)
              as unanswered
       from lessons l
       left join users cb on cb.id = l.created_by
       left join lesson_files f on f.id = l.video_file_id
      where l.unit_id = $1 and ($2::uuid is null or l.id = $2) and ($3::text is null or l.status = $3)
      order by l.created_at desc, l.id`,
    [unitId, options.lessonId ?? null, options.status ?? null],
  );
  return rows.map(presentLesson);
}

function presentLesson(r: ListedRow): Lesson {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    languages: r.languages,
    activities: r.activities,
    videoUrl: r.video_url,
    video:
      r.video_type && r.video_at
        ? { contentType: r.video_type, sizeBytes: Number(r.video_size), uploadedAt: r.video_at.toISOString() }
        : null,
    subtitleLanguages: r.subtitle_languages,
    status: r.status,
    publishedAt: r.published_at?.toISOString() ?? null,
    createdByName: r.created_by_name,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at?.toISOString() ?? null,
    version: r.version,
    watchers: r.watchers,
    understood: r.understood,
    unanswered: r.unanswered,
  };
}

export type FeedbackRow = {
  id: string;
  participant_id: string;
  participant_name: string;
  rating: number;
  words: string | null;
  voice_file_id: string | null;
  created_at: Date;
  answer: string | null;
  answered_at: Date | null;
  answered_by_name: string | null;
  version: number;
};

export const feedbackSelect = `
  select fb.*, p.first_name || ' ' || p.last_name as participant_name, ab.name as answered_by_name
    from lesson_feedback fb
    join participants p on p.id = fb.participant_id
    left join users ab on ab.id = fb.answered_by`;

export function presentFeedback(r: FeedbackRow): LessonFeedback {
  return {
    id: r.id,
    participantId: r.participant_id,
    participantName: r.participant_name,
    rating: r.rating,
    words: r.words,
    hasVoice: r.voice_file_id !== null,
    createdAt: r.created_at.toISOString(),
    answer: r.answer,
    answeredAt: r.answered_at?.toISOString() ?? null,
    answeredByName: r.answered_by_name,
    version: r.version,
  };
}

type MyRow = LessonRow & {
  subtitle_languages: string[];
  views: number;
  understood_at: Date | null;
  feedback: {
    id: string;
    rating: number;
    words: string | null;
    has_voice: boolean;
    created_at: string;
    answer: string | null;
    answered_at: string | null;
  }[];
};

const iso = (at: string | null) => (at ? new Date(at).toISOString() : null);

/**
 * The lessons open to the signed-in participant (or one), newest first, with her own views, understood mark
 * and feedback. Row-level security already limits every table to what is hers; the condition says it too.
 */
export async function selectMyLessons(tx: Queryable, participantId: string, lessonId?: string) {
  const { rows } = await tx.query<MyRow>(
    `select l.*, ${subtitleLanguages},
            (select count(*)::int from lesson_views v where v.lesson_id = l.id and v.participant_id = $1) as views,
            (select min(x.understood_at) from lesson_understood x where x.lesson_id = l.id and x.participant_id = $1)
              as understood_at,
            coalesce((select jsonb_agg(jsonb_build_object('id', fb.id, 'rating', fb.rating, 'words', fb.words,
                                         'has_voice', fb.voice_file_id is not null, 'created_at', fb.created_at,
                                         'answer', fb.answer, 'answered_at', fb.answered_at)
                                       order by fb.created_at, fb.id)
                        from lesson_feedback fb where fb.lesson_id = l.id and fb.participant_id = $1), '[]'::jsonb)
              as feedback
       from lessons l
      where lesson_open_to_participant(l.id) and ($2::uuid is null or l.id = $2)
      order by l.published_at desc nulls last, l.id`,
    [participantId, lessonId ?? null],
  );
  return rows.map(presentMyLesson);
}

function presentMyLesson(r: MyRow): MyLesson {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    languages: r.languages,
    videoUrl: r.video_url,
    hasVideo: r.video_file_id !== null,
    subtitleLanguages: r.subtitle_languages,
    publishedAt: r.published_at?.toISOString() ?? null,
    views: r.views,
    understoodAt: r.understood_at?.toISOString() ?? null,
    feedback: r.feedback.map((f): MyLessonFeedback => ({
      id: f.id,
      rating: f.rating,
      words: f.words,
      hasVoice: f.has_voice,
      createdAt: iso(f.created_at)!,
      answer: f.answer,
      answeredAt: iso(f.answered_at),
    })),
  };
}
