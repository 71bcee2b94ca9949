// Labels for evaluating the mental-health classifier (crawler/discovery/eval-classifier.ts).
// Judgements made by reading each listing's description, not by running the classifier.

/** MIND database conditions that are not mental health (everything else there counts as MH:
 *  stress & anxiety, mood, sleep, substance use, eating disorders, PTSD, self-harm, non-specific…). */
export const MIND_NON_MENTAL_HEALTH_CONDITIONS = ['Cardiovascular Health', 'Pain', 'Headache', 'COPD'] as const;

/**
 * iTunes search results (searched for "mental health", "anxiety", "therapy", "meditation") that
 * are not mental-health apps, or too unclear to count either way, by App Store id.
 */
export const ITUNES_LABELS: Readonly<Record<number, { label: 'not' | 'unclear'; why: string }>> = {
  1451295827: { label: 'not', why: 'brain-training games' },
  1257074055: { label: 'not', why: 'puzzle game' },
  977028266: { label: 'not', why: 'puzzle game' },
  6443926672: { label: 'not', why: 'joke "test" game for entertainment' },
  1044867788: { label: 'not', why: 'general diary app' },
  821068605: { label: 'not', why: 'video streaming service' },
  1207291278: { label: 'not', why: 'professional association member and events app' },
  1434554640: { label: 'not', why: 'physical therapy' },
  525278822: { label: 'not', why: 'speech and language therapy' },
  1428254496: { label: 'not', why: 'aphasia language therapy' },
  575764424: { label: 'not', why: 'speech and cognitive rehabilitation' },
  1472010034: { label: 'not', why: 'speech therapy, clinician version' },
  1031002863: { label: 'not', why: 'colouring book' },
  1623878709: { label: 'unclear', why: 'general telehealth (weight loss, hair loss, also anxiety)' },
  1466793305: { label: 'unclear', why: 'client portal for any practitioner, incl. counselling and physiotherapy' },
  6748458907: { label: 'unclear', why: 'phone vibration relaxation' },
  1123877452: { label: 'unclear', why: 'colour-sorting relaxation toy' },
  1108786610: { label: 'unclear', why: 'self-improvement courses' },
  1636614486: { label: 'unclear', why: 'rewards chatbot' },
  726031617: { label: 'unclear', why: 'Christian prayer' },
  1544048070: { label: 'unclear', why: 'Christian prayer' },
  6757132144: { label: 'unclear', why: 'Christian prayer' },
  6443936163: { label: 'unclear', why: 'two-line description' },
  6742663354: { label: 'unclear', why: 'religious text reader' },
};

/** Recorded store pages in the corpus that are not mental-health apps. */
export const NON_MENTAL_HEALTH_STORE_PAGES = [
  'store-pages/play/details-com.google.android.apps.translate.html',
  'store-pages/play/details-com.mojang.minecraftpe.html',
  'store-pages/play/details-com.adex77.WhereAmI.html',
  'store-pages/apple/app-us-netflix-id363590051-2023markup.html',
  'store-pages/apple/app-vn-id1193542964-2023markup.html',
] as const;

/** Made-up but realistic listings of other kinds of app, including ones that mention stress or mood once. */
export const OWN_NON_MENTAL_HEALTH: readonly { title: string; category: string; description: string }[] = [
  {
    title: 'StrideFit: Running & Workout Coach',
    category: 'Health & Fitness',
    description:
      'Plan your runs, log every workout and hit new personal bests. StrideFit builds interval plans from 5K to marathon, counts steps, tracks calories burned and syncs with your watch. Strength sessions with video demos for every muscle group, rest-day reminders and a weekly summary of distance, pace and heart rate zones. Exercise is also a great way to reduce stress after work. Join challenges with friends and climb the monthly leaderboard.',
  },
  {
    title: 'Bloom Cycle – Period Tracker',
    category: 'Health & Fitness',
    description:
      'Track your period, predict your next cycle and fertile window, and log symptoms such as cramps, acne, energy and mood. Bloom Cycle learns your cycle length over time and sends discreet reminders before your period starts. Ovulation calendar, pill reminder and pregnancy mode. Export a report for your doctor. Your data stays private and is never sold.',
  },
  {
    title: 'Northbank Mobile Banking',
    category: 'Finance',
    description:
      'Bank on the go with Northbank. Check balances, move money between accounts, pay bills and send payments to friends in seconds. Freeze a lost card, set spending alerts and see where your money goes with automatic categories. Budgeting tools help take the stress out of money. Log in securely with your fingerprint or face. Northbank is authorised and regulated by the financial authority.',
  },
  {
    title: 'Castle Siege: Tower Defense',
    category: 'Games',
    description:
      'Build towers, upgrade heroes and defend your kingdom against waves of goblins! More than 300 levels across ten worlds, epic boss fights, daily quests and a multiplayer arena. Collect gems to unlock new towers and spells. Play offline anytime. Contains in-app purchases.',
  },
  {
    title: 'GlucoLog: Diabetes Tracker',
    category: 'Medical',
    description:
      'Log blood glucose, insulin doses, carbs and medication in one place. See trends by time of day, get HbA1c estimates and share reports with your diabetes care team. Works with popular meters and continuous glucose monitors. Reminders for checks and injections. Managing diabetes can be stressful, so GlucoLog keeps it simple.',
  },
  {
    title: 'Dough & Crumb: Baking Recipes',
    category: 'Food & Drink',
    description:
      'Hundreds of tested baking recipes with step-by-step photos: sourdough, cakes, cookies and pastry. Scale recipes, convert units, make shopping lists and set kitchen timers. Save favourites and bake along with video classes from our bakers.',
  },
  {
    title: 'PocketVPN – Fast & Secure',
    category: 'Tools',
    description:
      'Browse privately on public Wi-Fi with one tap. PocketVPN encrypts your connection, hides your IP address and unlocks streaming content in over 50 countries. No logs, unlimited bandwidth, kill switch and split tunnelling.',
  },
  {
    title: 'Lingo Pal: Learn Spanish',
    category: 'Education',
    description:
      'Learn Spanish in five minutes a day with bite-sized lessons, speaking practice and a friendly owl. Build vocabulary, master grammar and keep your streak. Translate phrases, quiz yourself and compete on leaderboards with friends.',
  },
  {
    title: 'HomeDoc: Video GP Appointments',
    category: 'Medical',
    description:
      'See a GP by video today. Book appointments, get prescriptions sent to your pharmacy and request fit notes. Our doctors treat common conditions like infections, skin problems, allergies and back pain. Order repeat medication and view your records.',
  },
  {
    title: 'Snap Studio Photo Editor',
    category: 'Photography',
    description:
      'Edit photos like a pro: filters, retouch, background remover, collage maker and text tools. Create stunning stories and share them instantly. Relax and get creative with hundreds of templates.',
  },
];
