"""Plurals of people that the word lists of roles leave out, as a sentence opens on them capitalised
(`Voters said`, `People who voted said`, `Friends of the family said`): a group described, never a
name. Data only; read by `mention_words.group_plural`."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

__all__ = ["GROUP_PLURALS"]

# None of them is a common surname, so a capitalised one opening a mention is the common noun.
GROUP_PLURALS = _words(
    """
    people voters fans followers backers friends parents families relatives locals villagers
    doctors nurses teachers students pupils passengers onlookers bystanders witnesses
    """
)
