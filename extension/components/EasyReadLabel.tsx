// The easy-read label: a modal dialog answering the three questions in plain words with the
// quotes they rest on, what other users say, and where to get help now. Keyboard operable:
// focus moves into it, Tab stays inside, Escape closes, focus returns to the badge.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Assessment, EasyReadAnswer, HelpNow } from '../../shared/schema/assessment.ts';
import type { ReviewSummary } from '../../shared/schema/listing.ts';
import { ClinicianView } from './ClinicianView.tsx';
import { CrisisHelp } from './CrisisHelp.tsx';
import { formatDate, toldThemes } from '../../shared/summary.ts';
import { BADGE_MARKS, LEVEL_SPOKEN, SOURCE_WORDS } from './levels.ts';
import { LevelShape, WarningShape } from './Shapes.tsx';

export const PAGE_ONLY_NOTE = 'Checked from this page only – the privacy policy and reviews were not read.';

const THEME_PHRASES: Readonly<Record<ReviewSummary['themes'][number]['theme'], string>> = {
  helped: 'say it helped them',
  'no-effect': 'say it did not help',
  'felt-worse': 'say it made them feel worse',
  privacy: 'worry about their data',
  'not-for-me': 'say it did not understand them',
  crisis: 'talk about a crisis',
  cost: 'talk about the cost',
  technical: 'had technical problems',
};

export interface EasyReadLabelProps {
  assessment: Assessment;
  /** Crisis services for the person's region (may differ from the ones in the assessment). */
  help: HelpNow;
  /** The assessment was made from the live page only. */
  pageOnly: boolean;
  onClose: () => void;
}

/** Several findings can rest on the same words: show each quote once. */
export function distinctQuotes(quotes: EasyReadAnswer['quotes']): EasyReadAnswer['quotes'] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.source}\u0000${q.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function Answer({ id, answer, level, flagged }: { id: string; answer: EasyReadAnswer; level: Parameters<typeof LevelShape>[0]['level']; flagged: boolean }) {
  const quotes = distinctQuotes(answer.quotes);
  return (
    <section class="ml-answer" aria-labelledby={`ml-q-${id}`} data-domain={id}>
      <h3 id={`ml-q-${id}`} class="ml-section-title">
        {answer.question}
      </h3>
      <p class={`ml-level-line ml-level-${level}`}>
        <LevelShape level={level} />
        <span>
          {' '}
          {LEVEL_SPOKEN[level].replace(/^./, (c) => c.toUpperCase())}
          {flagged ? ', with a warning' : ''}
        </span>
      </p>
      {answer.sentences.map((sentence, i) => {
        // The engine marks each warning sentence with a leading ⚠ (there can be several).
        const warning = /^⚠\s*/u.test(sentence);
        return (
          <p key={i} class={warning ? 'ml-warning-line' : undefined}>
            {warning && (
              <span class="ml-warning-mark">
                <WarningShape />
                <span class="ml-visually-hidden">Warning: </span>
              </span>
            )}
            {warning ? sentence.replace(/^⚠\s*/u, '') : sentence}
          </p>
        );
      })}
      {quotes.length > 0 && (
        <ul class="ml-quotes" aria-label="The words this rests on">
          {quotes.map((quote, i) => (
            <li key={i}>
              <blockquote class="ml-quote">“{quote.text}”</blockquote>
              <span class="ml-source">From {SOURCE_WORDS[quote.source]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewThemes({ summary }: { summary: ReviewSummary }) {
  return (
    <ul class="ml-themes">
      {summary.themes
        .filter((t) => t.count > 0)
        .map((t) => (
          <li key={t.theme}>
            {Math.round(t.share * 100)} in 100 reviews {THEME_PHRASES[t.theme]}.
            {t.quotes.slice(0, 2).map((q, i) => (
              <blockquote class="ml-quote" key={i}>
                “{q}”
              </blockquote>
            ))}
          </li>
        ))}
    </ul>
  );
}

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])')];
}

function activeIn(root: HTMLElement): Element | null {
  const scope = root.getRootNode() as Document | ShadowRoot;
  return scope.activeElement;
}

export function EasyReadLabel({ assessment, help, pageOnly, onClose }: EasyReadLabelProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const [showDetail, setShowDetail] = useState(false);
  const { easyRead, domains } = assessment;

  useEffect(() => {
    dialog.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = focusables(dialog.current);
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const active = activeIn(dialog.current);
    if (event.shiftKey && (active === first || active === dialog.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const answers = { evidence: easyRead.evidence, privacy: easyRead.privacy, safety: easyRead.safety };
  const reviewSummary = assessment.reviews && assessment.reviews.count > 0 ? assessment.reviews : null;

  return (
    <div class="ml-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        class="ml-label"
        role="dialog"
        aria-modal="true"
        aria-labelledby="ml-label-title"
        aria-describedby="ml-label-about"
        data-testid="mindlabel-label"
        tabIndex={-1}
        ref={dialog}
        onKeyDown={onKeyDown}
      >
        <div class="ml-label-head">
          <h2 id="ml-label-title" class="ml-label-title">
            {assessment.title}
          </h2>
          <button type="button" class="ml-close" onClick={onClose} aria-label="Close the label">
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p id="ml-label-about" class="ml-about">
          What this app's store page tells you, checked by MindLabel. We report what the page says. We do not say
          whether the app is safe.
        </p>
        {pageOnly && (
          <p class="ml-page-only" data-testid="mindlabel-page-only">
            {PAGE_ONLY_NOTE}
          </p>
        )}
        {BADGE_MARKS.map(({ domain }) => (
          <Answer key={domain} id={domain} answer={answers[domain]} level={domains[domain].level} flagged={domains[domain].flagged} />
        ))}
        {(easyRead.reviews || reviewSummary) && (
          <section class="ml-answer" aria-labelledby="ml-q-reviews" data-testid="mindlabel-reviews">
            <h3 id="ml-q-reviews" class="ml-section-title">
              What other users say
            </h3>
            {easyRead.reviews
              ? easyRead.reviews.sentences.map((s, i) => <p key={i}>{s}</p>)
              : reviewSummary && <ReviewThemes summary={reviewSummary} />}
            {easyRead.reviews && reviewSummary && (
              <ul class="ml-quotes" aria-label="What some reviews say">
                {toldThemes(reviewSummary).flatMap((t) =>
                  t.quotes.slice(0, 2).map((q, i) => (
                    <li key={`${t.theme}-${i}`}>
                      <blockquote class="ml-quote">“{q}”</blockquote>
                      <span class="ml-source">From a user review</span>
                    </li>
                  )),
                )}
              </ul>
            )}
          </section>
        )}
        <CrisisHelp help={help} />
        <div class="ml-footer">
          <p data-testid="mindlabel-checked">{pageOnly ? `Checked on ${formatDate(assessment.assessedAt)}.` : easyRead.checked}</p>
          <p data-testid="mindlabel-version">
            Assessed on {formatDate(assessment.assessedAt)} with MindLabel rubric version {assessment.rubricVersion}.
          </p>
          <button type="button" class="ml-link-button" aria-expanded={showDetail} onClick={() => setShowDetail(!showDetail)}>
            {showDetail ? 'Hide the detail for clinicians' : 'Show the detail for clinicians'}
          </button>
          {showDetail && <ClinicianView assessment={assessment} />}
        </div>
      </div>
    </div>
  );
}
