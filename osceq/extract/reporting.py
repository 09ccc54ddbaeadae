"""Word lists for quote attribution: data only, no logic."""

from __future__ import annotations

# Name particles and irregular past forms live with the name words, which the mention reader needs
# without this module; the phrase reader needs them too.
from osceq.extract.name_words import FIRM_ENDINGS as FIRM_ENDINGS
from osceq.extract.name_words import IRREGULAR_PAST as IRREGULAR_PAST
from osceq.extract.name_words import NAME_PARTICLES as NAME_PARTICLES


def _words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated words."""
    return frozenset(text.split())


# Reporting verbs in every inflection (say, said, says, saying; add, added, ...).
REPORTING_FORMS = _words(
    """
    accuse accused accuses accusing acknowledge acknowledged acknowledges acknowledging add added adding
    adds admit admits admitted admitting advise advised advises advising affirm affirmed affirming
    affirms agree agreed agreeing agrees allege alleged alleges alleging announce announced announces
    announcing answer answered answering answers argue argued argues arguing ask asked asking asks
    assert asserted asserting asserts assure assured assures assuring began begin beginning begins begun
    blast blasted blasting blasts blog blogged blogging blogs boast boasted boasting boasts brag bragged
    bragging brags brand branded branding brands call called calling calls caution cautioned cautioning
    cautions chant chanted chanting chants cheer cheered cheering cheers cite cited cites citing claim
    claimed claiming claims clarified clarifies clarify clarifying complain complained complaining
    complains concede conceded concedes conceding conclude concluded concludes concluding confirm
    confirmed confirming confirms contend contended contending contends continue continued continues
    continuing counsel counseled counseling counselled counselling counsels counter countered countering
    counters cried cries criticise criticised criticises criticising criticize criticized criticizes
    criticizing cry crying declare declared declares declaring demand demanded demanding demands denied
    denies deny denying describe described describes describing dismiss dismissed dismisses dismissing
    dub dubbed dubbing dubs elaborate elaborated elaborates elaborating email emailed emailing emails
    emphasise emphasised emphasises emphasising emphasize emphasized emphasizes emphasizing estimate
    estimated estimates estimating exclaim exclaimed exclaiming exclaims explain explained explaining
    explains fire fired fires firing go goes going grumble grumbled grumbles grumbling hint hinted
    hinting hints hit hits hitting indicate indicated indicates indicating inform informed informing
    informs insist insisted insisting insists interject interjected interjecting interjects interrupt
    interrupted interrupting interrupts joke joked jokes joking label labeled labeling labelled
    labelling labels lament lamented lamenting laments lash lashed lashes lashing laugh laughed laughing
    laughs maintain maintained maintaining maintains mention mentioned mentioning mentions mock mocked
    mocking mocks muse mused muses musing mutter muttered muttering mutters note noted notes noting
    observe observed observes observing offer offered offering offers opine opined opines opining plead
    pleaded pleading pleads pledge pledged pledges pledging point pointed pointing points post posted
    posting posts praise praised praises praising pray prayed praying prays predict predicted predicting
    predicts proclaim proclaimed proclaiming proclaims promise promised promises promising pronounce
    pronounced pronounces pronouncing protest protested protesting protests put puts putting question
    questioned questioning questions quip quipped quipping quips quote quoted quotes quoting rage raged
    rages raging rant ranted ranting rants read reading reads reason reasoned reasoning reasons recall
    recalled recalling recalls recite recited recites reciting recommend recommended recommending
    recommends recount recounted recounting recounts refer referred referring refers reflect reflected
    reflecting reflects reiterate reiterated reiterates reiterating remark remarked remarking remarks
    remind reminded reminding reminds repeat repeated repeating repeats replied replies reply replying
    report reported reporting reports respond responded responding responds retort retorted retorting
    retorts reveal revealed revealing reveals said say saying says scoff scoffed scoffing scoffs scream
    screamed screaming screams shout shouted shouting shouts sigh sighed sighing sighs signal signaled
    signaling signalled signalling signals slam slammed slamming slams snap snapped snapping snaps
    speculate speculated speculates speculating start started starting starts state stated states
    stating stress stressed stresses stressing suggest suggested suggesting suggests summarise
    summarised summarises summarising summarize summarized summarizes summarizing swear swearing swears
    swore sworn tell telling tells term termed terming terms testified testifies testify testifying text
    texted texting texts think thinking thinks thought threaten threatened threatening threatens thunder
    thundered thundering thunders told tout touted touting touts tweet tweeted tweeting tweets urge
    urged urges urging vow vowed vowing vows wail wailed wailing wails warn warned warning warns went
    whisper whispered whispering whispers wonder wondered wondering wonders write writes writing written
    wrote yell yelled yelling yells
    applaud applauded applauding applauds assail assailed assailing assails beg begged begging begs
    bemoan bemoaned bemoaning bemoans characterise characterised characterises characterising
    characterize characterized characterizes characterizing chide chided chides chiding decried
    decries decry decrying denounce denounced denounces denouncing echo echoed echoes echoing exhort
    exhorted exhorting exhorts fume fumed fumes fuming gripe griped gripes griping groan groaned
    groaning groans grouse groused grouses grousing gush gushed gushes gushing hail hailed hailing
    hails huff huffed huffing huffs implore implored implores imploring marvel marveled marveling
    marvelled marvelling marvels quip quipped react reacted reacting reacts rebut rebuts rebutted
    rebutting rail railed railing rails scold scolded scolding scolds sneer sneered sneering sneers
    taunt taunted taunting taunts tease teased teases teasing vent vented venting vents
    bark barked barking barks blame blamed blames blaming comment commented commenting comments
    highlight highlighted highlighting highlights portray portrayed portraying portrays remember
    remembered remembering remembers talked talks
    riff riffed riffing riffs snipe sniped snipes sniping
    express expressed expresses expressing voice voiced voices voicing
    """
)


# Verbs that report speech only with what was said as their object (`Lee voiced concern that …`,
# `Roe expressed "deep regret"`): they lead into a quote, but never tag one after it
# (`"…," Lee expressed a wish to …` is a new sentence's subject and verb).
OBJECT_LED_FORMS = _words(
    """
    express expressed expresses expressing voice voiced voices voicing
    """
)

# Verbs too often not about speech to cue a quote by themselves right after it.
WEAK_VERBS = _words(
    """
    began begin beginning begins begun brand branded branding brands call called calling calls cite
    cited cites citing dub dubbed dubbing dubs fire fired fires firing go goes going hit hits hitting
    label labeled labeling labelled labelling labels point pointed pointing points put puts putting
    quote quoted quotes quoting read reading refer referred referring refers start started starting
    starts term termed terming terms think thinking thinks thought went
    """
)

# Verbs whose noun phrase after them is what they characterise, never who speaks (`…," described
# the impact as …`, `…," denounced her record`): they do not invert into a tag.
OBJECT_VERBS = _words(
    """
    blast blasted blasts characterise characterised characterises characterize characterized
    characterizes condemn condemned condemns criticise criticised criticises criticize criticized
    criticizes denounce denounced denounces depict depicted depicts describe described describes
    dismiss dismissed dismisses hail hailed hails mock mocked mocks portray portrayed portrays praise
    praised praises ridicule ridiculed ridicules slam slammed slams
    """
)

# Reporting forms that may stand before their speaker in a tag (`…," said Smith`).
INVERTING_FORMS = REPORTING_FORMS - WEAK_VERBS - OBJECT_VERBS - OBJECT_LED_FORMS

# Verbs of voicing words aloud: what follows is the subject's own cry, never a report of another's.
VOICING_FORMS = _words(
    """
    chant chanted chants cried cries cry scream screamed screams shout shouted shouts yell yelled yells
    """
)

# Nouns of speech that a possessor can own ("her remark that", "Holm's claim that").
SPEECH_NOUNS = _words(
    """
    accusation admission argument assertion boast charge claim comment comments complaint contention
    declaration insistence pledge prediction promise remark remarks suggestion vow warning
    """
)

# Verbs of beginning and going: speech only when they lead into it ("began by saying", "went on to say").
ASPECT_VERBS = _words(
    """
    began begin beginning begins begun go goes going went start started starting starts
    """
)

# Adjectives that describe how somebody spoke, not what state they were in (`Lee was blunt.`).
STANCE_ADJECTIVES = _words(
    """
    adamant blunt candid cautious circumspect confident defiant dismissive emphatic frank optimistic
    pessimistic sceptical skeptical succinct unapologetic unequivocal unrepentant upbeat
    """
)

# Forms that are nouns at least as often as verbs ("the state", "her claims", "his remarks").
NOUN_LIKE_FORMS = _words(
    """
    answer answers boast boasts brand brands call calls chant chants cheer cheers claim claims comment
    comments counsel counter counters cries cry demand demands email emails estimate estimates fire hint hints
    hit label labels laugh laughs note notes offer offers pledge pledges point points post posts promise
    promises protest protests question questions quote quotes rage rant rants read reads reason reasons
    reflect remark remarks reply report reports retort retorts signal signals start starts state statement
    states talk talks term terms text texts tweet tweets voice voices vow vows warn
    """
)


# Forms that are mostly nouns but after "to" say nothing but speech (`to boast`; not `to reflect`,
# `to comment` or `to offer`, which as often lead elsewhere: `declined to comment on`).
SPOKEN_INFINITIVES = _words(
    """
    answer boast claim demand hint pledge promise remark reply retort tweet vow warn
    """
)


# Verbs that sum something up in words of the subject's after "as" (`defended the plan as "fair"`,
# `rejected the idea as "absurd"`), though they are no reporting verbs with a quote of their own.
CHARACTERISING_FORMS = _words(
    """
    cast casting casts condemn condemned condemning condemns defend defended defending defends
    deride derided derides deriding herald heralded heralding heralds introduce introduced
    introduces introducing paint painted painting paints reject rejected rejecting rejects ridicule
    ridiculed ridicules ridiculing welcome welcomed welcomes welcoming
    """
)


# Gender of pronouns: m(ale), f(emale), p(lural), n(euter), s(peaker/addressee).
PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "they": "p",
    "them": "p",
    "their": "p",
    "it": "n",
    "its": "n",
    "i": "s",
    "we": "p",
    "you": "s",
}

# Capitalised words that are not part of a name (sentence openers, days, months).
NOT_NAME_WORDS = _words(
    """
    a according after all also although an analysts and another april as asked at august because before
    both but by critics december during earlier even experts february for friday from he her here him
    his how however i if in indeed instead it its january july june just last later many march may me
    meanwhile monday more moreover most mostly my next no nor not november now observers october of
    officials on one only or other our saturday september several she since so some sources speaking
    still such sunday that the their them then there these they this those though three thursday to
    today tomorrow tuesday two us we wednesday what when where which while who whom whose why with
    without writing yes yesterday yet you your
    """
)

# Determiners that open a common-noun speaker ("the ministry", "a spokeswoman", "his lawyer").
DETERMINERS = _words(
    """
    a an another each her his its my one our some the their this
    """
)

# Quantifiers and groups that may speak ("some chanted", "critics say").
GROUP_SUBJECTS = _words(
    """
    all analysts another both critics experts few many most observers officials others several some sources
    supporters
    """
)

# Adverbs and auxiliaries between a speaker and the verb ("she also said", "he has argued").
BETWEEN_WORDS = _words(
    """
    again already also angrily bluntly could did do does earlier eventually famously finally first however
    flatly frequently further had has have initially just last later long may might never often once
    only openly previously privately publicly quickly quietly recently repeatedly reportedly separately
    shortly should similarly simply still subsequently then will would
    ’s 's ’re 're ’ve 've ’d 'd ’ll 'll ’m 'm
    """
)

# Words in -ly that are not adverbs ("the rally said", "an ally said").
LY_NOUNS = _words(
    """
    ally anomaly assembly belly bully daily family fly folly holy italy jelly lily monopoly only rally
    reply supply ugly weekly monthly quarterly early likely
    """
)

# Words that end a noun phrase read forward ("said Smith in a statement").
NP_STOP = _words(
    """
    about after although and as at because before but during from if in on or said says than that to
    told when where which while who whom whose with
    """
)

# Words that cannot open an apposition: a relative clause or an adverbial is not a role.
APPOSITION_BAN = _words(
    """
    after and as at before but during if in on or so that when where which while who whom whose
    """
)

# Words before which a reporting word is a noun ("his remarks", "the report").
NOUN_MARKERS = _words(
    """
    a an for her his its my of our such the their these this those your
    """
)

# Openers of an introductory phrase before a sentence's subject ("On Sunday, ...", "But ...").
INTRO_WORDS = _words(
    """
    after also although and as asked at because before but during earlier finally furthermore here
    however if in indeed instead last later likewise meanwhile moreover nevertheless nonetheless now on
    separately similarly since so speaking still then though today when while yesterday yet
    """
)
# The intro words that link a sentence to the one before without opening a phrase of their own:
# the subject comes right after them ("And Okafor, for all his progress, agrees"), unlike "After …,".
LINKING_WORDS = _words(
    """
    also and but finally furthermore however indeed instead later likewise meanwhile moreover
    nevertheless nonetheless now separately similarly so still then yet
    """
)

# Words that join a sentence to the one before without opening a phrase of their own ("But Lee …").
CONNECTIVES = _words(
    """
    also and but even furthermore however indeed instead meanwhile moreover nevertheless nonetheless
    now similarly so still then yet
    """
)

# Words showing that a stretch beside a quote is more than an attribution tag.
TAG_BREAKS = _words(
    """
    although and because but if that which who whom whose
    """
)

# Relative pronouns, allowed inside a tag's apposition ("said Smith, who ...").
RELATIVES = _words(
    """
    which who whom whose
    """
)

# Small words that stay lower case in a title ("Meet the Press").
TITLE_SMALL_WORDS = _words(
    """
    a an and as at by de for from in la of on or the to vs with
    """
)

# Words that let a later clause take over an attribution ("..., but Smith said").
TAKEOVER_WORDS = _words(
    """
    ; but whereas while yet
    """
)

# Words opening a subordinate clause before the main one ("When Smith said X, Jones replied: …").
SUBORDINATORS = _words(
    """
    after although as because before if once since though unless until when whenever whereas while
    """
)

# Words opening a relative clause whose subject follows ("what critics describe as").
RELATIVE_OPENERS = _words(
    """
    what which whom
    """
)

# Prepositions that open an introductory phrase before a sentence's subject ("Amid protests, …").
PREPOSITIONS = _words(
    """
    about across after against alongside amid among around at before behind beside besides beyond
    despite during following for from in inside like near of on outside over since through throughout
    toward towards under unlike until upon with within without
    """
)

# Prepositions whose object is never the subject of the verb after it ("in the past described",
# "Smith at the time said"). Not "of" (`the editor of The Harbour Ledger wrote`), "with" (`with Smith
# saying`) nor words that also open a clause ("after Smith said").
ADVERBIAL_PREPOSITIONS = _words(
    """
    across against amid among at behind beside besides despite during following for from in inside
    near on over through throughout under unlike upon within without
    """
)

# Prepositions after a participle that modifies a subject ("a source speaking to Harbour News said").
PARTICIPLE_PREPOSITIONS = _words(
    """
    at by for from in on to with
    """
)

# Modal and auxiliary verbs: after a noun phrase they show it is a clause's subject.
MODALS = _words(
    """
    are can could did does had has have is may might must shall should was were will would
    """
)

# Auxiliaries of the passive ("was told", "have been quoted").
PASSIVE_AUXILIARIES = _words(
    """
    am are be been being is was were
    """
)

# Past participles that give something a name ("a group called", "what is dubbed"): no speech.
NAMING_PARTICIPLES = _words(
    """
    branded called dubbed labeled labelled named nicknamed termed titled
    """
)

# Words of a time phrase that can open a sentence before its subject ("Hours later, she …").
TIME_WORDS = _words(
    """
    ago back days decades early earlier hours later minutes moments months once seconds weeks years
    """
)

# Words opening a later subordinate clause whose own reporting verb leads to the quote
# ("Smith agreed, although he tweeted that "…"", "…, which he called "…"").
LATE_SUBORDINATORS = _words(
    """
    after although as because before since though until when whenever where while
    """
)

# Words opening a subordinate clause whose subject a following participle may share.
CLAUSE_OPENERS = _words(
    """
    after and as because before but since that until when whenever where while
    """
)

# Time words that can stand between a speaker and the verb ("Smith on Friday said").
TIME_NOUNS = _words(
    """
    afternoon evening friday monday morning night saturday sunday thursday today tonight tuesday
    wednesday week weekend yesterday
    """
)
TIME_HEADS = _words(
    """
    early late last next on that this
    """
)

# Pronouns as objects ("called it", "described him as").
OBJECT_PRONOUNS = _words(
    """
    her herself him himself it itself me them themselves this us you
    """
)

# Forms of "tell", whose object is the listener, never the speaker.
TELL_FORMS = _words(
    """
    tell telling tells told
    """
)

# Verbs of motion that open an inverted clause after a quote, their subject after them
# (`"…," came the reply`, `came shouts from the crowd`).
INVERTING_MOTION = _words(
    """
    came comes
    """
)
