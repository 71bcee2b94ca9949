// "If you need help now": the services for the person's region, each with what it offers and
// how to reach it, as links a phone can follow (tel:, sms:).
import type { CrisisService, HelpNow } from '../../shared/schema/assessment.ts';

type Reach = CrisisService['reach'][number];

/** The link for one way to reach a service, or null when it cannot be a link. */
export function reachHref(reach: Reach): string | null {
  if (reach.kind === 'online') return /^https:\/\//.test(reach.value) ? reach.value : null;
  const digits = reach.value.replace(/[^\d+]/g, '');
  if (!digits) return null;
  if (reach.kind === 'call') return `tel:${digits}`;
  // "text SHOUT to 85258": pre-fill the word, so a person in distress has one thing less to do.
  const keyword = /\b([A-Z]{2,})\s+to\s+[\d\s]+/.exec(`${reach.value} ${reach.label}`)?.[1];
  return keyword ? `sms:${digits}?&body=${encodeURIComponent(keyword)}` : `sms:${digits}`;
}

export function regionName(region: string | null): string | null {
  if (!region) return null;
  try {
    return new Intl.DisplayNames(['en-GB'], { type: 'region' }).of(region.toUpperCase()) ?? null;
  } catch {
    return null;
  }
}

export function CrisisHelp({ help, headingLevel = 3 }: { help: HelpNow; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const where = regionName(help.region);
  return (
    <section class="ml-help" aria-labelledby="ml-help-heading" data-testid="mindlabel-help" data-region={help.region ?? ''}>
      <Heading id="ml-help-heading" class="ml-section-title">
        If you need help now{where ? ` (${where})` : ''}
      </Heading>
      {help.intro.map((sentence, i) => (
        <p key={`intro-${i}`}>{sentence}</p>
      ))}
      <ul class="ml-services">
        {help.services.map((service) => (
          <li key={service.name} class="ml-service">
            <strong>{service.name}</strong>
            <span> – {service.offers}</span>
            {service.reach.length > 0 && (
              <span class="ml-reach">
                {service.reach.map((reach, i) => {
                  const href = reachHref(reach);
                  return (
                    <span key={`${reach.kind}-${i}`}>
                      {i > 0 ? ' or ' : ' '}
                      {href ? <a href={href}>{reach.label}</a> : reach.label}
                    </span>
                  );
                })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {help.closing.map((sentence, i) => (
        <p key={`closing-${i}`}>{sentence}</p>
      ))}
    </section>
  );
}
