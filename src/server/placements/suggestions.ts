import type { EmployerSuggestions, SuggestionReason } from '#shared/placements.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { forParticipant } from '../lib/participant-access.ts';

/**
 * Employers to suggest for a participant, each with the reasons, so staff can judge them (never a black box):
 * - her stage, from the mean of the coach's ratings in her latest kartläggning (1–10): below 4 a first look
 *   (study visit, job shadowing), below 7 job shadowing and internship, else internship and a job; an employer
 *   offering what fits her stage is suggested for that;
 * - words from her own answers about interests, work experience and strengths, and from the titles of her open
 *   plan goals, found in the employer's industry, notes, SNI section or name. Words match when they share a
 *   beginning of four letters or more that leaves at most two letters of the shorter word (vård, vården), or
 *   when the shorter word of four letters or more ends a compound (sjukvård, äldreomsorg).
 */

type Stage = EmployerSuggestions['stage'];

const offersByStage: Record<Stage, string[]> = {
  early: ['study_visit', 'job_shadowing'],
  middle: ['job_shadowing', 'internship'],
  ready: ['internship', 'job'],
};

/** SNI 2007 sections by their two-digit divisions, in Swedish, with a few everyday words for matching. */
const sniSections: { from: number; to: number; name: string }[] = [
  { from: 1, to: 3, name: 'Jordbruk, skogsbruk och fiske' },
  { from: 5, to: 9, name: 'Utvinning av mineral, gruvor' },
  { from: 10, to: 33, name: 'Tillverkning, industri, fabrik' },
  { from: 35, to: 35, name: 'Försörjning av el, gas, värme och kyla, energi' },
  { from: 36, to: 39, name: 'Vattenförsörjning, avloppsrening, avfallshantering, återvinning' },
  { from: 41, to: 43, name: 'Byggverksamhet, bygg' },
  { from: 45, to: 47, name: 'Handel, butik, försäljning, reparation av motorfordon' },
  { from: 49, to: 53, name: 'Transport och magasinering, lager, chaufför' },
  { from: 55, to: 56, name: 'Hotell- och restaurangverksamhet, restaurang, kök, café' },
  { from: 58, to: 63, name: 'Informations- och kommunikationsverksamhet, data, IT' },
  { from: 64, to: 66, name: 'Finans- och försäkringsverksamhet, bank' },
  { from: 68, to: 68, name: 'Fastighetsverksamhet, fastighet' },
  { from: 69, to: 75, name: 'Juridik, ekonomi, vetenskap och teknik' },
  { from: 77, to: 82, name: 'Uthyrning, fastighetsservice, städning, lokalvård, resetjänster' },
  { from: 84, to: 84, name: 'Offentlig förvaltning och försvar' },
  { from: 85, to: 85, name: 'Utbildning, skola, förskola' },
  { from: 86, to: 88, name: 'Vård och omsorg, sjukvård, äldreomsorg, sociala tjänster' },
  { from: 90, to: 93, name: 'Kultur, nöje och fritid, idrott' },
  { from: 94, to: 96, name: 'Annan serviceverksamhet, frisör' },
  { from: 97, to: 98, name: 'Förvärvsarbete i hushåll' },
  { from: 99, to: 99, name: 'Extraterritoriella organisationer' },
];

export function sniSectionName(sniCode: string | null): string | null {
  if (!sniCode) return null;
  const division = Number(sniCode.slice(0, 2));
  return sniSections.find((s) => division >= s.from && division <= s.to)?.name ?? null;
}

const stopWords = new Set(
  (
    'arbeta arbete arbeten jobba jobb jobbet gärna inte kunna eller från till mycket också både inom ' +
    'med och att som för vill skulle något några andra allt alla hade har varit mina min mitt eget egna ' +
    'vara blir bli göra gör tycker gillar intresserad intresse intressen bransch branscher work with that this ' +
    // Kinds of placement say nothing about the industry.
    'praktik praktikant praktikanter studiebesök jobbskuggning arbetsprövning anställning'
  ).split(' '),
);

/** Lower-case words of four letters or more, in Swedish letters, without the commonest filler words. */
export function wordsOf(text: string | null | undefined): string[] {
  if (!text) return [];
  const words = text.toLocaleLowerCase('sv').match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 4 && !stopWords.has(w)))];
}

export function wordsMatch(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let prefix = 0;
  while (prefix < shorter.length && shorter[prefix] === longer[prefix]) prefix++;
  if (prefix >= 4 && prefix >= shorter.length - 2) return true;
  return shorter.length >= 4 && longer.endsWith(shorter);
}

type Profile = {
  stage: Stage;
  words: { field: 'interests' | 'work_experience' | 'strengths'; word: string }[];
  goals: { id: string; word: string }[];
};

type EmployerForMatching = {
  id: string;
  name: string;
  industry: string | null;
  sni_code: string | null;
  notes: string | null;
  offers: string[];
};

const fieldWeight = { interests: 3, work_experience: 2, strengths: 1 } as const;

/** Ranks the employers for one profile; an employer with no reason is left out. Pure, for the tests. */
export function rankEmployers(profile: Profile, employers: EmployerForMatching[]) {
  const fitting = offersByStage[profile.stage];
  return employers
    .map((e) => {
      const sources = [
        ['industry', wordsOf(e.industry)],
        ['notes', wordsOf(e.notes)],
        ['sni', wordsOf(sniSectionName(e.sni_code))],
        ['name', wordsOf(e.name)],
      ] as const;
      const where = (word: string) =>
        sources.find(([, words]) => words.some((w) => wordsMatch(word, w)))?.[0];
      const reasons: SuggestionReason[] = [];
      let score = 0;
      for (const { field, word } of profile.words) {
        const matched = where(word);
        if (matched) {
          reasons.push({ kind: 'interest_match', word, field, matched });
          score += fieldWeight[field];
        }
      }
      for (const { id, word } of profile.goals) {
        if (where(word)) {
          reasons.push({ kind: 'goal_match', word, goalId: id });
          score += 2;
        }
      }
      fitting.forEach((offer, i) => {
        if (e.offers.includes(offer)) {
          reasons.push({ kind: 'offer_fits_stage', offer });
          score += 2 - i;
        }
      });
      return {
        employerId: e.id,
        name: e.name,
        industry: e.industry,
        sniCode: e.sni_code,
        offers: e.offers,
        score,
        reasons,
      };
    })
    .filter((s) => s.reasons.length)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'sv'));
}

type DomainValue = { rating?: number | null; notes?: string | null; answers?: Record<string, unknown> };

export function stageOf(domains: Record<string, DomainValue> | null): Stage {
  const ratings = Object.values(domains ?? {})
    .map((d) => d.rating)
    .filter((r): r is number => typeof r === 'number');
  if (!ratings.length) return 'early';
  const mean = ratings.reduce((a, b) => a + b, 0) / ratings.length;
  return mean < 4 ? 'early' : mean < 7 ? 'middle' : 'ready';
}

/** Suggestions for one participant from the unit's employers, audited as a read of her kartläggning and plan. */
export function suggestEmployers(ctx: Ctx, participantId: string): Promise<EmployerSuggestions> {
  return forParticipant(ctx, participantId, 'employer_suggestion.list', async (tx) => {
    const assessment = await tx.query<{ assessed_on: string; domains: Record<string, DomainValue> }>(
      `select assessed_on, domains from assessments where participant_id = $1
        order by assessed_on desc, created_at desc limit 1`,
      [participantId],
    );
    const goals = await tx.query<{ id: string; title: string }>(
      `select id, title from plan_goals where participant_id = $1 and status = 'open' order by created_at`,
      [participantId],
    );
    const employers = await tx.query<EmployerForMatching>(
      'select id, name, industry, sni_code, notes, offers from employers where unit_id = $1',
      [ctx.actor.unitId],
    );
    const domains = assessment.rows[0]?.domains ?? null;
    const textOf = (key: string) => {
      const d = domains?.[key];
      if (!d) return '';
      return [d.notes ?? '', ...Object.values(d.answers ?? {}).filter((v) => typeof v === 'string')].join(
        ' ',
      );
    };
    const profile: Profile = {
      stage: stageOf(domains),
      words: (['interests', 'work_experience', 'strengths'] as const).flatMap((field) =>
        wordsOf(textOf(field)).map((word) => ({ field, word })),
      ),
      goals: goals.rows.flatMap((g) => wordsOf(g.title).map((word) => ({ id: g.id, word }))),
    };
    const items = rankEmployers(profile, employers.rows).slice(0, 20);
    await audit(tx, ctx, {
      action: 'employer_suggestion.list',
      participantId,
      details: { stage: profile.stage, returned: items.length },
    });
    return { stage: profile.stage, assessedOn: assessment.rows[0]?.assessed_on ?? null, items };
  });
}
