import { useTemplates } from '#web/assessments/api.ts';

type Domain = { key: string; labelSv: string; labelEn: string };

/** The kartläggning domains a goal can link to: those of the newest version of the `default` template. */
export function useDomains(): Domain[] {
  const templates = useTemplates();
  const latest = (templates.data ?? [])
    .filter((template) => template.key === 'default')
    .sort((a, b) => b.version - a.version)[0];
  return latest?.domains ?? [];
}
