// The badge: three labelled marks (Evidence · Data · Safety), each with its level in words,
// shape and colour, and a warning mark where a flag exists. It is one button that opens the label.
// Its accessible name reads the levels out in full ("Evidence: some information…"); the short
// visible words are drawn from data attributes by CSS, so the visible text stays "MindLabel",
// which the name begins with (WCAG 2.5.3, label in name: a speech user can say "click MindLabel").
import type { Ref } from 'preact';
import type { Assessment } from '../../shared/schema/assessment.ts';
import { BADGE_MARKS, LEVEL_WORDS } from './levels.ts';
import { LevelShape, WarningShape } from './Shapes.tsx';

export interface BadgeProps {
  assessment: Assessment;
  /** The accessible name ("MindLabel check. Evidence: some information. … Open the label."). */
  name: string;
  expanded: boolean;
  onOpen: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

export function Badge({ assessment, name, expanded, onOpen, buttonRef }: BadgeProps) {
  return (
    <button
      type="button"
      class="ml-badge"
      data-testid="mindlabel-badge"
      aria-label={name}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      onClick={onOpen}
      ref={buttonRef}
    >
      <span class="ml-brand" aria-hidden="true">
        MindLabel
      </span>
      {BADGE_MARKS.map(({ domain, name: markName }) => {
        const result = assessment.domains[domain];
        return (
          <span
            class={`ml-mark ml-level-${result.level}`}
            data-domain={domain}
            data-level={result.level}
            data-flagged={result.flagged ? 'true' : 'false'}
            key={domain}
            aria-hidden="true"
          >
            <span class="ml-mark-name" data-text={markName} />
            <LevelShape level={result.level} />
            <span class="ml-mark-level" data-text={LEVEL_WORDS[result.level]} />
            {result.flagged && (
              <span class="ml-flag" data-testid="mindlabel-flag">
                <WarningShape />
              </span>
            )}
          </span>
        );
      })}
    </button>
  );
}
