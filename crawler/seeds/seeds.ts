// Real mental-health apps to crawl on both stores. Ids are facts copied from the corpus file
// named in `source` (checked by test/seeds); where the corpus has no id for a store, that store
// is left out and `note` says so. Apps named by the study's users come first.
import type { Seed } from './schema.ts';

const MIND = 'apps/mind-rated-apps-dev.csv' as const;
const ITUNES = 'apps/itunes-search-mental-health-apps-2026.json' as const;
const DATA_SAFETY = 'apps/play-data-safety-health-medical-2022.csv' as const;
const NOT_IN_CORPUS = 'not in the corpus: ids to be added from the store once confirmed';

export const SEEDS: readonly Seed[] = [
  // Named by the study's users.
  { name: 'Calm Harm', source: {}, studyNamed: true, note: `self-harm urge app (stem4); ${NOT_IN_CORPUS}` },
  {
    name: 'Molehill Mountain',
    appleId: '1407304564',
    playId: 'uk.co.mymolehillmountain.autistica',
    source: { apple: MIND, play: MIND },
    studyNamed: true,
  },
  {
    name: 'MoodKit',
    source: {},
    studyNamed: true,
    note: `iOS CBT app; ${NOT_IN_CORPUS} (Moodnotes, by the same creators, is listed separately)`,
  },
  { name: 'Sleepio', source: {}, studyNamed: true, note: `CBT for insomnia (Big Health); ${NOT_IN_CORPUS}` },
  { name: 'Woebot', appleId: '1305375832', playId: 'com.woebot', source: { apple: ITUNES, play: DATA_SAFETY }, studyNamed: true },
  { name: 'Youper', appleId: '1060691513', source: { apple: ITUNES }, studyNamed: true, note: 'Play id not in the corpus' },
  { name: 'SilverCloud', source: {}, studyNamed: true, note: `CBT programmes given through health services; ${NOT_IN_CORPUS}` },
  { name: 'Happify', appleId: '730601963', source: { apple: ITUNES }, studyNamed: true, note: 'Play id not in the corpus' },
  { name: 'Beating the Blues', source: {}, studyNamed: true, note: `computerised CBT for depression; ${NOT_IN_CORPUS}` },
  {
    name: 'STOP',
    source: {},
    studyNamed: true,
    note: `which app the study's users meant is not certain; ${NOT_IN_CORPUS}. Candidates in the corpus: "Stop Panic & Anxiety Self-Help" (below) and the iOS "Stop Anxiety program"`,
  },
  // Widely used.
  { name: 'Headspace', appleId: '493145008', playId: 'com.getsomeheadspace.android', source: { apple: ITUNES, play: DATA_SAFETY } },
  { name: 'Calm', appleId: '571800810', playId: 'com.calm.android', source: { apple: MIND, play: MIND } },
  { name: 'Wysa', appleId: '1166585565', playId: 'bot.touchkin', source: { apple: MIND, play: MIND } },
  { name: 'Sanvello', playId: 'com.pacificalabs.pacifica', source: { play: DATA_SAFETY }, note: 'App Store id not in the corpus' },
  { name: 'Talkspace', appleId: '661829386', source: { apple: ITUNES }, note: 'Play id not in the corpus' },
  { name: 'BetterHelp', appleId: '995252384', playId: 'com.betterhelp', source: { apple: MIND, play: MIND } },
  { name: 'Daylio', appleId: '1194023242', source: { apple: ITUNES }, note: 'Play id not in the corpus' },
  { name: 'Finch', appleId: '1528595748', playId: 'com.finch.finch', source: { apple: MIND, play: MIND } },
  { name: 'MindShift CBT', appleId: '634684825', playId: 'com.bstro.MindShift', source: { apple: MIND, play: MIND } },
  { name: 'PTSD Coach', appleId: '430646302', playId: 'is.vertical.ptsdcoach', source: { apple: MIND, play: MIND } },
  { name: 'MoodMission', appleId: '1140332763', playId: 'au.com.mood.mission', source: { apple: MIND, play: MIND } },
  // More from the corpus's app lists.
  { name: 'Insight Timer', appleId: '337472899', playId: 'com.spotlightsix.zentimerlite2', source: { apple: MIND, play: MIND } },
  { name: 'Smiling Mind', appleId: '560442518', playId: 'com.smilingmind.app', source: { apple: MIND, play: MIND } },
  { name: 'Medito', appleId: '1500780518', playId: 'meditofoundation.medito', source: { apple: ITUNES, play: DATA_SAFETY } },
  { name: 'NOCD', appleId: '1063365447', playId: 'com.treatmyocd.nocd', source: { apple: MIND, play: MIND } },
  { name: 'MindDoc', appleId: '1052216403', playId: 'de.moodpath.android', source: { apple: ITUNES, play: DATA_SAFETY } },
  { name: 'Intellect', appleId: '1483308512', playId: 'co.intellect.app', source: { apple: ITUNES, play: DATA_SAFETY } },
  { name: 'Dare', appleId: '1034311206', playId: 'ie.armour.dare2', source: { apple: ITUNES, play: DATA_SAFETY } },
  { name: 'Rootd', appleId: '1289018369', playId: 'com.rootd', source: { apple: MIND, play: MIND } },
  { name: 'Clarity: CBT Thought Diary', appleId: '1010391170', playId: 'com.moodtools.cbtassistant.app', source: { apple: MIND, play: MIND } },
  {
    name: 'Mindfulness Coach',
    appleId: '804284729',
    playId: 'gov.va.mobilehealth.ncptsd.mindfulnesscoach',
    source: { apple: MIND, play: MIND },
  },
  { name: 'TalkLife', appleId: '449804588', playId: 'com.bearpty.talklife', source: { apple: MIND, play: MIND } },
  { name: 'I Am Sober', appleId: '672904239', playId: 'com.thehungrywasp.iamsober', source: { apple: MIND, play: MIND } },
  { name: 'Stay Alive', appleId: '915458967', playId: 'uk.org.suicideprevention.stayalive', source: { apple: MIND, play: MIND } },
  { name: 'Clear Fear', appleId: '1437282350', playId: 'uk.org.stem4.clearfear', source: { apple: MIND, play: MIND } },
  { name: 'Amaha (InnerHour)', appleId: '1323264990', playId: 'com.theinnerhour.b2b', source: { apple: MIND, play: MIND } },
  { name: 'Aura', appleId: '1114223104', playId: 'com.aurahealth', source: { apple: MIND, play: MIND } },
  { name: 'eQuoo', appleId: '1543940585', playId: 'com.psycapps.equoo', source: { apple: MIND, play: MIND } },
  { name: 'Flow – depression treatment', appleId: '1191476056', playId: 'com.flowneuroscience.flow.droid', source: { apple: ITUNES, play: DATA_SAFETY } },
  { name: 'Balance', appleId: '1361356590', playId: 'com.elevatelabs.geonosis', source: { apple: ITUNES, play: DATA_SAFETY } },
  { name: '7 Cups', appleId: '921814681', source: { apple: ITUNES }, note: 'Play id not in the corpus' },
  { name: 'Moodfit', appleId: '1054458809', source: { apple: ITUNES }, note: 'Play id not in the corpus' },
  { name: 'Moodnotes', appleId: '1019230398', source: { apple: ITUNES }, note: 'iOS only in the corpus; Play id not in the corpus' },
  { name: 'Unwinding Anxiety', appleId: '1247855111', source: { apple: ITUNES }, note: 'Play id not in the corpus' },
  { name: 'Headspace Care (Ginger)', appleId: '515118602', source: { apple: ITUNES }, note: 'Play id not in the corpus' },
  { name: 'Bearable', playId: 'com.bearable', source: { play: DATA_SAFETY }, note: 'listed as "Symptom & Mood Tracker"; App Store id not in the corpus' },
  { name: 'Mindable: Panic & Agoraphobia', playId: 'health.mindable.anxiety', source: { play: DATA_SAFETY }, note: 'App Store id not in the corpus' },
  { name: 'Stop Panic & Anxiety Self-Help', playId: 'com.excelatlife.panic', source: { play: MIND }, note: 'Android only in the corpus' },
];
