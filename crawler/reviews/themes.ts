// What reviews say, as sentence-level cues per theme (RUBRIC.md "What other users say").
// Precision matters more than recall: a sentence shown under "felt worse" must say that, so
// cues are specific phrases, negated cues are dropped or moved ("not helpful" is no-effect), and
// hypothetical or wished-for statements ("it would help if…") do not count.
import type { ReviewTheme } from '../../shared/schema/listing.ts';

export interface Cue {
  pattern: RegExp;
  /** What a negator just before the cue does: drop the match, move it to another theme, or
   *  nothing (the cue already contains its own negation, e.g. "didn't do anything"). */
  negated: 'drop' | 'ignore' | ReviewTheme;
  /** Skip the cue in hypothetical clauses ("if it crashes…", "it would help if…"). */
  factualOnly: boolean;
  /** Sentences in which this cue means something else. */
  unless?: RegExp;
  /** How many words before the cue are searched for a negator (default 3). */
  negationWindow?: number;
}

export interface ThemeRule {
  theme: ReviewTheme;
  cues: Cue[];
  /** Sentences that look like the theme but are about something else. */
  exclusions: RegExp[];
  /** Extra words that make a clause aspirational rather than a report ("supposed to feel better"). */
  aspirational?: RegExp;
}

const cue = (pattern: RegExp, negated: Cue['negated'] = 'drop', factualOnly = true, unless?: RegExp): Cue =>
  unless ? { pattern, negated, factualOnly, unless } : { pattern, negated, factualOnly };

/** Feelings that count as getting worse when the app causes them. */
const WORSE =
  '(?:worse|more (?:anxious|depressed|stressed|panicky|upset|overwhelmed|hopeless|suicidal|lonely|sad|agitated|irritable|paranoid|on edge)|anxious|panicky|depressed|suicidal|stressed(?: out)?|overwhelmed|on edge)';
/** Words that strengthen a feeling ("so so much worse", "that much worse", "10x more stressed"). */
const MORE = '(?:(?:even|so|much|that|a lot|way|far|very|really|actually|just|honestly|a bit|a little|ten times|twice as|\\d+ ?(?:x|times)) )*';
/** Amounts of a bad feeling ("new added anxiety", "so much stress"). */
const ADDED = '(?:(?:a|an|more|new|added|extra|so much|real|serious|a lot of|unnecessary) )*';
/** "gives anxiety relief" is the opposite of a bad feeling. */
const NOT_RELIEF = '(?! (?:relief|release|reduction|management|tips|help|support|ball))';
/** States that are bad whenever they go up (unlike mood or sleep). */
const BAD_STATE = '(?:anxiety|depression|stress|panic|insomnia|ocd|ptsd|symptoms|negative thoughts)';
const SYMPTOM = '(?:anxiety|depression|stress|panic|mood|mental health|symptoms|insomnia|ocd|thoughts|ptsd|sleep)';
/** Sentences about paying, where "useless" or "didn't help" is a complaint about cost. */
const MONEY_CONTEXT = /\b(?:pay|paying|paid|subscri\w+|premium|free|preview|unless you|bank account|wallet|money|\$\d)/i;
/** Sentences about a feature or a fault, where "isn't useful" is about the feature, not the app's effect. */
const FEATURE_CONTEXT =
  /\b(?:bug\w*|crash\w*|glitch\w*|updat\w*|feature|function|button|search|sort|option|link|setting|widget|notification|reminder|menu|device|phone|iphone|ipad|android|reinstall\w*|restart\w*|toggl\w*|power[- ]?cycl\w*|log(?:ging)? out|pressing)s?\b/i;
const SUPPORT_CONTEXT =
  /\b(?:customer (?:service|support|care)|support team|the support|tech support|developers? (?:was|were)|refund|cancel\w*|log ?in|sign ?in|password|subscription|itunes|app ?store|play store|apple)\b/i;

/** Whose data a privacy cue is about ("my", "all of our", "the users'"), repeated as needed. */
const WHOSE = "(?:my |your |our |their |user |users'? |the users'? |people'?s |everyone'?s |personal |all |so much |of )";
/** Everyday verbs ("get", "take", "want") are about personal data only with a possessive ("get your info", not
 *  "get information"), and never about e-mail ("did you get my email?"). */
const POSSESSIVE = "(?:my |your |our |their |users'? |the users'? |people'?s |everyone'?s )";
/** Payment details are a cost complaint ("why do I have to give card details for a free trial?"). */
const NOT_PAYMENT = '(?<!(?:card|payment|billing|bank|banking) )';
const PERSONAL_DATA = `${NOT_PAYMENT}(?:data|information|info|details|e-?mail(?: address)?|contacts|phone number|location)`;
/** What an app asks for before it can be used, when reviewers object to giving it. */
const IDENTITY_WORDS =
  'facebook|fb|e-?mail(?: address)?|personal (?:details|data|info\\w*)|real name|full name|home address|address|phone number|date of birth|birthday|location|details|contacts';
const IDENTITY = `${NOT_PAYMENT}(?:${IDENTITY_WORDS})`;

/** Sentences where "want to die" or "kill myself" is said of ads, bugs, prices or voices, or as a joke. */
const FIGURE_OF_SPEECH =
  /\b(?:ads?|adverts?|advertisements?|commercials?|bugs?|glitch\w*|crash\w*|price\w*|pay\w*|subscription|paywall|charg\w*|customer (?:service|support)|voice|music|notifications?|pop-?ups?|log ?in|password|lol|lmao|haha\w*|jk)\b|😂|🤣/iu;

export const THEME_RULES: readonly ThemeRule[] = [
  {
    theme: 'helped',
    cues: [
      cue(/\b(?:helped|helps|helping)\b/i, 'no-effect'),
      cue(/\b(?:a (?:great|huge|big|real|massive) help|been a (?:great |huge |big )?help|so much help)\b/i, 'no-effect'),
      // A negated "helpful" is often about a feature; the app-level "not helpful" is a no-effect cue.
      // "Everything useful is locked behind the premium plan" describes content, not an effect.
      cue(/\b(?:helpful|useful|beneficial|effective)\b/i, 'drop', true, MONEY_CONTEXT),
      cue(
        /\bfe(?:el|lt|eling)(?: so| so much| much| a lot| way| a bit| a little| far| instantly| immediately| already)* (?:better|calmer|more (?:relaxed|calm|grounded|cent(?:er|re)d|positive|at peace|in control|focused|present|balanced|peaceful|confident|hopeful|rested)|less (?:anxious|stressed|depressed|overwhelmed|alone|lonely|tense|worried))\b/i,
        'no-effect',
      ),
      cue(/\b(?:sleep|slept|sleeping)(?: so much| much| a lot| way| so| far)* better\b|\bfall(?:ing)? asleep (?:faster|quicker|easier|so fast)\b/i, 'no-effect'),
      cue(
        /\b(?:life[- ]?changing|changed my life|life ?saver|saved my life|game[- ]?changer|ma(?:de|kes?) a (?:huge |big |real |massive |great )?difference|works? wonders|worked wonders)\b/i,
        'no-effect',
      ),
      cue(new RegExp(`\\b(?:reduced|reduces|lowered|decreased|eased|eases|calmed|relieved|improved|improves) my ${SYMPTOM}`, 'i'), 'no-effect'),
      cue(new RegExp(`\\bmy ${SYMPTOM} (?:has |have |is |are )?(?:gone down|decreased|reduced|improved|got better|gotten better|much better|so much better)`, 'i'), 'no-effect'),
      cue(/\bno longer (?:have|get|feel|suffer|struggle|need)\b/i, 'ignore'),
      cue(/\b(?:don'?t|do not) (?:get|have|feel) (?:as )?(?:anxious|stressed|panic attacks?|depressed) (?:anymore|any more)\b/i, 'ignore'),
      cue(/\bcalm(?:s|ed)? me down\b/i, 'no-effect'),
    ],
    exclusions: [SUPPORT_CONTEXT, /\b(?:would|will|could|might) (?:be|have been) (?:more |really |so |very )?(?:helpful|useful)\b/i, /\bhelp (?:me|us) (?:with|fix|out)\b.*\?/i],
    aspirational:
      /\b(?:want|wanted|wanting|need|needed|trying|try|tried|looking|hoping|expect(?:ed|ing)?|supposed|meant|designed|claims?|promises?|intended|order to)\b|\bto\s*$/i,
  },
  {
    theme: 'no-effect',
    cues: [
      cue(/\b(?:app|it|this|it'?s|is|was) (?:is |was |'s )?(?:completely |totally |pretty |basically |utterly |absolutely |just |so )?(?:useless|pointless)\b|^(?:useless|pointless)\b/i),
      cue(
        /\b(?:it|this(?: app)?|the app|app|it'?s|its) (?:is |was |has been |'s )?(?:not|isn'?t|wasn'?t|never|hasn'?t been) (?:very |really |that |at all |particularly |all that |super |even )?(?:helpful|useful|effective|beneficial)\b|^(?:not|wasn'?t|isn'?t) (?:very |really |that |at all )?(?:helpful|useful|effective)\b/i,
        'ignore',
      ),
      cue(/\b(?:didn'?t|doesn'?t|does not|did not|don'?t|do not|hasn'?t|has not|haven'?t|won'?t|wouldn'?t|never) (?:really |actually |even |seem to |truly |at all )?help\b(?! (?:but|from))/i, 'ignore'),
      cue(/\b(?:no|not (?:much|any|a lot) of a|not much|of no|zero) help\b/i, 'ignore'),
      cue(/\bwaste of (?:my )?time\b/i),
      cue(/\b(?:did|does|do|has|have) (?:absolutely )?nothing (?:for me|to help|for my)\b/i, 'ignore'),
      cue(/\b(?:didn'?t|did not|doesn'?t|does not|hasn'?t|has not) (?:really |actually )?do (?:anything|much|a thing)(?: for me)?\b/i, 'ignore'),
      cue(/\b(?:made|makes|make|noticed|notice|seen|see|felt|feel|saw) (?:absolutely |really |literally )?(?:no|zero|little) (?:real |noticeable |significant |positive )?(?:difference|improvement|effect|change|benefit)\b/i, 'ignore'),
      cue(
        /\b(?:haven'?t|hasn'?t|didn'?t|don'?t|did not|have not|has not|do not) (?:really |actually )?(?:notice[d]?|see|seen|feel|felt) (?:any|much of a|a) (?:real |noticeable |significant |positive )?(?:difference|improvement|effect|change|benefit)\b/i,
        'ignore',
      ),
      cue(/\b(?:doesn'?t|didn'?t|does not|did not|never) (?:really |actually )?work(?:ed)? for me\b/i, 'ignore'),
    ],
    exclusions: [SUPPORT_CONTEXT, MONEY_CONTEXT, FEATURE_CONTEXT, /\b(?:not|never) (?:completely |totally |entirely )?(?:useless|pointless)\b/i],
  },
  {
    theme: 'felt-worse',
    cues: [
      cue(new RegExp(`\\b(?:made|makes|making|make) (?:me|my ${SYMPTOM})(?: feel| feeling)? ${MORE}${WORSE}\\b`, 'i')),
      cue(new RegExp(`\\b(?:made|makes|making) (?:things|everything|my life) ${MORE}worse\\b`, 'i')),
      // "gave me nightmares", "this app gives nightmares", "gave new added anxiety" – not "gives anxiety relief".
      cue(
        new RegExp(
          `\\b(?:gave|gives|giving|give)(?: me)? ${ADDED}(?:panic attacks?|anxiety(?: attacks?)?|nightmares|stress)\\b${NOT_RELIEF}`,
          'i',
        ),
      ),
      // Causing, creating or adding a bad feeling ("this app causes stress", "just adds more stress to the mix",
      // "this is creating more anxiety") – not general truths ("stress causes anxiety", "it can cause anxiety").
      cue(
        new RegExp(
          `\\b(?:cause|causes|caused|causing|create|creates|created|creating|induce|induces|induced|inducing|add|adds|added|adding)(?: me)?(?: to (?:my|the))? ${ADDED}(?:panic attacks?|anxiety|stress|nightmares|distress)\\b${NOT_RELIEF}`,
          'i',
        ),
        'drop',
        true,
        /\b(?:stress|anxiety|depression|worry|worrying|overthinking|thoughts|caffeine|work|life|school|can|may|might|could)(?: \w+)? (?:cause|causes|create|creates|add|adds)\b|\bused to\b/i,
      ),
      cue(/\btrigger(?:ed|s)? (?:me|my|a panic|an? (?:anxiety|panic|episode))\b|\b(?:very |so |really |extremely |incredibly )?triggering\b/i),
      cue(
        new RegExp(
          `\\b(?:feel|felt|feeling|am|was|got|get|getting|became|become) ${MORE}${WORSE} (?:after|since|than (?:before|when)|when (?:i use|using)|while using|using|from|because of)\\b`,
          'i',
        ),
      ),
      cue(new RegExp(`\\bleft me (?:feeling )?${MORE}${WORSE}\\b`, 'i')),
      cue(new RegExp(`\\b(?:increased|increases|increasing|heightened|heightens|worsened|worsens|amplified|amplifies|intensified|intensifies|ramped up|ramps up|cranked up) (?:my|the|your) ${BAD_STATE}`, 'i')),
      // "stressed me out", "you've stressed me more than I was" – not what stresses people anyway ("work stresses me out").
      cue(/(?<!\b(?:work|job|life|school|exams?|boss|kids|family|news|things|stuff|everything|people) )\b(?:stress|stresses|stressed|stressing) me (?:out|more)\b/i),
      cue(/\b(?:it|this app|the app|this|that|the (?:notifications?|reminders?|streaks?|messages?|constant \w+)) (?:has |have |had |is |are |was |were )?(?:really |just |actually |only )?(?:give|gives|gave|giving) me anxiety\b/i),
      cue(/\b(?:had|have|got|get|getting) (?:a |an )?(?:panic|anxiety) attacks? (?:while|when|after|from|during) (?:using|listening|doing|trying|the|this|it)\b/i),
      cue(/\b(?:more|far more|much more) (?:harm|stress|anxiety|damage) than (?:good|help|relief|calm)\b|\b(?:scared|frightened|terrified) the (?:\w+ ){0,2}out of me\b/i),
      // The app itself is the opposite of what it promises ("induces the exact opposite of calm", "very far from calm").
      cue(/\b(?:the )?(?:exact |complete |total |very )?opposite of (?:calm|calming|relaxing|relaxed|relaxation|peaceful|soothing|zen|mindful)\b|\b(?:far|anything but) (?:from )?(?:calm|relaxed|relaxing|peaceful|zen)\b/i),
      cue(
        /\b(?:it|this app|the app|this|that) (?:is|was|has been|'s|became|becomes|feels|felt) (?:(?:so|very|really|incredibly|extremely|super|more|just|actually|quite|pretty) )*(?:stressful|anxiety[- ]inducing|distressing|upsetting|nerve[- ]wracking)\b/i,
      ),
      // Being made to feel a failure or guilty ("shaming language that makes you feel like a jerk").
      cue(
        /\b(?:made|makes|making|make) (?:me|you|us) feel (?:like )?(?:(?:a|an|such a|a complete|a total) )?(?:failure|jerk|idiot|fool|loser|bad person|burden|worthless|guilty|ashamed|stupid|inadequate|judged|bad about (?:myself|yourself))\b/i,
      ),
    ],
    // Reports about some other app are not about this one.
    exclusions: [/\bhelped me (?:through|with) (?:my )?(?:worse|worst)\b/i, /\b(?:other|last|previous|another|old|different) apps?\b/i],
  },
  {
    theme: 'privacy',
    cues: [
      cue(/\bprivacy\b/i, 'ignore', false),
      cue(/\b(?:private|personal|sensitive|health|mental health) (?:data|information|info|details|questions)\b|\b(?:intrusive|invasive) questions\b/i, 'ignore', false),
      // What is done with someone's data: sold, shared, collected, taken.
      cue(
        new RegExp(
          `\\b(?:(?:sell|sells|selling|sold|share|shares|sharing|shared|harvest\\w*|mine|mining|collect\\w*|steal\\w*|grab\\w*|gather\\w*) ${WHOSE}*${PERSONAL_DATA}|(?:get|gets|getting|take|takes|taking|want|wants|wanted) (?:all (?:of )?)?${POSSESSIVE}(?:personal )?(?:data|information|info|details))\\b(?! back)`,
          'i',
        ),
        'ignore',
        false,
      ),
      cue(/\b(?:third|3rd)[- ]part(?:y|ies)\b/i, 'ignore', false),
      // Passed on to others ("sends it all to Facebook", "shares everything with advertisers").
      cue(
        /\b(?:sell|sells|selling|sold|share|shares|sharing|shared|send|sends|sending|sent|pass|passes|passing|passed|leak|leaks|leaking|leaked)(?: (?:it|them|this|that|everything|all)(?: all)?)?(?: on)? (?:to|with) (?:other (?:companies|apps|parties|businesses)|advertisers|marketers|insurers|insurance companies|(?:data )?brokers|facebook|google(?! (?:fit|play|drive|calendar|home|assistant)))\b/i,
        'ignore',
        false,
      ),
      // Being recorded or listened to.
      cue(/\brecord(?:s|ed|ing)? (?:me|us|you|everything|what (?:i|you|we) say|(?:my|your|our) (?:conversations?|calls?|voice))\b|\blistening in\b|\beavesdrop\w*|\b(?:microphone|mic) (?:is |was )?(?:always )?(?:on|recording|listening)\b/i, 'ignore', false),
      cue(/\btrack(?:s|ing|ed)? (?:me|you|users|people|everything)\b|\b(?:ad )?trackers\b|\btracking (?:data|cookies|pixels|software)\b/i, 'ignore', false),
      // App permissions ("way too many permissions", "the location permission is required").
      cue(
        /(?<!notifications? )\bpermissions\b|\b(?:device id|location|camera|contacts?|microphone|mic|storage|calendar|sms|call logs?|phone) permission\b|\bpermission (?:is |was |are )?(?:required|needed|requested)\b|\bpermission (?:to|for) (?:access|read|use|see|my|your)\b|\baccess to (?:my|your|all) (?:contacts|location|photos|pictures|camera|microphone|mic|files|phone|device|storage|media|gallery|identity|social)\b/i,
        'ignore',
        false,
        /\b(?:not granted|weren'?t granted)\b/i,
      ),
      cue(
        /\b(?:delete|deleting|erase|remove) (?:my |all my |your |all your |the )?(?:data|information|personal \w+)\b|\b(?:can'?t|cannot|unable to|no way to|no option to|impossible to|won'?t let (?:me|you)|how (?:do|can) (?:i|you)|hard to|difficult to) (?:even |just |easily |simply |actually |ever )?(?:delete|remove) (?:my |the |your |an |our )?account\b/i,
        'ignore',
        false,
      ),
      // Not "hacked" or "IP address": reviewers use them for break-ins and blocked log-ins, which
      // raters did not count as privacy.
      cue(
        /\b(?:gdpr|hipaa|confidential\w*|spy(?:ing|ware)?|creepy|stalk\w*|surveillance|invasive|(?<!un-?|non-?)intrusive(?! (?:ads?|adverts?|pop-?ups?|bugs?|notifications?|reminders?|messages?|prompts?|sounds?|music|noises?))|imei|mac address|data (?:breach|collection|mining|harvesting|protection|sharing|policy))\b/i,
        'ignore',
        false,
      ),
      // Somewhere the reviewer's words should be private and are not ("emails about my mental health went to a non-private address").
      cue(/\b(?:(?:not|isn'?t|wasn'?t|aren'?t|weren'?t) (?:very |really |so |that |at all )?|non-? ?)(?:private|secure|confidential)\b/i, 'ignore', false),
      // Objections to handing over identity to use the app ("why do you need my email?", "demands my email address").
      cue(
        new RegExp(
          `\\b(?:wants?|wanted|wanting|asks?|asked|asking|requires?|required|requiring|demands?|demanded|demanding|forces? (?:you|me|users) to (?:give|enter|share|use)|(?:don'?t|do not|didn'?t|did not) (?:want|wish|need) to (?:give|share|link|connect|hand over|provide)(?: you| them)?) (?:you |me |users |for |to (?:give|enter|share|use|link|provide|know|see) )?${WHOSE}*${IDENTITY}\\b`,
          'i',
        ),
        'ignore',
        false,
        // Support staff or a log-in form asking for an e-mail address is an account problem.
        /\b(?:support|customer service|contacted|refund\w*|reset\w*|password|receipt|invoice|verif\w*|already (?:in use|registered|exists?|taken))\b/i,
      ),
      cue(/\b(?:put|puts|putting|enter|enters|entering|type|typing|give|giving|provide|providing|submit|submitting|hand over) (?:in )?(?:your|my|our|their) (?:real name|full name|home address|address|date of birth|phone number)\b/i, 'ignore', false),
      cue(
        new RegExp(`\\bwhy\\b(?=[^.!?]{0,50}\\b(?:need|want|require|ask|have to|must)\\w*\\b)(?=[^.!?]{0,100}\\b${IDENTITY}\\b)`, 'i'),
        'ignore',
        false,
      ),
      cue(/\banonym\w+/i, 'ignore', false),
    ],
    exclusions: [/\b(?:lost|lose|losing|wiped|erased|deleted) (?:all )?(?:of )?my (?:data|information|progress)\b/i],
  },
  {
    theme: 'not-for-me',
    cues: [
      cue(/\b(?:robotic|scripted|canned|cookie[- ]cutter|one[- ]size[- ]fits[- ]all|condescending|patronising|patronizing|preachy|dismissive|invalidat\w+|superficial)\b/i),
      cue(/\b(?:feels?|felt|is|was|are|were|so|too|very|pretty|really|quite|just) generic\b|\bgeneric (?:responses?|answers?|advice|content|messages?|tips|replies|feedback|questions|meditations|exercises)\b/i),
      cue(/\b(?:automated|pre[- ]?written|same|repetitive) (?:responses|answers|replies|messages)\b/i),
      cue(/\bfelt (?:dismissed|judged|unheard|ignored|invalidated)\b|\btalking to a (?:wall|robot|bot|brick wall)\b/i),
      cue(/\b(?:didn'?t|doesn'?t|don'?t|did not|does not|never) (?:really |actually |seem to |even )?(?:understand (?:me|what i|my)|get me\b(?! wrong))|\b(?:didn'?t|doesn'?t|does not|did not|never) (?:listen to|hear) me\b/i, 'ignore'),
      cue(/\b(?:just |simply )?(?:not|isn'?t|wasn'?t) (?:really )?for me\b|\bnot my (?:thing|cup of tea)\b/i, 'ignore'),
    ],
    exclusions: [/\bgeneric (?:error|message)\b/i, /\bsame (?:responses|answers|replies) (?:as|for) (?:the )?(?:free|paid)\b/i],
  },
  {
    theme: 'crisis',
    cues: [
      cue(
        /\bsuicid\w*|\bend(?:ing)? my (?:own )?life\b|\bself[- ]?harm\w*|\bcutting myself\b(?! (?:off|out|short|some slack|a break|loose|free))|\b(?:want(?:ed)? to|urges? to|thoughts? (?:of|about)|thinking (?:of|about)|tempted to|stop(?:ped)? (?:myself )?from) (?:hurt|hurting|cut|cutting|harm|harming) myself\b|\b(?:(?:don'?t|didn'?t|did not|do not) want to (?:live|be alive|be here anymore)|no reason to live|better off dead)\b|\b(?:nervous|mental) breakdown\b|\b(?:having|had|have|has) (?:a |my |these |those )?(?:melt ?downs?|breakdowns?)\b|\bdark thoughts\b|\b(?:in|into|from) a (?:very |really |deep )?dark place\b|\boverdos(?:e|ed|ing)\b|\bpsych(?:iatric)? (?:ward|hospital|unit)\b/i,
        'ignore',
        false,
      ),
      // Said of ads, bugs and prices these are figures of speech ("this ad makes me want to die lol").
      cue(/\bkill(?:ing)? myself\b|\bend(?:ing)? it all\b|\bwant(?:ed)? to die\b/i, 'ignore', false, FIGURE_OF_SPEECH),
      cue(
        /\bcrisis\b|\bcrisis (?:line|text)\b|\bhotlines?\b|\bhelplines?\b|\bsamaritans\b|\b(?:call|called|calling|dial|dialled|dialed|dialling|dialing|text|texted|ring|rang)(?: the)? (?:911|999|988|112|000|111)\b|\bemergency (?:services|number|room|line)\b/i,
        'ignore',
        false,
      ),
    ],
    exclusions: [
      /\b(?:mid-?life|quarter[- ]life|financial|identity|existential|budget|energy|housing|economic|climate|political|refugee|supply|cost[- ]of[- ]living) crisis\b/i,
      /\b(?:customer|support|billing|sales|tech(?:nical)?) (?:service |support |care )?(?:help ?line|hotline)\b/i,
    ],
  },
  {
    theme: 'cost',
    cues: [
      cue(
        /\b(?:expensive|overpriced|over[- ]priced|pricey|rip[- ]?off|ripoff|money grab|cash grab|greedy|scam(?:med|my)?)\b/i,
        'drop',
        true,
        /\b(?:therapy|therapists?|professional help|counsell?ing|counsell?ors?) (?:is|are|can be|gets?)\b|\bexpensive to (?:seek|see|get|find|go)\b/i,
      ),
      { ...cue(/\b(?:pay ?wall(?:ed)?|behind a pay|locked behind|(?:have|had|has|must|need|needs|forced) to (?:pay|subscribe|buy|purchase|upgrade))\b/i), negationWindow: 6 },
      cue(/\b(?:charged|charging|billed|billing) (?:me|my|without|after|even|twice|again|for)\b|\b(?:refund|auto[- ]?renew\w*)\b/i),
      cue(/\bcancel(?:l?ed|l?ing)? (?:my |the )?(?:subscription|membership|trial|free trial)\b|\b(?:can'?t|couldn'?t|cannot|unable to|impossible to|hard to) cancel (?:my |the |a |your )?(?:subscription|membership|trial|plan|payment|account)\b/i, 'ignore'),
      cue(/\b(?:not|isn'?t|wasn'?t|aren'?t|no longer) (?:really |actually |even |completely |totally )?free\b|\bonly (?:a few|a couple|one|two|three|\d+) (?:\w+ )?(?:are |is )?free\b/i, 'ignore'),
      cue(/\b(?:everything|most(?: things)?|all|the majority|most of (?:the|it)|half|almost everything)(?: of the)?(?: content| features| meditations| sessions| exercises| courses| tools)? (?:is|are|requires?) (?:locked|behind|premium|paid|for premium|for paid)\b/i),
      cue(/\bnot worth (?:the |its |it'?s )?(?:money|price|cost|subscription|paying|\$)|\bwaste of (?:my )?money\b|\bcan'?t afford\b|\btoo (?:much money|pricey|expensive)\b/i, 'ignore'),
      cue(/\b(?:raised|increased|hiked|doubled) (?:the |their )?(?:price|subscription)|\bprice (?:increase|hike|went up)\b/i),
    ],
    exclusions: [/\bno (?:paywall|subscription)\b/i, /\b(?:other|most|many) (?:meditation |similar |of the other )?apps\b/i],
  },
  {
    theme: 'technical',
    cues: [
      cue(/\bcrash\w*|\bbug(?:s|gy|ged)?\b|\bglitch\w*|\bfreez(?:es|ing|e)\b|\bfroze\b|\blagg?(?:y|ing|s)\b|\bunresponsive\b/i),
      cue(/\berror(?: message| code| screen)?s?\b/i),
      cue(
        /\bwon'?t (?:load|open|play|start|sync|download|let me)\b|\b(?:doesn'?t|didn'?t|does not|did not|can'?t|cannot|couldn'?t|unable to) (?:load|open|play|sync|download|log ?in|sign ?in|login)\b|\b(?:it|app|audio|sound|video|button|feature|function|login|download|sync|widget|timer|player|mode|notifications?|reminders?|search|link|subscription|restore) (?:just |simply |still |even |really |now |also )?(?:doesn'?t|didn'?t|won'?t|does not|did not|will not|no longer) work\b(?! for me)/i,
        'ignore',
        true,
        // "can't open it until you subscribe" is a paywall, not a fault.
        /\b(?:subscri\w+|pay|paid|premium|locked|free trial|unless|until you|cancel\w*|refund\w*)\b/i,
      ),
      cue(/\bstopped working\b|\bnot (?:loading|working|opening|syncing|playing)\b|\bkeeps? (?:crashing|closing|freezing|stopping|restarting|logging me out|kicking me out|buffering)\b|\blogs? me out\b/i, 'ignore'),
      cue(/\b(?:black|white|blank) screen\b|\bloading (?:screen|forever|issues?|problems?)\b|\b(?:network|server|connection) (?:error|issues?|problems?)\b|\bsync(?:ing)? (?:issues?|problems?)\b|\bdrains? (?:my |the )?battery\b/i),
      cue(/\b(?:lost|lose|losing|deleted|wiped|erased) (?:all )?(?:of )?my (?:data|entries|progress|history|journal|account|records|notes)\b|\bupdate (?:broke|ruined|messed|deleted)\b/i),
    ],
    exclusions: [/\btrial and error\b/i, /\bbug (?:me|you|us)\b/i],
  },
];
