// The popup: settings (crisis-services region, show or hide the badge), what MindLabel checks,
// what it cannot know, and how old the bundled dataset is.
import { useEffect, useState } from 'preact/hooks';
import { CRISIS_LINES } from '../../../shared/crisis-lines.ts';
import { formatDate } from '../../../shared/summary.ts';
import { regionName } from '../../components/CrisisHelp.tsx';
import type { DatasetInfo } from '../../utils/dataset.ts';
import { datasetInfo } from '../../utils/lookup.ts';
import { AUTO_REGION } from '../../utils/region.ts';
import { regionSetting, showBadgeSetting } from '../../utils/settings.ts';

/** Regions with services in the directory, by name. */
export const REGION_CHOICES: readonly { code: string; name: string }[] = [...new Set(CRISIS_LINES.map((l) => l.region))]
  .map((code) => ({ code, name: regionName(code) ?? code.toUpperCase() }))
  .sort((a, b) => a.name.localeCompare(b.name));

export const OTHER_REGION = 'other';

export function Popup() {
  const [region, setRegion] = useState<string | null>(null);
  const [showBadge, setShowBadge] = useState<boolean | null>(null);
  const [info, setInfo] = useState<DatasetInfo | null | undefined>(undefined);

  useEffect(() => {
    regionSetting.getValue().then(setRegion, () => setRegion(AUTO_REGION));
    showBadgeSetting.getValue().then(setShowBadge, () => setShowBadge(true));
    datasetInfo().then(setInfo, () => setInfo(null));
  }, []);

  return (
    <main class="popup">
      <h1>MindLabel</h1>
      <p class="lead">
        MindLabel reads the store page of a mental-health app and tells you, in plain words, what it says about three
        things.
      </p>

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <label class="field">
          <span>Where you live (for help in a crisis)</span>
          <select
            value={region ?? AUTO_REGION}
            disabled={region === null}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value;
              setRegion(value);
              void regionSetting.setValue(value);
            }}
          >
            <option value={AUTO_REGION}>From the store page</option>
            {REGION_CHOICES.map((choice) => (
              <option key={choice.code} value={choice.code}>
                {choice.name}
              </option>
            ))}
            <option value={OTHER_REGION}>Somewhere else</option>
          </select>
        </label>
        <label class="field check">
          <input
            type="checkbox"
            checked={showBadge ?? true}
            disabled={showBadge === null}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLInputElement).checked;
              setShowBadge(value);
              void showBadgeSetting.setValue(value);
            }}
          />
          <span>Show the MindLabel badge on store pages</span>
        </label>
      </section>

      <section aria-labelledby="checks-heading">
        <h2 id="checks-heading">What MindLabel checks</h2>
        <ul>
          <li>
            <strong>Does it work?</strong> Does the page name a study, a regulator or the experts who made it?
          </li>
          <li>
            <strong>Is my data safe?</strong> What the store's data label and the privacy policy say about your
            information.
          </li>
          <li>
            <strong>Is it safe for me?</strong> Does the page say you might feel worse, who the app is not for, and where
            to get help in a crisis?
          </li>
        </ul>
      </section>

      <section aria-labelledby="limits-heading">
        <h2 id="limits-heading">What it cannot know</h2>
        <ul>
          <li>It only reads what the app's pages say. It cannot see inside the app.</li>
          <li>It does not test whether the app works, and it is not a doctor's advice.</li>
          <li>A page can say things that are not true. MindLabel shows the words, so you can judge them.</li>
        </ul>
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your privacy</h2>
        <p>
          MindLabel never sends anything anywhere. The checks ship inside the extension, so nobody learns which apps
          you look at.
        </p>
        <p data-testid="dataset-date">
          {info === undefined
            ? 'Reading the list of checked apps…'
            : info
              ? `The list of checked apps is from ${formatDate(info.generatedAt)} (${info.apps} apps, rubric version ${info.rubricVersion}).`
              : 'The list of checked apps could not be read.'}
        </p>
      </section>
    </main>
  );
}
