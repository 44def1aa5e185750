"""Quotation extraction: every quotation in an article's body, classified and attributed.

Pure core (no Typer, no Rich). The engine works paragraph by paragraph in one pass:

1. scan each paragraph's quotation marks (:mod:`newsread.quote_marks`: one
   left-to-right tokeniser, so an unbalanced mark only ends the current quote early)
   and find its cue verbs and sentence ends once (:mod:`newsread.cues`);
2. classify each quote as ``direct`` (a clause someone said or wrote), ``partial`` (a
   fragment inside the reporter's own sentence) or ``scare`` (scare quotes, titles,
   nicknames, chants: not statements);
3. attribute direct and partial quotes from cue verbs on either side, colon
   introductions, pronouns, and continuation paragraphs, and report every speaker by
   the fullest name the article uses (see :mod:`newsread.speakers`).

Unnamed sources are described without their article: "said one Ukrainian soldier" gives
the speaker "Ukrainian soldier".

The modules, each importing only those above it:

- ``state``: what the engine remembers while it reads (speakers met, who was last named);
- ``vocabulary``: word tests every rule shares (a person, a role, an organisation, a verb);
- ``resolution``: from the words at a cue to a speaker ("he", "the minister", "Putin");
- ``cue_mentions``: who a cue beside a quotation names;
- ``narration``: the reporter's own sentences, read for who speaks or acts in them;
- ``context``: speakers the quotation's own sentence does not name;
- ``kinds``: direct, partial or scare;
- ``engine``: the pass over the article that uses all of them.
"""

from newsread.quote_engine.engine import extract_quotes

__all__ = ["extract_quotes"]
