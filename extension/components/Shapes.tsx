// The shape of each level, so it reads without colour: solid = clear, half = some,
// ring = little, dashed square with "?" = not checked (different from every judged level).
import type { Level } from '../../shared/schema/assessment.ts';

export function LevelShape({ level }: { level: Level }) {
  return (
    <svg class={`ml-shape ml-shape-${level}`} width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {level === 'clear' && <circle cx="7" cy="7" r="6" fill="currentColor" />}
      {level === 'some' && (
        <>
          <circle cx="7" cy="7" r="5.25" fill="none" stroke="currentColor" stroke-width="1.5" />
          <path d="M7 1.75 A5.25 5.25 0 0 0 7 12.25 Z" fill="currentColor" />
        </>
      )}
      {level === 'little' && <circle cx="7" cy="7" r="5.25" fill="none" stroke="currentColor" stroke-width="1.5" />}
      {level === 'not_checked' && (
        <>
          <rect x="1" y="1" width="12" height="12" rx="2" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.5 2" />
          <path d="M5.3 5.4a1.75 1.75 0 1 1 2.5 1.6c-.5.25-.8.6-.8 1.15v.45" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" />
          <circle cx="7" cy="10.4" r="0.85" fill="currentColor" />
        </>
      )}
    </svg>
  );
}

export function WarningShape() {
  return (
    <svg class="ml-shape ml-warning-shape" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d="M7 1 L13.5 12.5 H0.5 Z" fill="currentColor" />
      <rect x="6.25" y="4.75" width="1.5" height="4.25" fill="#fff" />
      <rect x="6.25" y="9.9" width="1.5" height="1.5" fill="#fff" />
    </svg>
  );
}
