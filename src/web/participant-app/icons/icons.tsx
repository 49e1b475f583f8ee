/**
 * Pictures for those who read little: one per home tile and one per kartläggning domain. Inline SVG paths in
 * a 24×24 box (no icon font); decorative, since the word beside each says the same.
 */
const paths: Record<string, string> = {
  // Tiles
  plan: 'M5 3h11l3 3v15H5zM8 9h8M8 13h8M8 17h5',
  schedule: 'M4 5h16v15H4zM4 9h16M8 3v4M16 3v4M8 13h3M13 13h3M8 16h3',
  lessons: 'M3 5h18v12H3zM10 8.5v5l4.5-2.5zM8 21h8',
  messages: 'M4 4h16v11H9l-5 4z M8 8h8M8 11h5',
  'language-friend':
    'M8 8a3 3 0 1 0 0-.01M16 8a3 3 0 1 0 0-.01M3 20c0-4 2-6 5-6s5 2 5 6M11 20c0-4 2-6 5-6s5 2 5 6',
  'my-data': 'M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6zM9 12l2 2 4-4',
  // Kartläggning domains
  health:
    'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10zM9 11h2V9h2v2h2v2h-2v2h-2v-2H9z',
  swedish: 'M4 5h16v10H10l-4 4v-4H4zM8 9h8M8 12h5',
  family:
    'M7 7a2.5 2.5 0 1 0 0-.01M17 7a2.5 2.5 0 1 0 0-.01M12 12a2 2 0 1 0 0-.01M3 20v-5l4-4 4 4M13 20v-4l4-5 4 4v5M10 20v-3h4v3',
  housing: 'M3 11 12 4l9 7M5 10v10h14V10M10 20v-5h4v5',
  economy:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM14.5 9a2.5 2 0 0 0-5 0c0 3 5 1.5 5 5a2.5 2 0 0 1-5 0M12 5.5v13',
  everyday_life: 'M5 21V8l7-5 7 5v13M9 21v-6h6v6M3 21h18',
  communication_digital: 'M7 2h10v20H7zM10 19h4M9 5h6',
  education: 'M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5M22 9v6',
  work_experience: 'M3 8h18v12H3zM9 8V5h6v3M3 13h18',
  strengths: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
  interests: 'M12 21s-8-5-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 6-8 11-8 11z',
  barriers: 'M3 10h18v5H3zM6 10v10M18 10v10M6 10l4 5M12 10l4 5M6 4v6M18 4v6',
  other: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 12h.01M12 12h.01M16 12h.01',
};

export const domainKeys = [
  'health',
  'swedish',
  'family',
  'housing',
  'economy',
  'everyday_life',
  'communication_digital',
  'education',
  'work_experience',
  'strengths',
  'interests',
  'barriers',
] as const;

export const isKnownDomain = (key: string | null): key is (typeof domainKeys)[number] =>
  key !== null && (domainKeys as readonly string[]).includes(key);

export function Icon({ name, className = 'p-icon' }: { name: string; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className={className}>
      <path
        d={paths[name] ?? paths.other}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
