"""Word lists for a person named beside a role or act of their own: the described subjects whose
named person is the one a sentence is about (`The favorite is Ann Lee`, read by `copular_names.py`)
and the verbs of issuing a writing whose doer is its speaker (`as Ann Lee released an ad saying`,
read by `speaking_subjects.py`)."""

from __future__ import annotations

from osceq.extract.word_lists import words

__all__ = ["ISSUING_VERBS", "SPEAKING_ROLES"]

# Heads of a described subject before "is"/"was" whose person is one who speaks in the story (`The
# early favorite is Ann Lee`); never one acted on (victim, suspect, target, defendant, the dead).
SPEAKING_ROLES = words(
    """
    favorite favourite front-runner frontrunner nominee candidate challenger incumbent winner
    runner-up leader chair chairman chairwoman chairperson speaker sponsor author architect
    founder organizer organiser spokesman spokeswoman spokesperson host moderator head president
    director pick choice champion
    """
)

# Past verbs by which a clause's subject issues or makes a writing that then speaks (`released an ad
# saying …`); never one of receiving (`faced an ad calling her …`, `received a letter accusing …`).
ISSUING_VERBS = words(
    """
    released issued unveiled launched aired ran posted sent published put filed wrote mailed
    circulated distributed delivered made signed drafted penned recorded cut tweeted
    """
)
