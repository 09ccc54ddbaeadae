"""Word lists for telling people's names from titles, offices, organisations and descriptions: data only.

Kept apart from `reporting.py` so that `names.py` (used by every query) loads only what it needs.
All words are lower case; a trailing dot is part of an abbreviation ("gov.").
"""

from __future__ import annotations

from osceq.extract.commonwealth_titles import COMMONWEALTH_TITLES
from osceq.extract.descriptor_words import DESCRIPTORS_BEFORE_NAMES
from osceq.extract.kin_words import COMPOUND_KIN, KIN_NOUNS
from osceq.extract.word_lists import words as _words

# Titles and honorifics that may precede a name ("Sen. Ann Lowe", "Finance Minister ...").
# The courtesy titles English news writes before a surname (`Mr Lee`, `Ms. Roe`).
COURTESY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss"})

# Titles written abbreviated with a full stop before a name ("Capt. Jane Roe", "Sens. Lee and
# Park"): after them a full stop ends no sentence, and the name goes on. One list for every reader.
# (Cllr and after it: British and Commonwealth titles, ranks and clergy; not the given name Wm,
# which a sentence may end on: `passed to his son Wm. Ann Lee said`.)
_ABBREVIATED = """
    Mr Mrs Ms Dr Sen Rep Gov Gen Col Lt Capt Sgt Cmdr Adm Amb Prof Rev Fr Pres Hon Sens Reps Govs
    Cllr Det Insp Supt Cpl Maj Pvt Brig Msgr Mme Mlle Atty Ald
"""
ABBREVIATED_TITLES = tuple(_ABBREVIATED.split())
# Given names written abbreviated (`Wm. Vell`): a sentence may end on one, so they are no titles,
# but one read alone is no one's name.
ABBREVIATED_GIVEN_NAMES = frozenset({"Wm", "Chas", "Jas", "Thos", "Geo"})

TITLES = _words(
    """
    adm adm. admiral amb amb. ambassador anchor archbishop attorney ayatollah bishop brigadier capt
    capt. captain cardinal chair chairman chairperson chairwoman chancellor chief cmdr cmdr. coach col col.
    colonel commander commodore corporal ald. atty. brig. cpl. maj. mlle. mme. msgr. pvt.
    commissioner comptroller congressman congresswoman consul councilman councilor councillor
    councilwoman dame detective director director-general dr dr. emir envoy fr fr. gen
    gen. gov gov. governor host imam judge justice king lady leader lieutenant lord lt lt. mayor
    minister miss mr mr. mrs mrs. ms ms. officer pastor pope premier pres pres. president prince
    princess prof prof. professor queen rabbi rep rep. representative rev rev. secretary
    secretary-general sen sen. senator sergeant sgt sgt. sheikh sheriff sir speaker spokesman superintendent
    spokesperson spokeswoman sultan treasurer undersecretary under-secretary vice-chairman vice-president
    """
)
TITLES |= COMMONWEALTH_TITLES  # `Cllr Ann Lee`, `Det Insp Bo Park` (commonwealth_titles.py)

# Titles that are also surnames ("Martin Luther King"): at the end of a name they may be the name.
TITLE_SURNAMES = _words(
    """
    bishop cardinal chancellor host judge justice king lord mayor officer pope prince sheriff speaker
    """
)

# Words that modify a title without being one ("Deputy", "Acting"): part of a role, never of a name.
TITLE_MODIFIERS = _words(
    """
    acting assistant associate chief co-chairman deputy executive first foreign former general incoming
    junior managing outgoing prime principal second senior top under vice
    """
)

# Titles that tell a pronoun the person is a man ...
MALE_TITLES = _words(
    """
    chairman congressman councilman father king lord mr mr. prince sir spokesman sheikh sultan
    """
)

# ... or a woman.
FEMALE_TITLES = _words(
    """
    chairwoman congresswoman councilwoman dame lady miss mother mrs mrs. ms ms. princess queen
    spokeswoman
    """
)

# Nouns for people by occupation or position: the head of a description ("one oil trader").
PERSON_NOUNS = _words(
    """
    adviser advisor aide ally analyst arbitrager arbitrageur attorney auditor author banker boss broker buyer
    ceo chairman chairwoman champion chief citizen clerk commentator critic commissioner consultant consumer
    correspondent counsel dealer delegate diplomat director economist editor employee engineer envoy
    executive expert exporter farmer financier governor head importer insider investor journalist judge
    lawmaker lawyer leader legislator manager mediator member merchant minister negotiator observer
    officer official operator owner partner planner politician president producer professor reporter
    representative researcher resident scientist secretary senator shareholder shipper source specialist
    spokesman spokesperson spokeswoman strategist student supplier teacher trader treasurer underwriter
    worker
    commuter diner listener neighbor neighbour regular shopper tenant viewer villager visitor
    """
)

# Nouns for people by trade that are also surnames ("Ann Seaman"): a person only as the lower-case
# head of a description ("a striking seaman"), never read so from a capitalised word.
TRADE_NOUNS = _words(
    """
    doctor driver miner nurse passenger pilot protester sailor seaman soldier striker
    """
)

# Who speaks for a person without being that person ("Lee's office", "Lee's aides").
STAFF_NOUNS = _words(
    """
    aides allies camp office spokespeople staff team
    """
)

# Who speaks for a person, after the person's possessive ("Lee's lawyer", "Lee's campaign").
SPEAKS_FOR = STAFF_NOUNS | _words(
    """
    adviser advisers advisor agent agents aide attorney attorneys campaign lawyer lawyers spokesman
    spokesperson spokeswoman
    """
)

# Occupations and offices written capitalised before a name ("Actress Ann Lee", "Majority Whip Bo
# Park"): a role there, never a first name.
OCCUPATIONS_BEFORE_NAMES = _words(
    """
    activist actor actress administrator advocate alderman assemblyman assemblywoman billionaire
    businessman businesswoman challenger co-founder comedian entrepreneur filmmaker founder novelist whip
    """
)
OCCUPATIONS_BEFORE_NAMES |= DESCRIPTORS_BEFORE_NAMES  # `Opener Ann Lee`, `Neighbour Bo Park`

# Nouns of a person's relation to another ("Holm's wife, Ana,"), beside the roles above.
RELATION_NOUNS = _words(
    """
    boyfriend brother colleague daughter deputy father friend girlfriend husband mother opponent
    pollster predecessor rival sister son successor wife
    mate
    """
)  # `mate`: a candidate's "running mate"
RELATION_NOUNS |= COMPOUND_KIN  # `Marsh's son-in-law, Sam,`

# People a description may be for or of (`a lawyer for a Leeds pensioner`, `a friend of the family`),
# beside the occupations, trades and kin above: a name set off after them may be theirs.
SERVED_PERSONS = (
    PERSON_NOUNS
    | TRADE_NOUNS
    | KIN_NOUNS
    | RELATION_NOUNS
    | _words(
        """
        client couple customer family families household man men patient pensioner people person pupil
        survivor teenager victim woman women youth
        """
    )
)
# Who follows, serves or votes, beside the roles above ("Lee's backers", "Ohio voters").
FOLLOWER_NOUNS = _words(
    """
    backer biographer fan follower handler organiser organizer protester supporter voter
    """
)

# Departments and portfolios that sit between a title and a name ("Agriculture Secretary").
OFFICES = _words(
    """
    affairs agrarian agriculture audit banking budget staff commerce communications culture customs defence
    defense development economic economics economy education employment energy environment exchequer
    finance financial fiscal fisheries forestry health home homeland housing industry information
    intelligence interior justice labor labour mines mining monetary navy oil petroleum planning power
    public resources revenue security social state statistics telecommunications tourism trade
    transport transportation treasury veterans war water welfare works
    care competition cooperation disarmament equality human immigration integration negotiations
    relations rights science sport sports technology youth
    """
)

# Words that make a capitalised run an organisation, a place or an event rather than a person.
ORGANISATION_WORDS = _words(
    """
    academy administration agency airlines airways alliance associates association assembly authority bancorp
    bank board bros brothers bureau cabinet caucus chamber campaign capital center centre channel charter
    chronicle church city club co co. coalition college commission committee community company conference
    congress convention corp corp. corporation council
    county court daily declaration department directorate dispatch division enquirer examiner exchange
    federation forum inspectorate secretariat
    foundation fund gazette globe institution institutions
    government group herald holdings house inc inc. industries inquirer institute journal kingdom league ltd
    ltd. magazine markets ministry motors museum nations network news office organisation
    organization parliament partners party plc post press program programme project province radio
    region republic reserve review school securities senate service services states street summit
    system systems television times treaty tribune trust union unit university weekly
    communications enterprises international laboratories pharmaceuticals technologies
    """
)

# Heads of the names of places, buildings and services (`Scotland Yard`, `Dover Port`, `Kew
# Station`), no person's surname.
PLACE_HEADS = _words(
    """
    yard port police harbour hall street square station airport road avenue bridge stadium arena
    """
)

# The last words of a place's name that a title may open (`Prince Edward Island`): never a person's
# surname (Parish, Sound and Isle are).
TITLED_PLACE_ENDS = _words("island islands peninsula strait straits")
# The titles that may open a place's name (`Prince Edward Island`, `Cape Verde Islands`); a personal
# title (Dr, Mayor, Mr, Sen.) never does.
PLACE_TITLES = _words("prince saint st cape mount port fort lake isle")

# Bodies that speak through statements, as a person does (`a farmers' union called the plan "…"`): the
# organisation words for a membership or a board, not a firm or a group a name is given with
# "called", and a few bodies of members beside them.
SPEAKING_BODIES = ORGANISATION_WORDS & _words(
    """
    alliance association board chamber coalition committee council federation league ministry union
    """
) | _words("charity cooperative co-operative society")

# Nationality adjectives, regions and countries: a modifier in a role, never a person's name.
PLACES = _words(
    """
    afghan afghanistan africa african albania albanian algeria algerian america american americas
    angola angolan arab arabia argentina argentine argentinian armenia armenian asia asian atlantic
    australia australian austria austrian azerbaijan azerbaijani bahrain bahraini bangladesh
    bangladeshi belarus belarusian belgian belgium bolivia bolivian bosnia bosnian brazil brazilian
    britain british bulgaria bulgarian burma burmese cambodia cambodian cameroon canada canadian
    caribbean chile chilean china chinese colombia colombian congo congolese croatia croatian cuba
    cuban cyprus cypriot czech czechoslovak czechoslovakia danish denmark dutch east eastern ecuador
    ecuadorean egypt egyptian england english estonia estonian ethiopia ethiopian eu europe european
    filipino finland finnish france french georgian german germany ghana ghanaian greece greek
    guatemala guatemalan holland honduran honduras hungarian hungary iceland icelandic india indian
    indonesia indonesian iran iranian iraq iraqi ireland irish israel israeli italian italy ivorian
    jamaica jamaican japan japanese jordanian kazakh kazakhstan kenya kenyan korea korean kuwait
    kuwaiti kyrgyz kyrgyzstan latin latvia latvian lebanese lebanon liberia liberian libya libyan
    lithuania lithuanian luxembourg malaysia malaysian mexican mexico middle moldova moldovan mongolia
    mongolian moroccan morocco mozambique namibia nepal nepalese netherlands nicaragua nicaraguan
    nigeria nigerian north northern norway norwegian oman omani pacific pakistan pakistani palestinian
    panama panamanian paraguay paraguayan persian peru peruvian philippine philippines poland polish
    portugal portuguese qatar qatari romania romanian russia russian rwanda saudi scotland scottish
    senegal serbia serbian singapore slovak slovakia slovenia slovenian somali somalia south southern
    soviet spain spanish sri sudan sudanese swedish sweden swiss switzerland syria syrian taiwan
    taiwanese tajik tajikistan tanzania thai thailand tunisia tunisian turkey turkish turkmen
    turkmenistan u.k. u.n. u.s. u.s.a. uganda ugandan uk ukraine ukrainian un uruguay uruguayan us usa
    uzbek uzbekistan venezuela venezuelan vietnam vietnamese welsh west western yemen yemeni
    yugoslav yugoslavia zaire zambia zambian zimbabwe zimbabwean
    costa hong kong lanka new puerto rica rico york zealand
    alabama alaska arizona arkansas california carolina colorado connecticut dakota delaware florida
    hampshire hawaii idaho illinois iowa kansas kentucky louisiana maryland massachusetts michigan
    minnesota mississippi missouri nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont wisconsin wyoming
    """
)

# Capitalised common nouns that describe a person without naming one ("the Texas Democrat").
CAPITAL_DESCRIPTIONS = _words(
    """
    communist communists conservative conservatives democrat democrats gaullist gaullists liberal
    liberals republican republicans socialist socialists tories tory
    """
)

# Words opening a description rather than a name ("a spokesman", "one of the officials").
DESCRIPTION_OPENERS = _words(
    """
    a all an another any both each either every few her his its many most my neither no one other our
    several some such that their these this those two three four five your
    """
)

# Openers of a description of one person ("the spokesman", "another official", "his lawyer").
SINGULAR_OPENERS = _words(
    """
    a an another each her his its one our the their this your
    """
)

# Words that end a name read left to right (prepositions, conjunctions, adverbs) and that cannot
# open one even when capitalised at the start of a sentence ("Despite Smith's ...", "Friday Smith said").
NAME_BREAKS = _words(
    """
    about across after against almost along also although amid among and around as asked at because before
    behind besides between beyond but by despite during earlier even following for from here however if
    in inside into instead last later meanwhile nearly nevertheless now on or outside over roughly since
    still than that then there though through throughout to today told tomorrow tonight toward towards
    under unlike until upon via when where whereas which while who whom whose with within without
    yesterday yet
    monday tuesday wednesday thursday friday saturday sunday
    """
)

# Forms of address: with a name, but no role by themselves.
HONORIFICS = _words(
    """
    dame dr lady lord m madam miss mme mr mrs ms sir
    """
)

# Pronouns: they stand for a speaker, never name one.
PRONOUNS = _words(
    """
    he her him i it its she that them they this those we who you
    """
)

# Auxiliaries and modals: where a verb phrase begins, a description has ended ("a statement was").
AUXILIARIES = _words(
    """
    are can could did does had has have is may might must should was were will would
    """
)

# Generations after a name ("Jr.", "III"): part of it, never its surname ("Ann Lee Jr." is a Lee).
GENERATIONS = _words(
    """
    jr jr. sr sr. ii iii iv
    """
)

# Words that end a firm's name ("Lee and Co", "Kestrel (Holdings) Ltd", "Lee and Sons").
FIRM_ENDINGS = _words(
    """
    ag bhd bros co corp inc limited llc ltd nv plc pty sa sons
    """
)

# Particles inside names ("Marc Perrin de Brichambaut", "Bashar al-Assad"), with the "daughter of"
# and the Turkic "son of"/"daughter of" words of patronymic names ("Huda bint Salem", "Elnur Rauf
# oglu Aliyev", "Aida Bakyt kyzy"), which no English sentence uses otherwise.
NAME_PARTICLES = _words(
    """
    al ben bin bint binti da das de del den der di dos du ibn kyzy la le oglu qizi st. uulu van von y
    """
)

# Gaelic particles opening surnames, written capitalised ("Ms. Ó Faoláin", "Mr. Mac Giolla").
GAELIC_PARTICLES = frozenset({"Ó", "Ní", "Nic", "Mac", "Ua"})

# Words that cannot open a role: adverbs and conjunctions ("Brenn, however, said").
NOT_ROLE_OPENERS = _words(
    """
    after again already also although and as at because before but by during even finally for from
    here however if in indeed instead later meanwhile moreover nevertheless nonetheless not on or since
    so still than that then there therefore though thus to too under until when where which while who
    whom whose with yet along alongside beside like unlike including among
    """
)

# Prepositions a description keeps ("one of the officials", "an adviser to the minister").
DESCRIPTION_PREPOSITIONS = _words(
    """
    about against among at by for from in into of on to under with without
    """
)

# Words ending like nouns for what a person does ("-er", "-ent", "-ate") that are none.
NOT_AGENT_NOUNS = _words(
    """
    whatever whenever wherever however forever never together either neither whether rather other
    another further later earlier present recent current different
    """
)

# Common irregular verbs in the past tense: where a subject's noun phrase ends,
# and a verb, not a role, after a name in a mention ("Lee threw her support").
# (Forms that are as often nouns or adjectives, such as "left", "set", "shot", "lost", are left out.)
IRREGULAR_PAST = _words(
    """
    ate became began bought brought built came caught chose drew drove fell felt fought flew forgot
    gave got grew held kept knew led lent made meant met overtook paid ran rang rose sank sent shook sought
    spent spoke stood stole struck swept swore taught threw took tore understood upheld withdrew woke
    wore wrote
    """
)


# Words of a clause, not of a noun phrase: `For Lee, the director is a rival,` gives Lee no role.
CLAUSE_WORDS = _words(
    """
    who whom whose which that when where said says is are was were has have had will would can could
    should may might must do does did
    """
)


# Plural nouns of bodies that a place or a firm owns (`Tarnland's leading banks`): one of them
# speaks, never the owner; not `posts` or `papers`, which may be the owner's own writings.
BODY_PLURALS = _words(
    """
    agencies airlines banks companies dailies firms magazines newspapers ministries unions
    """
)
