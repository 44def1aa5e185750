"""Speakers the review of BBC sport and technology articles found wrong, one made-up
fixture per rule."""

from __future__ import annotations

from tests.test_quotes_speakers import said_by


def test_a_name_then_a_job_without_commas_is_the_speaker() -> None:
    # "Dr Ann Lee sound director at audio firm Acme told": Ann Lee, not the firm.
    text = (
        '"Every film will be sharper," Dr Petra Holmvik sound systems director at '
        'audio firm Kelvex told the BBC. "Nobody will miss the hiss."'
    )
    assert said_by(text) == [
        ("Every film will be sharper", "Petra Holmvik"),
        ("Nobody will miss the hiss", "Petra Holmvik"),
    ]
    # A person's name after the job is the speaker, as before.
    other = '"We were patient," Vexford United director of football Rui Anselmo said.'
    assert said_by(other) == [("We were patient", "Rui Anselmo")]


def test_a_participle_after_a_prepositions_object_names_no_speaker() -> None:
    # "data from the pages mentioned in …": the pages are described, no one speaks; the
    # phrase before is no subject to resolve "it" to later.
    text = (
        "Orlen Digital has shut down its Grow Bees, Not Weeds campaign, saying it had "
        "made its point.\n\n"
        "Through the Grow Bees, Not Weeds website, users could install a tool that sent "
        "requests to the sites mentioned in junk emails. "
        '"Nothing suggests that Grow Bees, Not Weeds harmed anyone," it said.'
    )
    assert said_by(text) == [
        ("Nothing suggests that Grow Bees, Not Weeds harmed anyone", "Orlen Digital")
    ]


def test_an_inverted_cue_after_a_label_names_whom_a_he_means() -> None:
    # 'was a "golden year" said Ann Lee, …': the quote may be read as a label, but the
    # cue names who spoke, whom the next "he" means (not the body named before).
    text = (
        "Toy sales rose again in 2004. Harbour Bright, the biggest toy maker, had five "
        "toys in the top ten.\n\n"
        '2004 was a "golden year" said Tomas Brekke, head of the toy trade body. '
        '"Parents kept buying even as prices rose," he said.'
    )
    assert said_by(text)[-1] == ("Parents kept buying even as prices rose", "Tomas Brekke")


def test_his_written_words_are_his() -> None:
    # "His sales pitch adds:": what he wrote, so his words.
    text = (
        "Dmitri Kallas said he would wear a slogan on his head for a month. "
        '"I will carry any slogan," he told reporters. '
        'His sales pitch adds: "Be the first brand on a moving billboard."'
    )
    assert said_by(text) == [
        ("I will carry any slogan", "Dmitri Kallas"),
        ("Be the first brand on a moving billboard", "Dmitri Kallas"),
    ]
    # A letter she had from someone else is not her words: the sender's.
    text = (
        "Ann Lee said she had received threats after the vote. Her letter from the "
        'party said: "You are suspended."'
    )
    assert said_by(text) == [("You are suspended", "party")]


def test_underlined_right_after_a_quote_is_its_cue() -> None:
    # '"…," underlined Mr Ruiz': a cue of manner, only right after the quotation.
    text = (
        "Organisers of the Tarvel scheme say it has gone well. "
        '"This is only a first step," underlined Ms Irena Paskova. '
        "But she underlined her wish to expand the scheme."
    )
    assert said_by(text) == [("This is only a first step", "Irena Paskova")]


def test_a_participle_after_a_comma_and_an_adverb_is_the_subjects() -> None:
    # "Ann Lee ignores the two Stars, simply adding:": Ann Lee adds, not the Stars.
    text = (
        "Columnist Hanne Drejer praised the hosts. Drejer does not mention the "
        'visitors\' two Golden Boys, simply adding: "They forgot to turn up."'
    )
    assert said_by(text) == [("They forgot to turn up", "Hanne Drejer")]
    text = 'Tom Ode praised the referee, Ann Lee, later adding: "She was superb."'
    assert said_by(text) == [("She was superb", "Tom Ode")]


def test_a_verb_after_a_relative_clause_ending_in_a_place_is_the_subjects() -> None:
    text = (
        "Ann Lee, the landlord, denies the claims.\n\nA woman who lives in the flat below "
        'complained at the time that the noise was constant. "It was unbearable," she said.'
    )
    assert said_by(text) == [("It was unbearable", "woman")]


def test_a_job_with_no_comma_after_a_name_before_of_or_at() -> None:
    text = '"We are ready," Tom Ode manager of Leeds United told the BBC.'
    assert said_by(text) == [("We are ready", "Tom Ode")]
    text = 'Dr Tom Ode consultant at St Thomas Hospital told the BBC: "We are ready."'
    assert said_by(text) == [("We are ready", "Tom Ode")]


def test_underscored_right_after_a_quote_is_its_cue() -> None:
    text = '"We will not give up," underscored Ms Irena Paskova.'
    assert said_by(text) == [("We will not give up", "Irena Paskova")]
