"""Word tables for events: auxiliaries, verbs, event nouns, signals.

Data only: ``_grammar`` reads these to find verb groups and event nouns without a
tagger.  Every table is a frozenset of lowercase words (straight apostrophes).
"""

from __future__ import annotations

# --------------------------------------------------------------------------- auxiliaries

BE_PAST = frozenset({"was", "were", "wasn't", "weren't"})
BE_PRESENT = frozenset({"is", "are", "am", "isn't", "aren't", "'s", "'re", "'m"})
BE_OTHER = frozenset({"be", "been", "being"})
HAVE_PAST = frozenset({"had", "hadn't", "'d"})
HAVE_PRESENT = frozenset({"has", "have", "hasn't", "haven't", "'ve"})
HAVE_OTHER = frozenset({"having"})
DO_PAST = frozenset({"did", "didn't"})
DO_PRESENT = frozenset({"do", "does", "don't", "doesn't"})
# Modals: "will" and "shall" make the future; the others leave the tense open.
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "won't", "wo", "shan't"})
OTHER_MODALS = frozenset(
    {"would", "could", "can", "may", "might", "should", "must", "cannot", "can't", "couldn't",
     "wouldn't", "shouldn't", "mustn't", "ought"}
)
# Modals whose event lies after the time of speaking ("would" reports a future).
FORWARD_MODALS = frozenset({"would", "wouldn't", "should", "shouldn't", "must", "mustn't", "ought"})
MODALS = FUTURE_MODALS | OTHER_MODALS
BE = BE_PAST | BE_PRESENT | BE_OTHER
HAVE = HAVE_PAST | HAVE_PRESENT | HAVE_OTHER
DO = DO_PAST | DO_PRESENT
AUXILIARIES = BE | HAVE | DO | MODALS

# Contractions split into a pronoun and an auxiliary: "he's" is "he" + "'s".
CONTRACTED = ("'s", "'re", "'m", "'ve", "'d", "'ll")
NEGATIONS = frozenset({"not", "n't", "never", "no longer"})

# Words that may sit inside a verb group: "has also been", "will not formally be".
GROUP_GLUE = frozenset(
    {"not", "n't", "never", "also", "still", "already", "just", "now", "then", "soon", "again",
     "finally", "ever", "even", "only", "always", "often", "usually", "probably", "certainly",
     "recently", "previously", "once", "later", "since", "yet", "all", "both", "each", "really",
     "almost", "nearly", "largely", "actually", "apparently", "reportedly", "allegedly",
     "officially", "formally", "quickly", "immediately", "eventually", "initially", "further",
     "jointly", "sharply", "slightly", "rather", "long", "far", "perhaps", "indeed", "thus",
     "so", "too", "very", "much", "well", "hardly", "barely", "merely", "simply", "widely"}
)

# Verbs after which a "to" infinitive looks forward: "expects to complete", "plans to".
# Governors whose infinitive's time is the time planned, not theirs: "planned to leave on Thursday".
PLANNING_GOVERNORS = frozenset(
    {"expect", "plan", "schedule", "set", "due", "slate", "hope", "intend", "aim", "want", "agree",
     "promise", "vow", "threaten", "decide", "propose", "prepare", "arrange", "vote", "move", "pledge",
     "seek", "wish", "mean", "design", "go", "poise"}
)

FORWARD_GOVERNORS = frozenset(
    {"expect", "plan", "want", "hope", "intend", "aim", "seek", "agree", "promise", "vow",
     "threaten", "decide", "set", "schedule", "scheduled", "likely", "going", "due", "propose",
     "offer", "prepare", "ready", "urge", "ask", "order", "call", "push", "press", "pledge",
     "need", "wish", "try", "attempt", "refuse", "decline", "vote", "move", "arrange", "expected",
     "planned", "about", "poised", "slated", "able", "unable", "willing", "eager", "determined",
     "authorize", "allow", "permit", "force", "require", "encourage", "invite", "tell", "advise",
     "mean", "bound", "designed", "meant", "intended", "necessary", "reluctant", "enable", "help",
     "needed", "hoping", "prepared", "allowed", "asked", "urged"}
)

# --------------------------------------------------------------------------- verbs

# Irregular verbs: base, past, past participle.
IRREGULAR = (
    ("arise", "arose", "arisen"), ("awake", "awoke", "awoken"), ("bear", "bore", "borne"),
    ("beat", "beat", "beaten"), ("become", "became", "become"), ("begin", "began", "begun"),
    ("bend", "bent", "bent"), ("bet", "bet", "bet"), ("bid", "bid", "bid"), ("bind", "bound", "bound"),
    ("bite", "bit", "bitten"), ("bleed", "bled", "bled"), ("blow", "blew", "blown"),
    ("break", "broke", "broken"), ("breed", "bred", "bred"), ("bring", "brought", "brought"),
    ("broadcast", "broadcast", "broadcast"), ("build", "built", "built"), ("burn", "burnt", "burnt"),
    ("burst", "burst", "burst"), ("buy", "bought", "bought"), ("cast", "cast", "cast"),
    ("catch", "caught", "caught"), ("choose", "chose", "chosen"), ("cling", "clung", "clung"),
    ("come", "came", "come"), ("cost", "cost", "cost"), ("creep", "crept", "crept"),
    ("cut", "cut", "cut"), ("deal", "dealt", "dealt"), ("dig", "dug", "dug"), ("do", "did", "done"),
    ("draw", "drew", "drawn"), ("drink", "drank", "drunk"), ("drive", "drove", "driven"),
    ("eat", "ate", "eaten"), ("fall", "fell", "fallen"), ("feed", "fed", "fed"),
    ("feel", "felt", "felt"), ("fight", "fought", "fought"), ("find", "found", "found"),
    ("flee", "fled", "fled"), ("fly", "flew", "flown"), ("forbid", "forbade", "forbidden"),
    ("forecast", "forecast", "forecast"), ("foresee", "foresaw", "foreseen"),
    ("forget", "forgot", "forgotten"), ("forgive", "forgave", "forgiven"), ("freeze", "froze", "frozen"),
    ("get", "got", "gotten"), ("give", "gave", "given"), ("go", "went", "gone"),
    ("grind", "ground", "ground"), ("grow", "grew", "grown"), ("hang", "hung", "hung"),
    ("hear", "heard", "heard"), ("hide", "hid", "hidden"), ("hit", "hit", "hit"),
    ("hold", "held", "held"), ("hurt", "hurt", "hurt"), ("keep", "kept", "kept"),
    ("know", "knew", "known"), ("lay", "laid", "laid"), ("lead", "led", "led"),
    ("leave", "left", "left"), ("lend", "lent", "lent"), ("let", "let", "let"),
    ("lie", "lay", "lain"), ("light", "lit", "lit"), ("lose", "lost", "lost"),
    ("make", "made", "made"), ("mean", "meant", "meant"), ("meet", "met", "met"),
    ("mislead", "misled", "misled"), ("mistake", "mistook", "mistaken"),
    ("overcome", "overcame", "overcome"), ("oversee", "oversaw", "overseen"),
    ("overtake", "overtook", "overtaken"), ("overthrow", "overthrew", "overthrown"),
    ("pay", "paid", "paid"), ("prove", "proved", "proven"), ("put", "put", "put"),
    ("quit", "quit", "quit"), ("read", "read", "read"), ("rebuild", "rebuilt", "rebuilt"),
    ("ride", "rode", "ridden"), ("ring", "rang", "rung"), ("rise", "rose", "risen"),
    ("run", "ran", "run"), ("say", "said", "said"), ("see", "saw", "seen"),
    ("seek", "sought", "sought"), ("sell", "sold", "sold"), ("send", "sent", "sent"),
    ("set", "set", "set"), ("shake", "shook", "shaken"), ("shed", "shed", "shed"),
    ("shine", "shone", "shone"), ("shoot", "shot", "shot"), ("show", "showed", "shown"),
    ("shrink", "shrank", "shrunk"), ("shut", "shut", "shut"), ("sing", "sang", "sung"),
    ("sink", "sank", "sunk"), ("sit", "sat", "sat"), ("sleep", "slept", "slept"),
    ("slide", "slid", "slid"), ("speak", "spoke", "spoken"), ("speed", "sped", "sped"),
    ("spend", "spent", "spent"), ("spin", "spun", "spun"), ("split", "split", "split"),
    ("spread", "spread", "spread"), ("spring", "sprang", "sprung"), ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"), ("stick", "stuck", "stuck"), ("sting", "stung", "stung"),
    ("strike", "struck", "struck"), ("strive", "strove", "striven"), ("swear", "swore", "sworn"),
    ("sweep", "swept", "swept"), ("swim", "swam", "swum"), ("swing", "swung", "swung"),
    ("take", "took", "taken"), ("teach", "taught", "taught"), ("tear", "tore", "torn"),
    ("tell", "told", "told"), ("think", "thought", "thought"), ("throw", "threw", "thrown"),
    ("undergo", "underwent", "undergone"), ("understand", "understood", "understood"),
    ("undertake", "undertook", "undertaken"), ("underwrite", "underwrote", "underwritten"),
    ("uphold", "upheld", "upheld"), ("upset", "upset", "upset"), ("wake", "woke", "woken"),
    ("wear", "wore", "worn"), ("weep", "wept", "wept"), ("win", "won", "won"),
    ("wind", "wound", "wound"), ("withdraw", "withdrew", "withdrawn"),
    ("withhold", "withheld", "withheld"), ("withstand", "withstood", "withstood"),
    ("write", "wrote", "written"), ("outnumber", "outnumbered", "outnumbered"),
)
IRREGULAR_PAST_FORMS = frozenset(past for _, past, _ in IRREGULAR)
IRREGULAR_PARTICIPLES = frozenset(part for _, _, part in IRREGULAR)
# The base of each irregular past or participle ("bought" → "buy", "lay" → "lie"); should a form
# belong to two verbs, the first listed wins (hence the reversed order).
IRREGULAR_BASES = {form: base for base, past, part in reversed(IRREGULAR) for form in (past, part)}
# Irregular forms that are mostly nouns or adjectives after an article: "a cut", "the set".
AMBIGUOUS_IRREGULAR = frozenset(
    {"cut", "set", "hit", "cost", "bet", "bid", "cast", "shot", "spread", "split", "burst", "put",
     "lay", "left", "read", "lead", "found", "light", "wound", "ground", "bound", "sped", "shed",
     "run", "quit", "let", "hurt", "upset", "broadcast", "forecast", "become", "come", "won",
     "lit", "bit", "spring", "beat", "fed", "met", "led", "fell", "saw"}
)

# Common regular and irregular verbs of news text in their base form ("say", "rise").  A base
# or -s form counts as a verb after a subject, a modal, "to" or "do" only when it is listed here.
VERB_BASES = frozenset(
    # the verbs of notes and commands to an assistant ("Remind me", "Book a table", "Reschedule the call")
    {"remind", "book", "schedule", "reschedule", "postpone", "register", "email", "notify", "invite", "pick",
     "accept", "accuse", "achieve", "acknowledge", "acquire", "act", "add", "address", "admit",
     "adopt", "advance", "affect", "agree", "aim", "allege", "allow", "announce", "appeal",
     "appear", "apply", "appoint", "approve", "argue", "arrest", "arrive", "ask", "assert",
     "assume", "attack", "attempt", "attend", "avoid", "back", "ban", "bar", "bear", "beat",
     "become", "begin", "believe", "belong", "benefit", "block", "blame", "boost", "borrow",
     "break", "bring", "build", "buy", "call", "campaign", "cancel", "capture", "carry", "cause",
     "cease", "challenge", "change", "charge", "check", "choose", "cite", "claim", "clear",
     "climb", "close", "collapse", "combine", "come", "comment", "commit", "compare", "compete",
     "complain", "complete", "concede", "conclude", "condemn", "confirm", "consider", "contain",
     "continue", "contribute", "control", "convert", "convict", "cooperate", "cost", "count",
     "cover", "create", "criticize", "cross", "cut", "damage", "deal", "debate", "decide",
     "declare", "decline", "defeat", "defend", "delay", "deliver", "demand", "deny", "depend",
     "deploy", "describe", "deserve", "destroy", "detain", "determine", "develop", "die",
     "disappear", "discover", "discuss", "dismiss", "dispute", "do", "double", "drive", "drop",
     "earn", "ease", "elect", "eliminate", "emerge", "encourage", "end", "enforce", "ensure",
     "enter", "escape", "establish", "estimate", "evacuate", "examine", "exceed", "expand",
     "expect", "explain", "explode", "export", "express", "extend", "face", "fail", "fall",
     "fear", "feel", "fight", "file", "fill", "finance", "find", "finish", "fire", "flee", "fly",
     "focus", "follow", "force", "forget", "form", "gain", "get", "give", "go", "grant", "grow",
     "guarantee", "handle", "happen", "head", "hear", "help", "hire", "hit", "hold", "hope",
     "hurt", "identify", "ignore", "impose", "improve", "include", "increase", "indicate",
     "inform", "injure", "insist", "install", "intend", "introduce", "invade", "invest",
     "investigate", "involve", "issue", "join", "judge", "jump", "keep", "kill", "know",
     "lack", "land", "last", "launch", "lead", "learn", "leave", "lend", "let", "lift", "like",
     "limit", "list", "live", "locate", "look", "lose", "love", "lower", "maintain", "make",
     "manage", "mark", "market", "matter", "mean", "meet", "merge", "mention", "miss", "move",
     "name", "need", "negotiate", "note", "notice", "obtain", "occur", "offer", "open", "operate",
     "oppose", "order", "own", "participate", "pass", "pay", "plan", "play", "plead", "plunge",
     "point", "possess", "post", "predict", "prefer", "prepare", "present", "press", "prevent",
     "proceed", "produce", "promise", "promote", "propose", "protect", "protest", "prove",
     "provide", "publish", "pull", "purchase", "push", "put", "question", "quit", "raise",
     "reach", "react", "read", "realize", "receive", "recognize", "recommend", "record",
     "recover", "reduce", "refuse", "reject", "release", "rely", "remain", "remember", "remove",
     "renew", "repeat", "replace", "reply", "report", "represent", "request", "require",
     "rescue", "resign", "resist", "resolve", "respond", "rest", "restore", "restrict", "result",
     "resume", "retain", "retire", "return", "reveal", "review", "rise", "rule", "run", "say",
     "search", "secure", "see", "seek", "seem", "seize", "sell", "send", "sentence", "serve",
     "settle", "share", "shift", "shoot", "show", "shut", "sign", "slow", "slip", "soar",
     "solve", "speak", "spend", "stand", "start", "state", "stay", "step", "stop", "strengthen",
     "strike", "struggle", "study", "submit", "succeed", "suffer", "suggest", "supply", "support",
     "surge", "surrender", "suspect", "suspend", "take", "talk", "target", "tell", "tend",
     "terminate", "testify", "think", "threaten", "total", "trade", "train", "transfer",
     "travel", "treat", "trigger", "try", "turn", "understand", "urge", "use", "violate",
     "visit", "vote", "wait", "walk", "want", "warn", "watch", "weaken", "welcome", "win",
     "wish", "withdraw", "work", "worry", "write", "yield"}
    | {base for base, _, _ in IRREGULAR}
    # Verbs of a timetable, whose simple present with a time is scheduled ("The museum reopens
    # Tuesday", "The visa program expires Dec. 31"): see _direction.SCHEDULE_VERBS.
    | {"reopen", "expire", "kick", "depart", "debut", "premiere", "air", "convene", "reconvene",
       "adjourn", "lapse", "mature", "commence", "wrap", "host", "rehearse", "publish", "sit"}
)
# Bases too often nouns to count as present-tense verbs after a bare noun ("the company's
# stock price", "oil prices"); they still count after a pronoun, a modal, "to" or "do".
NOUNY_BASES = frozenset(
    {"back", "bar", "block", "campaign", "charge", "check", "close", "cost", "count", "cover",
     "cut", "deal", "debate", "delay", "demand", "drop", "end", "estimate", "export", "face",
     "fall", "fear", "file", "fire", "focus", "form", "gain", "head", "help", "hit", "hope",
     "increase", "issue", "land", "last", "lead", "like", "limit", "list", "love", "mark",
     "market", "matter", "move", "name", "need", "note", "offer", "order", "plan", "play",
     "point", "post", "present", "press", "promise", "protest", "purchase", "question", "record",
     "report", "request", "rest", "result", "return", "review", "rise", "rule", "run", "search",
     "sentence", "share", "shift", "show", "sign", "slip", "spring", "stand", "start", "state",
     "step", "stop", "strike", "study", "supply", "support", "surge", "suspect", "talk", "target",
     "total", "trade", "train", "travel", "trigger", "turn", "use", "visit", "vote", "wait",
     "walk", "watch", "welcome", "work", "worry", "yield", "attack", "appeal", "claim", "change",
     "control", "damage", "win", "bear", "light", "ground", "will", "can", "may", "pay", "set",
     "put", "bet", "bid", "cast", "spread", "split", "burst", "break", "release", "display",
     "launch", "plunge", "benefit", "comment", "double", "lack", "pass", "experience", "dispute"}
)

# -ed words that are adjectives or nouns, never the trigger of a clause.
NOT_VERB_ED = frozenset(
    {"red", "bed", "shed", "speed", "feed", "seed", "weed", "breed", "creed", "greed", "deed",
     "indeed", "hundred", "hundreds", "naked", "wicked", "sacred", "beloved", "aged", "ed", "ted",
     "fred", "ned", "united", "limited", "unprecedented", "unexpected", "unidentified", "armed",
     "unarmed", "talented", "skilled", "unemployed", "sophisticated", "so-called", "embed",
     "kindred", "rugged", "ragged", "jagged", "crooked", "wretched", "bloodied", "learned",
     "interested", "detailed", "advanced", "alleged", "supposed", "experienced", "qualified",
     "dedicated", "complicated", "concerned", "related", "based", "biased", "varied", "assorted",
     "fixed-rate", "need", "proceed", "succeed", "exceed", "tweed", "reed", "steed",
     "bred", "shred", "sled", "sped", "wed", "fled", "bled", "led", "fed", "med", "reduced-price",
     "ltd", "mixed", "disabled", "dead", "elderly", "undisclosed", "uninsured", "heed"}
)
# -ing words that are not verbs (or are nouns that name no event).
NOT_VERB_ING = frozenset(
    {"during", "according", "including", "morning", "evening", "thing", "things", "nothing",
     "something", "anything", "everything", "king", "ring", "spring", "string", "wing", "ceiling",
     "building", "buildings", "clothing", "housing", "funding", "financing", "earnings", "savings",
     "outstanding", "interesting", "leading", "remaining", "following", "existing", "ongoing",
     "pending", "darling", "sibling", "feeling", "feelings", "notwithstanding", "regarding",
     "concerning", "considering", "bring", "sing", "sting", "swing", "ping", "sterling",
     "beijing", "nanjing", "viking", "boeing", "reading", "trading", "banking", "accounting",
     "marketing", "engineering", "manufacturing", "programming", "processing", "lending",
     "underlying", "willing", "unwilling", "amazing", "surprising", "disappointing", "missing",
     "ruling", "standing", "setting", "offering", "opening", "closing", "meeting", "hearing",
     "bombing", "shooting", "killing", "fighting", "training", "warning", "beginning", "landing",
     "uprising", "sitting", "ending", "rating", "ratings", "holdings", "listing", "listings",
     "proceeding", "proceedings", "findings", "dealings", "belongings", "surroundings",
     "neighboring", "upcoming", "incoming", "outgoing", "booming", "growing", "rising", "falling",
     "declining", "increasing", "continuing", "lasting", "working", "governing",
     "founding", "living", "acting", "striking", "alarming", "damning", "sweeping", "shocking",
     "king's", "wedding", "pudding", "railing", "kidding", "inning", "innings", "lightning",
     "bedding", "sapling", "duckling", "icing", "stocking", "stockings", "shopping", "parking",
     "timing", "spending", "wording"}
)
# -ing nouns that name an event ("the shooting", "a meeting").
EVENT_ING_NOUNS = frozenset(
    {"ruling", "offering", "opening", "closing", "meeting", "hearing", "bombing", "shooting",
     "killing", "fighting", "training", "warning", "landing", "uprising", "sitting", "listing",
     "proceeding", "proceedings", "wedding", "shopping", "spending", "trading", "lending",
     "bombings", "shootings", "killings", "meetings", "hearings", "warnings", "rulings",
     "offerings", "findings", "financing", "funding", "beginning", "ending", "dealings"}
)

# --------------------------------------------------------------------------- event nouns

# Nouns that name something happening: TimeML marks them as EVENTs.
EVENT_NOUNS = frozenset(
    {"acquisition", "acquisitions", "action", "actions", "agreement", "agreements", "aid",
     "announcement", "appeal", "appeals", "approval", "arrest", "arrests", "arrival", "assault",
     "attack", "attacks", "attempt", "attempts", "auction", "battle", "battles", "bid", "bids",
     "blast", "blockade", "boom", "bombing", "breakup", "buyback", "buy-back", "campaign",
     "campaigns", "ceasefire", "cease-fire", "celebration", "ceremony", "change", "changes",
     "charge", "charges", "claim", "claims", "closure", "collapse", "comment", "comments",
     "competition", "conference", "conflict", "construction", "contest", "conviction", "coup",
     "crackdown", "crash", "crime", "crimes", "crisis", "cut", "cuts", "damage", "deal", "deals",
     "death", "deaths", "debate", "decision", "decisions", "decline", "declines", "defeat",
     "delay", "delays", "demand", "demands", "demonstration", "demonstrations", "departure",
     "deployment", "deportation", "destruction", "development", "developments", "disaster",
     "discovery", "discussion", "discussions", "dispute", "disputes", "drop", "earthquake",
     "effort", "efforts", "election", "elections", "embargo", "emergency", "end", "escape",
     "evacuation", "event", "events", "exchange", "execution", "expansion", "explosion",
     "explosions", "expulsion", "expulsions", "failure", "fall", "fight", "fire", "flight",
     "flights", "flood", "funeral", "gain", "gains", "growth", "hike", "incident", "increase",
     "increases", "inflation", "injury", "injuries", "inquiry", "invasion", "investigation",
     "investigations", "investment", "jump", "killing", "launch", "lawsuit", "loss", "losses",
     "march", "massacre", "merger", "mergers", "mission", "move", "moves", "murder", "negotiation",
     "negotiations", "occupation", "offensive", "offer", "offers", "operation", "operations",
     "order", "outbreak", "payment", "payments", "plan", "plans", "plunge", "policy", "process",
     "production", "program", "proposal", "proposals", "protest", "protests", "purchase",
     "purchases", "raid", "raids", "rally", "rallies", "reaction", "rebound", "recession",
     "recovery", "reduction", "reductions", "referendum", "reform", "reforms", "rejection",
     "release", "removal", "report", "reports", "rescue", "resignation", "response", "restructuring",
     "return", "revolution", "rise", "riot", "riots", "sale", "sales", "sanctions", "scandal",
     "search", "sentence", "session", "settlement", "shooting", "shortage", "showdown", "slump",
     "speech", "split", "statement", "statements", "storm", "strike", "strikes", "struggle",
     "summit", "surge", "surrender", "suspension", "takeover", "talks", "tender", "threat",
     "threats", "tour", "trade", "trading", "transaction", "transactions", "transfer", "treaty",
     "trial", "trip", "trips", "uprising", "victory", "violence", "visit", "visits", "vote",
     "votes", "voting", "war", "wars", "withdrawal", "accident", "accord", "assassination",
     "bankruptcy", "birth", "collision", "crusade", "defense", "dismissal", "downturn",
     "drought", "earnings", "epidemic", "eruption", "hurricane", "inauguration", "indictment",
     "interview", "killings", "landslide", "layoffs", "meeting", "meetings", "offering",
     "outcome", "pandemic", "probe", "prosecution", "recall", "recapitalization", "retirement",
     "ruling", "seizure", "shift", "slowdown", "sweep", "test", "tests", "verdict", "warning",
     "wedding", "hearing", "hearings", "bombings", "fighting", "invitation", "help", "support",
     "pressure", "opposition", "problem", "problems", "situation", "custody", "spending"}
)

# --------------------------------------------------------------------------- words that are not verbs

DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that", "these",
     "those", "some", "any", "no", "every", "each", "another", "other", "such", "what", "which",
     "whose", "many", "much", "more", "most", "few", "several", "all", "both", "either",
     "neither", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "first", "second", "third", "last", "next", "new", "same", "own", "further", "less",
     "fewer", "little", "enough"}
)
PREPOSITIONS = frozenset(
    {"of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "into", "onto", "about",
     "against", "among", "amid", "between", "through", "throughout", "under", "over", "above",
     "below", "across", "along", "around", "behind", "beyond", "despite", "during", "toward",
     "towards", "upon", "via", "within", "without", "per", "than", "like", "unlike", "near",
     "off", "out", "up", "down", "inside", "outside", "including", "excluding", "regarding",
     "concerning", "following", "plus", "minus", "except", "amongst"}
)
# Adverbs between the comma and an appositive participle: "The bill, first introduced in 2021, ...".
APPOSITIVE_ADVERBS = frozenset({"first", "originally", "initially", "later", "once", "previously", "recently", "also", "then"})
# Adverbs that move a clause to another time than the one before it ("and engineers later found").
SEQUENCE_ADVERBS = frozenset(
    {"later", "earlier", "afterward", "afterwards", "subsequently", "previously", "eventually", "then",
     "since", "formerly", "originally", "thereafter", "meanwhile", "now", "today", "recently"}
)

# Heads of a partitive subject ("[one of] the attorneys asked", "[most of] them left").
PARTITIVES = frozenset(
    {"one", "two", "three", "four", "five", "some", "many", "most", "all", "each", "none", "several",
     "both", "few", "any", "either", "neither", "half", "part", "majority", "rest"}
)

# Subject pronouns that may stand between an auxiliary and its verb ("never have [I] seen").
INVERTED_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})

PRONOUN_SUBJECTS = frozenset(
    {"i", "you", "he", "she", "it", "we", "they", "who", "there", "one", "everyone", "someone",
     "nobody", "anyone", "everybody", "somebody", "none", "that", "which", "this"}
)
CONJUNCTIONS = frozenset({"and", "or", "but", "nor", "yet", "so"})
SUBORDINATORS = frozenset(
    {"after", "before", "when", "while", "because", "although", "though", "since", "until",
     "till", "unless", "whereas", "if", "as", "once", "whether", "where", "whenever", "so"}
)
RELATIVES = frozenset({"who", "which", "whom", "whose", "where", "that", "what", "how", "why"})
# Function words that are never the trigger of an event.
NOT_TRIGGERS = (
    DETERMINERS | PREPOSITIONS | PRONOUN_SUBJECTS | CONJUNCTIONS | SUBORDINATORS | RELATIVES
    | AUXILIARIES
    | frozenset({"him", "them", "us", "me", "himself", "herself", "itself", "themselves", "not",
                 "n't", "also", "only", "just", "here", "very", "too", "then", "now", "there",
                 "than", "mr", "mrs", "ms", "dr", "inc", "corp", "co", "ltd", "yes", "no"})
)
# Words after "be" that are not the state a copula states ("is in", "was the").
COPULA_SKIP = DETERMINERS | GROUP_GLUE | frozenset({"a", "an", "the", "not", "n't", "so", "as", "more", "less", "most"})

# Signals before a time expression: the event is bounded by it, not inside it.
#   earliest: since 1990, after May, from January (to ...)
#   latest:   until March, by year-end, before Friday, through 1991
SIGNALS_EARLIEST = frozenset({"since", "after", "from", "starting", "beginning"})
SIGNALS_LATEST = frozenset({"until", "till", "by", "before", "through", "thru", "prior to", "ahead of"})
# The signal names the start or end of the period itself ("since", "until") rather than
# lying wholly on one side of it ("after", "before").
SIGNALS_AT_START = frozenset({"since", "from", "starting", "beginning"})
SIGNALS_AT_END = frozenset({"until", "till", "by", "through", "thru"})

# Reporting verbs (any form): what they report is a clause of its own.
REPORTING = frozenset(
    {"say", "says", "said", "saying", "tell", "tells", "told", "telling", "report", "reports",
     "reported", "announce", "announces", "announced", "add", "adds", "added", "state", "states",
     "stated", "declare", "declares", "declared", "note", "notes", "noted", "claim", "claims",
     "claimed", "insist", "insists", "insisted", "argue", "argues", "argued", "explain",
     "explains", "explained", "confirm", "confirms", "confirmed", "deny", "denies", "denied",
     "acknowledge", "acknowledges", "acknowledged", "suggest", "suggests", "suggested", "warn",
     "warns", "warned", "predict", "predicts", "predicted", "estimate", "estimates", "estimated",
     "believe", "believes", "believed", "think", "thinks", "thought", "expect", "expects",
     "expected", "hope", "hopes", "hoped", "fear", "fears", "feared", "know", "knows", "knew",
     "show", "shows", "showed", "indicate", "indicates", "indicated", "agree", "agrees", "agreed",
     "concede", "concedes", "conceded", "allege", "alleges", "alleged", "admit", "admits",
     "admitted", "contend", "contends", "contended", "maintain", "maintains", "maintained",
     "assert", "asserts", "asserted", "recall", "recalls", "recalled", "disclose", "discloses",
     "disclosed", "reveal", "reveals", "revealed", "write", "writes", "wrote", "complain",
     "complains", "complained", "learn", "learned", "realize", "realized", "decide", "decided",
     "ensure", "ensures", "worry", "worried", "conclude", "concluded", "mean", "means", "meant"}
)

# --------------------------------------------------------------------------- predicates, states, nouns

# Number words: a quantity is never what a copula states ("was two million", "is twice that").
NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
     "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
     "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "dozen",
     "dozens", "percent", "twice", "half"}
)
# How a noun is made from a verb: the ending, and what the verb's base ends with instead
# ("confirmation" → "confirm", "decision" → "decide", "departure" → "depart", "arrival" → "arrive").
NOMINAL_ENDINGS = (
    ("ation", ("", "e", "ate")), ("ition", ("", "e")), ("tion", ("t", "te", "e")), ("sion", ("d", "de", "t")),
    ("ment", ("",)), ("al", ("", "e")), ("ure", ("", "e")), ("ance", ("", "e")), ("ence", ("", "e")),
    ("ery", ("er",)), ("ry", ("r",)), ("y", ("",)),
)
# Abbreviations that end a company's name: "Inc." "Corp." "Co." "Ltd.".
NAME_ENDS = frozenset({"inc", "corp", "co", "ltd", "plc", "bros", "cos"})
# Endings of adjectives of nationality ("American", "Egyptian", "Japanese"): capitalized, they modify a noun.
NATIONALITY_ENDINGS = ("ican", "ian", "ese", "ish")
# The object of a "do" standing alone, before it: "what he [did]", "all they [do]".
DO_OBJECTS = frozenset({"what", "whatever", "everything", "anything", "something", "all", "nothing"})
