import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { badgeName, helpNow } from '../../shared/summary.ts';
import type { Assessment } from '../../shared/schema/assessment.ts';
import { Badge } from '../../extension/components/Badge.tsx';
import { reachHref } from '../../extension/components/CrisisHelp.tsx';
import { EasyReadLabel, PAGE_ONLY_NOTE } from '../../extension/components/EasyReadLabel.tsx';
import { Overlay } from '../../extension/components/Overlay.tsx';
import { handAssessment } from '../fixtures/extension/assessments.ts';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const mixed = handAssessment({ evidence: { level: 'some' }, privacy: { level: 'little', flagged: true }, safety: { level: 'clear' } });

function mountOverlay(assessment: Assessment, options: { pageOnly?: boolean; open?: boolean } = {}) {
  act(() => {
    render(
      <Overlay assessment={assessment} help={assessment.easyRead.help} badgeName={badgeName(assessment)} pageOnly={options.pageOnly ?? false} initiallyOpen={options.open} />,
      root,
    );
  });
  return {
    badge: () => root.querySelector<HTMLButtonElement>('[data-testid="mindlabel-badge"]')!,
    label: () => root.querySelector<HTMLElement>('[data-testid="mindlabel-label"]'),
  };
}

describe('Badge', () => {
  it('shows the three marks with their level in words and a shape, and a warning where a flag is', () => {
    act(() => render(<Badge assessment={mixed} name={badgeName(mixed)} expanded={false} onOpen={() => {}} />, root));
    const marks = [...root.querySelectorAll<HTMLElement>('.ml-mark')];
    expect(marks.map((m) => [m.dataset.domain, m.dataset.level, m.dataset.flagged])).toEqual([
      ['evidence', 'some', 'false'],
      ['privacy', 'little', 'true'],
      ['safety', 'clear', 'false'],
    ]);
    const words = (m: Element) => [...m.querySelectorAll('[data-text]')].map((w) => w.getAttribute('data-text')).join(' ');
    expect(marks.map(words)).toEqual(['Evidence some', 'Data little', 'Safety clear']);
    expect(root.querySelector('[data-testid="mindlabel-badge"]')!.textContent).toBe('MindLabel');
    expect(marks.map((m) => m.querySelector('svg')?.getAttribute('class'))).toEqual([
      'ml-shape ml-shape-some',
      'ml-shape ml-shape-little',
      'ml-shape ml-shape-clear',
    ]);
    expect(root.querySelectorAll('[data-testid="mindlabel-flag"]')).toHaveLength(1);
    expect(marks[1]!.querySelector('[data-testid="mindlabel-flag"]')).not.toBeNull();
  });

  it('carries the accessible name that reads out the three levels', () => {
    act(() => render(<Badge assessment={mixed} name={badgeName(mixed)} expanded={false} onOpen={() => {}} />, root));
    const badge = root.querySelector('[data-testid="mindlabel-badge"]')!;
    expect(badge.tagName).toBe('BUTTON');
    expect(badge.getAttribute('aria-label')).toBe(
      'MindLabel check. Evidence: some information. Data: little information, with a warning. Safety: clear information. Open the label.',
    );
    expect(badge.getAttribute('aria-haspopup')).toBe('dialog');
  });

  it('shows "not checked" with its own shape and words, unlike a low level', () => {
    const unchecked = handAssessment({ evidence: { level: 'little' }, privacy: { level: 'not_checked' }, safety: { level: 'not_checked' } });
    act(() => render(<Badge assessment={unchecked} name={badgeName(unchecked)} expanded={false} onOpen={() => {}} />, root));
    const [evidence, privacy] = [...root.querySelectorAll<HTMLElement>('.ml-mark')];
    expect(privacy!.querySelector('.ml-mark-level')!.getAttribute('data-text')).toBe('not checked');
    expect(evidence!.querySelector('.ml-mark-level')!.getAttribute('data-text')).toBe('little');
    expect(privacy!.querySelector('svg')!.getAttribute('class')).toBe('ml-shape ml-shape-not_checked');
    expect(privacy!.className).not.toBe(evidence!.className);
    expect(root.querySelector('[data-testid="mindlabel-badge"]')!.getAttribute('aria-label')).toContain('Data: not checked.');
  });
});

describe('EasyReadLabel', () => {
  it('opens from the badge as a modal dialog with focus inside, and Escape closes it and returns focus', async () => {
    const ui = mountOverlay(mixed);
    expect(ui.label()).toBeNull();
    act(() => ui.badge().click());
    const label = ui.label()!;
    expect(label.getAttribute('role')).toBe('dialog');
    expect(label.getAttribute('aria-modal')).toBe('true');
    expect(root.querySelector(`#${label.getAttribute('aria-labelledby')}`)!.textContent).toBe('Handmade Calm');
    expect(document.activeElement).toBe(label);
    expect(ui.badge().getAttribute('aria-expanded')).toBe('true');
    act(() => {
      label.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await Promise.resolve();
    expect(ui.label()).toBeNull();
    expect(document.activeElement).toBe(ui.badge());
  });

  it('keeps Tab inside the dialog', () => {
    const ui = mountOverlay(mixed, { open: true });
    const label = ui.label()!;
    const focusables = [...label.querySelectorAll<HTMLElement>('a[href], button')];
    focusables.at(-1)!.focus();
    act(() => {
      label.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    });
    expect(document.activeElement).toBe(focusables[0]);
    act(() => {
      label.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    });
    expect(document.activeElement).toBe(focusables.at(-1));
  });

  it('answers the three questions in order with the quotes they rest on, and marks the warning', () => {
    const label = mountOverlay(mixed, { open: true }).label()!;
    const questions = [...label.querySelectorAll('h3')].map((h) => h.textContent);
    expect(questions).toEqual(['Does it work?', 'Is my data safe?', 'Is it safe for me?', 'If you need help now (United Kingdom)']);
    const evidence = label.querySelector('[data-domain="evidence"]')!;
    expect(evidence.querySelector('blockquote')!.textContent).toBe('“In a randomised controlled trial of 400 adults”');
    expect(evidence.textContent).toContain("From the app's description");
    expect(label.querySelector('[data-domain="privacy"] .ml-warning-line')!.textContent).toBe(
      'Warning: The store label says your data is used to show you adverts.',
    );
  });

  it('shows "What other users say" only when review aggregates exist', () => {
    expect(mountOverlay(mixed, { open: true }).label()!.querySelector('[data-testid="mindlabel-reviews"]')).toBeNull();
    const reviewed = handAssessment({ evidence: { level: 'some' }, privacy: { level: 'some' }, safety: { level: 'some' } }, { withReviews: true });
    const section = mountOverlay(reviewed, { open: true }).label()!.querySelector('[data-testid="mindlabel-reviews"]')!;
    expect(section.querySelector('h3')!.textContent).toBe('What other users say');
    expect(section.textContent).toContain('About half of the reviews say it helped them.');
  });

  it('always shows the assessment date and rubric version, and says when only the page was read', () => {
    const label = mountOverlay(mixed, { open: true, pageOnly: true }).label()!;
    expect(label.querySelector('[data-testid="mindlabel-version"]')!.textContent).toBe(
      'Assessed on 12 March 2026 with MindLabel rubric version 9.9.9-test.',
    );
    expect(label.querySelector('[data-testid="mindlabel-page-only"]')!.textContent).toBe(PAGE_ONLY_NOTE);
    const full = mountOverlay(mixed, { open: true }).label()!;
    expect(full.querySelector('[data-testid="mindlabel-page-only"]')).toBeNull();
    expect(full.querySelector('[data-testid="mindlabel-checked"]')!.textContent).toBe(mixed.easyRead.checked);
  });

  it('lists the region’s crisis services with what each offers and tel:/sms: links', () => {
    const help = helpNow('gb');
    act(() => render(<EasyReadLabel assessment={mixed} help={help} pageOnly={false} onClose={() => {}} />, root));
    const section = root.querySelector('[data-testid="mindlabel-help"]')!;
    expect(section.getAttribute('data-region')).toBe('gb');
    const links = [...section.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toContainEqual(['Call 116 123', 'tel:116123']);
    expect(links).toContainEqual(['Text SHOUT to 85258', 'sms:85258?&body=SHOUT']);
    for (const service of help.services) expect(section.textContent).toContain(service.offers);
    expect(section.textContent).toContain('You deserve support from a real person.');
  });

  it('renders listing text with markup in it as text', () => {
    const hostile = handAssessment(
      { evidence: { level: 'some' }, privacy: { level: 'some' }, safety: { level: 'some' } },
      { title: 'Calm <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>' },
    );
    const label = mountOverlay(hostile, { open: true }).label()!;
    expect(label.querySelector('h2')!.textContent).toBe('Calm <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>');
    expect(root.querySelector('img, script')).toBeNull();
  });

  it('opens the clinician detail on request: status, weight, points, formula and quoted sources', () => {
    const label = mountOverlay(mixed, { open: true }).label()!;
    const toggle = [...label.querySelectorAll('button')].find((b) => b.textContent?.includes('clinicians'))!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    act(() => toggle.click());
    const detail = label.querySelector('[data-testid="mindlabel-clinician"]')!;
    expect(detail.textContent).toContain(mixed.clinician.formula);
    const row = detail.querySelector('[data-criterion="evidence.study-type"]')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Says it', '3', '3']);
    expect(row.textContent).toContain('the app\'s description, characters 0–46');
    const unknown = detail.querySelector('[data-criterion="safety.crisis"]')!;
    expect([...unknown.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Not checked', '3', '–']);
  });
});

describe('reachHref', () => {
  it.each([
    [{ kind: 'call', value: '116123', label: 'Call 116 123' }, 'tel:116123'],
    [{ kind: 'call', value: '+44 800 1111', label: 'Call' }, 'tel:+448001111'],
    [{ kind: 'text', value: '988', label: 'Text 988' }, 'sms:988'],
    [{ kind: 'text', value: '741741', label: 'Text HOME to 741741' }, 'sms:741741?&body=HOME'],
    [{ kind: 'online', value: 'https://findahelpline.com', label: 'findahelpline.com' }, 'https://findahelpline.com'],
    [{ kind: 'online', value: 'javascript:alert(1)', label: 'bad' }, null],
    [{ kind: 'call', value: 'none', label: 'nothing to dial' }, null],
  ] as const)('%j → %s', (reach, href) => {
    expect(reachHref(reach)).toBe(href);
  });
});
