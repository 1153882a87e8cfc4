import type { FlagType, SentimentLabel, ThemeOrigin } from '../../graphql/generated/graphql';
import { flagLabel, isProtocolCue, sentimentLabel } from '../../lib/labels';
import { Badge, BadgeList, type BadgeTone } from '../../ui/Badge';

// Glyph and tone per sentiment: blue for positive and vermillion for negative (Okabe–Ito
// neighbours that survive red–green colour blindness), and always the word beside them.
const sentimentLook: Record<SentimentLabel, { tone: BadgeTone; icon: string }> = {
  NEGATIVE: { tone: 'danger', icon: '−' },
  MIXED: { tone: 'warning', icon: '±' },
  NEUTRAL: { tone: 'neutral', icon: '○' },
  POSITIVE: { tone: 'info', icon: '+' },
};

export function SentimentBadge({ sentiment }: { sentiment: SentimentLabel | null }) {
  if (!sentiment) return <span className="data-table__muted">Not analysed</span>;
  const look = sentimentLook[sentiment];
  return (
    <Badge tone={look.tone} icon={look.icon}>
      {sentimentLabel[sentiment]}
    </Badge>
  );
}

export interface ThemeTagLike {
  themeId: string;
  name: string;
  origin: ThemeOrigin;
}

export function ThemeBadges({
  themes,
  max = Number.POSITIVE_INFINITY,
}: {
  themes: readonly ThemeTagLike[];
  max?: number;
}) {
  if (themes.length === 0) return null;
  const shown = themes.slice(0, max);
  const hidden = themes.length - shown.length;
  return (
    <BadgeList label="Themes">
      {shown.map((theme) => (
        <li key={theme.themeId}>
          <Badge
            tone="accent"
            icon={theme.origin === 'CORRECTION' ? '✎' : '#'}
            title={theme.origin === 'CORRECTION' ? 'Set by a person' : 'Found by the analysis'}
          >
            {theme.name}
            {theme.origin === 'CORRECTION' ? (
              <span className="visually-hidden"> (set by a person)</span>
            ) : null}
          </Badge>
        </li>
      ))}
      {hidden > 0 ? (
        <li>
          <Badge tone="neutral">
            +{hidden} <span className="visually-hidden">more themes</span>
          </Badge>
        </li>
      ) : null}
    </BadgeList>
  );
}

/** Warning signs (amber, "!") and protocol cues (outlined, "✓"), warning signs first. */
export function FlagMarkers({ flags }: { flags: readonly FlagType[] }) {
  if (flags.length === 0) return null;
  const ordered = [...new Set(flags)].sort(
    (a, b) => Number(isProtocolCue(a)) - Number(isProtocolCue(b)),
  );
  return (
    <BadgeList label="Warning signs and protocol cues">
      {ordered.map((flag) => (
        <li key={flag}>
          <FlagBadge flag={flag} />
        </li>
      ))}
    </BadgeList>
  );
}

export function FlagBadge({ flag }: { flag: FlagType }) {
  const cue = isProtocolCue(flag);
  return (
    <Badge
      tone={cue ? 'info' : 'warning'}
      variant={cue ? 'outline' : 'soft'}
      icon={cue ? '✓' : '!'}
      title={cue ? 'Protocol cue' : 'Warning sign'}
    >
      {flagLabel[flag]}
      <span className="visually-hidden">{cue ? ' (protocol cue)' : ' (warning sign)'}</span>
    </Badge>
  );
}
