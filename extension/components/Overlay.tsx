// What the content script mounts: the badge, and the label when it is open.
import { useRef, useState } from 'preact/hooks';
import type { Assessment, HelpNow } from '../../shared/schema/assessment.ts';
import { Badge } from './Badge.tsx';
import { EasyReadLabel } from './EasyReadLabel.tsx';

export interface OverlayProps {
  assessment: Assessment;
  help: HelpNow;
  badgeName: string;
  pageOnly: boolean;
  /** Start with the label open (used by tests and screenshots). */
  initiallyOpen?: boolean;
}

export function Overlay({ assessment, help, badgeName, pageOnly, initiallyOpen = false }: OverlayProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const badge = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // Back to where the person was, so keyboard users do not lose their place.
    queueMicrotask(() => badge.current?.focus());
  };
  return (
    <div class="ml-root" data-app={`${assessment.store}:${assessment.appId}`} data-page-only={pageOnly ? 'true' : 'false'}>
      <Badge assessment={assessment} name={badgeName} expanded={open} onOpen={() => setOpen(true)} buttonRef={badge} />
      {open && <EasyReadLabel assessment={assessment} help={help} pageOnly={pageOnly} onClose={close} />}
    </div>
  );
}
