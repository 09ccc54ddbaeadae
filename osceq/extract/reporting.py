"""Word lists for quote attribution: data only, no logic."""

from __future__ import annotations

# Name particles and irregular past forms live with the name words, which the mention reader needs
# without this module; the phrase reader needs them too.
from osceq.extract.name_words import FIRM_ENDINGS as FIRM_ENDINGS
from osceq.extract.name_words import IRREGULAR_PAST as IRREGULAR_PAST
from osceq.extract.name_words import NAME_PARTICLES as NAME_PARTICLES
from osceq.extract.word_lists import words as _words

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
    coined coining imply implied implies implying intimated intimates intimating referenced referencing
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

# Verbs that report speech only with a "that" clause right after them (`Lee charged that the mayor
# "hid" the ledgers`; not `was charged with theft`, `charged $5`).
THAT_LED_FORMS = _words(
    """
    charge charged charges charging
    """
)
# Words that open the subject of a "that" clause after such a verb (`charged that the mayor …`);
# "that" before any other lower-case word is a determiner (`charged that night`).
CLAUSE_SUBJECT_OPENERS = _words(
    """
    a an another her his it its one our some the their there these those
    """
)
MONTH_WORDS = _words(
    """
    january february march april may june july august september october november december
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
# Past participles that are no simple past (`"…," written all over her face`): a participle never
# stands before its subject as `"…," wrote Lee` does.
PARTICIPLE_ONLY_FORMS = _words("begun spoken sworn written")
INVERTING_FORMS = REPORTING_FORMS - WEAK_VERBS - OBJECT_VERBS - OBJECT_LED_FORMS - PARTICIPLE_ONLY_FORMS

# Verbs of voicing words aloud: what follows is the subject's own cry, never a report of another's.
VOICING_FORMS = _words(
    """
    chant chanted chants cried cries cry scream screamed screams shout shouted shouts yell yelled yells
    """
)

# Nouns of speech that a possessor can own ("her remark that", "Holm's claim that").
SPEECH_NOUNS = _words(
    """
    accusation admission allegation allegations argument assertion boast charge claim comment comments
    complaint contention declaration insistence pledge prediction promise remark remarks
    suggestion vow warning
    assessment conclusion
    """
)

# Verbs of beginning and going: speech only when they lead into it ("began by saying", "went on to say").
ASPECT_VERBS = _words(
    """
    began begin beginning begins begun go goes going went start started starting starts
    """
)

# Verbs of keeping on: speech only right before a participle of speech ("kept asking", "keeps saying").
KEEP_FORMS = _words(
    """
    keep keeps kept
    """
)

# The forms of "go": "go to" right before a quote names where something goes (`the money would go
# to "…"`), not speech.
GOING_VERBS = _words("go goes going gone went")

# Adjectives that describe how somebody spoke, not what state they were in (`Lee was blunt.`).
STANCE_ADJECTIVES = _words(
    """
    adamant blunt candid cautious circumspect confident defiant dismissive emphatic frank optimistic
    pessimistic sceptical skeptical succinct unapologetic unequivocal unrepentant upbeat
    """
)

# Verbs and held positions that give a person a stance of their own without reporting words
# (`Her son disagreed.`, `His aide remains unmoved.`): beside the reporting forms and the stance
# adjectives, the one who may speak next.
STANCE_VERBS = _words("disagree disagreed disagrees differ differed differs object objected objects")
HELD_STANCES = _words("firm resolute unbowed unconvinced undeterred unmoved")

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
    identified identifies identify identifying sum summed summing sums
    """
)

# Past participles of those verbs and of summing-up verbs that, set off by a comma or a dash before
# "as" or "by" (`The man, identified by police as "…"`, `Lee — often described as "…" —`), make a
# passive phrase: its agent speaks, never the noun it describes.
SET_OFF_PARTICIPLES = _words(
    """
    branded cast condemned criticised criticized decried defended denounced derided described
    dismissed hailed heralded identified lauded painted portrayed praised rejected ridiculed summed
    welcomed
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

# Forms that are never verbs before "of" (unlike `boasts of`, `warn of`, `talks of`): plurals, and
# `praise of`, `mention of` (`Lee's effusive praise of the plan`).
NOUNS_BEFORE_OF = _words(
    """
    chants cheers claims comments cries estimates mention pledges praise promises remarks reports
    """
)
# Plural forms of naming verbs, which after people opening the sentence name what they call it.
PLURAL_NAMING_FORMS = _words("brand call label term")
# Forms of naming verbs in -s, a verb with their object right after them (`calls it "…"`).
NAMING_S_FORMS = _words("brands calls labels terms")
# Words after a naming verb's object pronoun that lead into the quotation (`calls it her "…"`).
BEFORE_A_NAMING_COMPLEMENT = _words("a an the his her its their")
# Words that open a naming verb's object phrase (`calls both men "…"`, `labels the plan "…"`).
NAMING_OBJECT_OPENERS = _words("the both this that these those his her its their")
# Time words that are no object of a naming verb (`faces calls this week for "…"`).
TIME_OBJECTS = _words(
    """
    afternoon evening friday monday month morning night saturday sunday thursday time today tonight
    tuesday wednesday week weekend year yesterday
    """
)
