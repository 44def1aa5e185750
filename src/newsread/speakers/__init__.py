"""Speaker names: finding the noun phrase at a cue, stripping titles, fullest names.

Kept apart from quote scanning so the naming rules (what counts as a title, an
appositive, a pronoun) can be read and tested on their own. Everything here is
word-list and regex based: no NLP model, linear time.

The modules, each importing only those above it:

- ``words``: the words of names (titles, honorifics, particles) and their tests;
- ``mentions``: from the words at a cue to a mention (a name, a pronoun, a description);
- ``phrases``: the phrase a cue verb names, before it (`subject_before`) or after it
  (`object_after`);
- ``article_names``: every name an article uses, indexed once (`Names`), for fullest
  names, genders, titles and roles.
"""
