// Detail for clinicians: every criterion with its status, weight and points, the formula, and
// the quotes each finding rests on with their sources.
import type { Assessment } from '../../shared/schema/assessment.ts';
import { BADGE_MARKS, LEVEL_WORDS, SOURCE_WORDS, STATUS_WORDS } from './levels.ts';

function formatNumber(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function ClinicianView({ assessment }: { assessment: Assessment }) {
  const { clinician, findings, domains } = assessment;
  const findingFor = new Map(findings.map((f) => [f.criterion, f]));
  return (
    <div class="ml-clinician" data-testid="mindlabel-clinician">
      <p class="ml-formula">
        <strong>Formula:</strong> {clinician.formula}
      </p>
      <p>
        <strong>Status values:</strong>{' '}
        {Object.entries(clinician.statusValues)
          .map(([status, value]) => `${status} = ${value}`)
          .join(', ')}
      </p>
      {BADGE_MARKS.map(({ domain, name }) => {
        const result = domains[domain];
        const rows = clinician.criteria.filter((c) => c.domain === domain);
        return (
          <table class="ml-criteria" key={domain}>
            <caption>
              {name}: score {result.score === null ? 'not checked' : formatNumber(result.score)}, level{' '}
              {LEVEL_WORDS[result.level]} ({result.judged} of {result.total} criteria judged)
              {result.flagged ? ', with a warning' : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Status</th>
                <th scope="col">Weight</th>
                <th scope="col">Points</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const finding = findingFor.get(row.criterion);
                return (
                  <tr key={row.criterion} data-criterion={row.criterion} data-status={row.status}>
                    <th scope="row">
                      {row.title}
                      <span class="ml-criterion-id"> ({row.criterion})</span>
                      {finding && finding.quotes.length > 0 && (
                        <ul class="ml-quotes">
                          {finding.quotes.map((quote, i) => (
                            <li key={i}>
                              “{quote.text}” <span class="ml-source">– {SOURCE_WORDS[quote.source]}, characters {quote.start}–{quote.end}</span>
                            </li>
                          ))}
                        </ul>
                      )}
                      {finding?.notes?.map((note, i) => (
                        <p class="ml-note-small" key={`note-${i}`}>
                          {note}
                        </p>
                      ))}
                    </th>
                    <td>{STATUS_WORDS[row.status]}</td>
                    <td>{formatNumber(row.weight)}</td>
                    <td>{formatNumber(row.points)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
