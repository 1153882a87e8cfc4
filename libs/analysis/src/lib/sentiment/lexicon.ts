/**
 * A sentiment lexicon for service feedback, valence −3 … +3, written for this project.
 * General opinion words plus the vocabulary of service failure (waiting, holds, callbacks
 * that never come, things lost, late or cancelled), which general-purpose lexicons miss.
 * Entries are phrase patterns (see phrase-pattern.ts) and are matched on stems, so one
 * form covers its inflections ("delay" covers "delayed", "delays").
 */
const BY_VALENCE: ReadonlyArray<readonly [number, readonly string[]]> = [
  [
    -3,
    [
      'terrible', 'horrible', 'awful', 'appalling', 'atrocious', 'abysmal', 'disgusting', 'disgraceful', 
      'pathetic', 'worst', 'horrendous', 'dreadful', 'outrageous', 'unacceptable', 'ridiculous', 'useless',
      'incompetent', 'nightmare', 'furious', 'livid', 'hate', 'scam', 'fraud', 'liar',
      'lied', 'lying', 'insulting', 'abusive', 'disaster', 'disastrous', 'inexcusable', 'shameful', 'damn', 'infuriating',
      'fuming', 'suck', 'crap', 'crappy', 'shit', 'wtf',
      'fml', 'stranded', 'exorbitant', 'extortionate', 'rude', 'rudest', 'unbearable', 'intolerable', 'fiasco', 'clusterfuck', 'fuck', 
      'screwed', 'lousy', 'miserable', 'misery',
      'thanks for nothing', 'never again', 'rip off', 'waste of (time|money)', 'fed up', 'sick of',
      'what a joke', 'took forever', 'taking forever', 'worst experience', 'no one (cares|care)',
      "couldn't care less", 'obnoxious', '(never|not) ... again', "what's the point",
    ],
  ],
  [
    -2,
    [
      'bad', 'poor', 'poorly', 'disappointed', 'frustrated', 
      'annoyed', 'angry', 'upset', 'unhappy', 'unhelpful', 'unprofessional', 'careless',
      'ignored', 'delay', 'cancelled', 'stuck', 'lost', 'missed', 'broken', 'damaged',
      'wrong', 'mistake', 'complaint', 'hassle', 'waste', 'slow', 'overpriced', 'overcharged',
      'worse', 'worried', 'inconvenience', 'uncomfortable', 'dirty',
      'cramped', 'filthy', 'smelly', 'sick', 'exhausted', 'sad', 'fault', 'blame', 'impossible', 'fail',
      'denied', 'refused', 'rejected', 'disrupted', 'chaos', 'mess', 
      'unreliable', 'unresponsive', 'rubbish', 'garbage', 'unfair', 'inadequate', 'shocking', 
      'stress', 'dislike', 'regret', 'pain', 'irritated', 'ugh',
      'smh', 'yikes', 'lame', 'joke', 'embarrassed', 'nonsense', 'excuse', 'clueless',
      'condescending', 'dismissive', 'arrogant', 'incorrect', 'faulty', 'defective', 'misleading', 'misled',
      'helpless', 'hopeless', 'neglected', 'outage', 'bug', 'glitch', 'crashed', 'trapped',
      'sadly', 'unfortunately', 'worthless', 'angered', 'hostile', 'ruined', 'awkward', 'flawed', 'weak', 'aggressive',
      'stunned', 'disappeared', 'unusable', 'inaccurate', 'overbooked', 'oversold',
      'still waiting', 'on hold', 'hold time', 'still (no|not|nothing|unable)', "still (haven't|hasn't|can't|don't|didn't)",
      'no (response|reply|answer|callback|help|update|updates|explanation|communication|apology|compensation|refund|one)',
      'nobody (called|answered|responded|replied|helped|knows|cares)',
      'never (called|heard|got|received|responded|replied|arrived|showed|answered|came)',
      "(haven't|hasn't|not|never|didn't) (received|gotten|heard)", '(second|third|fourth|fifth|<num>) time',
      '(high|steep|hefty|inflated|exorbitant|extortionate) (price|prices|bill|cost|costs|fee|fees|charge|charges|rates)',
      '(price|prices|cost|costs|fee|fees|charges|rates|bill) ... (high|steep|up)', 'over priced',
      'for hours', 'hours later', 'for ages', 'too long', 'let down', 'tired of', 'had enough', 'hung up',
      'run around', 'runaround', 'passed around', 'yet again', 'once again', 'not even', 'false promises',
      "(not|isn't|wasn't|aren't|doesn't|don't|didn't|won't|stopped) (working|work|load|loading)",
      "(can't|cannot|couldn't) (find|get|access|reach|log|login|use|book|check|change|pay|open|connect|contact|load|complete|submit)",
      'unable to (find|get|access|reach|log|login|use|book|check|change|pay|open|connect|contact|load|complete|submit)',
      '(website|site|app|system|portal|page|line|phone|service) (is|was|went)? down',
    ],
  ],
  [
    -1,
    [
      'problem', 'issue', 'error', 'late', 'expensive', 'concern', 
      'difficult', 'unable', 'declined', 'tired', 'wait', 'queue', 
      'meh', 'sigh', 'seriously', 'forever', 'refund', 'lack', 'struggle', 'noisy',
      'complicated', 'unclear', 'doubt', 'hard', 'sorry', 'apologize', 'nobody', 'anymore',
      'cold', 'strange', 'weird', 'odd', '=charged', 'pricey', 'fee', 'penalty', 'busy', 'unavailable',
    ],
  ],
  [
    1,
    [
      'quick', 'fast', 'easy', 'fixed', 'sorted', 'clean', 'safe', 'worth', 'welcome', 'cool', 'patient', 'patience',
      '=understanding', 'ok', 'okay', '=fine', 'better', 'improvement', 'hope', '=interesting', 'convenient', 'smart', '=reasonable', 'fair', 'free', 'bonus', 'upgrade', 
      'look forward', 'looking forward', 'no problem', 'no worries',
    ],
  ],
  [
    2,
    [
      'good', 'happy', '=pleased', 'glad', 'appreciate', 'thank', 
      'ty', 'thx', 'thnx', 'luv', 'compliment', 'delicious', 'yummy', 'welldone', 'taken care of', '=helpful', 'friendly', 'courteous', 'polite', 'professional', 'efficient', 'prompt', 'smooth',
      'comfortable', 'nice', 'pleasant', 'enjoy', 'fun', 'recommend', 'resolved', 'solved', 'reliable',
      'yay', 'hooray', 'woohoo', 'props', 'hero', 'legend', 'sweet', 'exciting', 'favorite',
      'favourite', '=caring', 'attentive', '=responsive', 'accommodating', 'generous', 'win', 'proud',
      'relieved', 'relief', 'satisfied', 'smile', 'love', 
      'thank you', '(was|were|is|are|so|very|really|been) kind', 'keep it up', 'shout out', 'shoutout', "can't wait", 'cheers', 'beautiful', 'gorgeous',
      'pleasure', 'congrats', 'glad to hear', 'well handled', 'on time',
    ],
  ],
  [
    3,
    [
      'great', 'excellent', 'amazing', 'awesome', 'fantastic', '=wonderful', '=outstanding', 'superb', 'brilliant',
      'perfect', 'best', 'delighted', 'thrilled', 'impressed', 'grateful', '=exceptional', 'kudos',
      'bravo', 'superstar', 'incredible', 'fabulous', 'phenomenal', 'stellar', 'flawless', 
      'above and beyond', 'out of (his|her|their|your|my) way', 'well done', 'made my day', 'you rock',
      'thank you so much', 'thanks so much', 'much appreciated', 'love you', 'terrific', 'exceeded',
    ],
  ],
];

/** Emoticons and emoji, by valence. */
const EMOTICONS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [-2, [':(', ':-(', ':/', ':-/', ':\\', ':|', '😡', '😠', '😤', '😞', '😢', '😭', '😩', '😫', '👎', '🙄', '😒', '💩', '🤬', '😣', '😖', '😑']],
  [2, [':)', ':-)', ':d', ':-d', ';)', ';-)', ':p', '<3', '😀', '😃', '😄', '😁', '😊', '🙂', '😍', '🥰', '😘', '❤', '❤️', '💕', '💙', '👍', '👏', '🙌', '🎉', '✨', '🙏', '😎', '☺', '💯']],
];

/** Words that strengthen (> 1) or soften (< 1) the sentiment word after them. */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ...['very', 'really', 'so', 'extremely', 'absolutely', 'totally', 'completely', 'incredibly', 'super', 'such',
    'truly', 'utterly', 'seriously', 'highly', 'too', 'most', 'especially', 'beyond', 'insanely', 'ridiculously',
    'terribly', 'awfully', 'deeply', 'hugely', 'massively', 'entirely']
    .map((word) => [word, 1.4] as const),
  ...['slightly', 'somewhat', 'bit', 'little', 'kinda', 'fairly', 'rather', 'barely', 'partly', 'mostly',
    'quite', 'almost']
    .map((word) => [word, 0.6] as const),
]);

export interface LexiconEntry {
  pattern: string;
  valence: number;
}

export const SENTIMENT_LEXICON: readonly LexiconEntry[] = BY_VALENCE.flatMap(([valence, patterns]) =>
  patterns.map((pattern) => ({ pattern, valence })),
);

/** Valence of an emoticon or emoji token, keyed by its lower-cased form. */
export const EMOTICON_VALENCE: ReadonlyMap<string, number> = new Map(
  EMOTICONS.flatMap(([valence, emoticons]) => emoticons.map((emoticon) => [emoticon.replace('\uFE0F', ''), valence] as const)),
);
