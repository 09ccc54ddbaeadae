"""Nouns of kin, by sex: a name set off after one is of that sex (`his daughter, Ann Lee,`), and a
partner's owner most often of the other (`Lee's husband`). Data only."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

__all__ = ["COMPOUND_KIN", "FEMALE_KIN", "KIN_NOUNS", "MALE_KIN", "PARTNER_KIN", "RANK_WORDS"]

# Kin by marriage, remarriage, half blood and christening, by sex (`his son-in-law, Sam,`).
_COMPOUND_FEMALE = _words(
    """
    daughter-in-law goddaughter godmother half-sister mother-in-law sister-in-law stepsister
    """
)
_COMPOUND_MALE = _words("brother-in-law father-in-law godfather godson half-brother son-in-law stepbrother")
COMPOUND_KIN = _COMPOUND_FEMALE | _COMPOUND_MALE

# Kin by sex, beside the relations of name_words (`his daughter, Ann Lee,`): a name set off after one
# is of that sex.
FEMALE_KIN = _words(
    """
    aunt daughter fiancee girlfriend granddaughter grandmother mother niece sister stepdaughter
    stepmother widow wife
    """
)
FEMALE_KIN |= _COMPOUND_FEMALE
MALE_KIN = _words(
    """
    boyfriend brother father fiance grandfather grandson husband nephew son stepfather stepson uncle
    widower
    """
)
MALE_KIN |= _COMPOUND_MALE
# Kin and children of either sex: a given name written after one is that person's own.
KIN_NOUNS = FEMALE_KIN | MALE_KIN | _words("boy child cousin girl partner")

# Partners, most often of the other sex than the owner (`Lee's husband`: Lee most likely a she).
PARTNER_KIN = _words("boyfriend fiance fiancee girlfriend husband widow widower wife")

# Verbs that tell a state of the person a sentence opens on (`Lee's niece is a pupil`, `was absent`),
# no act or speech, unless a participle follows (`was arrested`); `has`/`had` only before `been`.
STATE_VERBS = _words("is was are were remains remained seems seemed looks looked")
PERFECT_AUXILIARIES = _words("has have had")
# Words between a subject and its verb, or in a verb group, that tell nothing of the verb.
VERB_GROUP_FILLERS = _words("not also still now never then already reportedly recently")
# Past participles that end in neither -ed nor -en (`was shot`, `was told`), beside the past forms.
BARE_PARTICIPLES = _words("cut found hit hurt left put said set shot sold told won")

# Doers' nouns in -er/-or/-ent/-ant that are people one may have working for one (`Lee's bookkeeper,
# Ann Roe`), where the same endings also make things (`trawler`, `computer`, `statement`).
OWNED_AGENTS = _words(
    "accountant administrator adviser advisor agent aide assistant attendant auditor bookkeeper "
    "builder buyer campaigner caretaker carer chauffeur coach collaborator consultant contractor "
    "coordinator counsellor counselor dealer defender designer developer doctor editor employer "
    "executor farmer financier gardener handler helper housekeeper instructor interpreter "
    "investigator keeper lender manager mentor minder negotiator nurse operator organiser organizer "
    "owner photographer planner producer promoter publicist publisher recruiter representative "
    "researcher sergeant servant solicitor speechwriter sponsor steward strategist supervisor "
    "supporter surveyor teacher tenant trainer translator treasurer tutor understudy writer"
)

# Words of size or rank before a doer's noun that make a place's or a firm's one a firm (`Britain's
# biggest lender`, `Japan's top builder`), beside any superlative in -est; no person owned.
RANK_WORDS = _words("big bigger large larger leading main major no number second small smaller third top")

# People who speak for the one they work for (`His lawyer remains defiant. "…," he said`): either sex.
SPEAKING_FOR = _words(
    "adviser advisor agent aide attorney barrister counsel lawyer publicist solicitor spokesperson"
)
# The same, of one sex only.
SPEAKING_FOR_FEMALE = _words("spokeswoman")
SPEAKING_FOR_MALE = _words("spokesman")
