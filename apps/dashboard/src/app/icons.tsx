import type { NavIcon } from './navigation';

// 20px line icons; decorative (the label always carries the meaning).
const paths: Record<NavIcon, string> = {
  review:
    'M5 3.5h10a1.5 1.5 0 0 1 1.5 1.5v11A1.5 1.5 0 0 1 15 17.5H5A1.5 1.5 0 0 1 3.5 16V5A1.5 1.5 0 0 1 5 3.5ZM7 8h6M7 11h6M7 14h3.5',
  trends: 'M3.5 16.5h13M5 13l3.5-4 3 2.5L15.5 6M12.5 6h3v3',
  bottlenecks: 'M3.5 4.5h13l-5 6v5l-3 1.5v-6.5l-5-6Z',
  policy: 'M10 3l6 2.5v4.5c0 3.6-2.6 6.3-6 7-3.4-.7-6-3.4-6-7V5.5L10 3ZM7.5 10l1.8 1.8 3.2-3.3',
  staff:
    'M7.5 9a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM3 16.5c.4-2.6 2.2-4.5 4.5-4.5s4.1 1.9 4.5 4.5M13.5 9a2 2 0 1 0 0-4M14.5 12c1.4.4 2.3 2 2.5 4.5',
  forecast: 'M3.5 16.5h13M4.5 13l3-3.5 3 2 2-2.5M12.5 9l1.2-1.5M15 6l.5-.5',
  actions: 'M4 10.5l3.5 3.5L16 5.5',
  explorer: 'M9 15a6 6 0 1 0 0-12 6 6 0 0 0 0 12ZM13.5 13.5 17 17',
  topics:
    'M10 2.5v3M10 14.5v3M2.5 10h3M14.5 10h3M10 7.5l1 1.5 1.5 1-1.5 1-1 1.5-1-1.5-1.5-1 1.5-1 1-1.5Z',
  digests: 'M3.5 5.5h13v9a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1v-9ZM3.5 5.5 10 11l6.5-5.5',
  forms:
    'M6 3.5h6l3.5 3.5v9.5a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-12a1 1 0 0 1 1-1ZM12 3.5V7h3.5M7.5 10.5h5M7.5 13.5h5',
  attention: 'M10 3 17.5 16.5h-15L10 3ZM10 8v4M10 14.2v.3',
  'first-contact':
    'M4 5.5h8.5a1 1 0 0 1 1 1v5a1 1 0 0 1-1 1H8l-3 2.5v-2.5H4a1 1 0 0 1-1-1v-5a1 1 0 0 1 1-1ZM6.5 9l1.5 1.5 3-3',
  'my-items': 'M4 5.5h1.5M4 10h1.5M4 14.5h1.5M8.5 5.5H16M8.5 10H16M8.5 14.5H16',
  settings:
    'M10 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM10 2.5v2M10 15.5v2M4.7 4.7l1.4 1.4M13.9 13.9l1.4 1.4M2.5 10h2M15.5 10h2M4.7 15.3l1.4-1.4M13.9 6.1l1.4-1.4',
  alerts: 'M5 13.5V9a5 5 0 0 1 10 0v4.5l1.5 2h-13l1.5-2ZM8.5 17.5h3',
};

export function NavIconGlyph({ name }: { name: NavIcon }) {
  return (
    <svg
      className="nav__icon"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
