"""The bounded look-ups the speaker rules make in an article's whole text."""

from newsread.lookups import MOST_LOOK_UPS, look_up


def test_an_answer_is_found_once_and_remembered() -> None:
    calls: list[str] = []

    def find(word: str) -> int:
        calls.append(word)
        return len(word)

    answers: dict[str, int] = {}
    assert look_up(answers, "Hale", find, -1) == 4
    assert look_up(answers, "Hale", find, -1) == 4
    assert calls == ["Hale"]


def test_past_the_bound_a_new_word_gets_the_default_without_a_read() -> None:
    calls: list[str] = []

    def find(word: str) -> int:
        calls.append(word)
        return 1

    answers = {f"w{i}": 0 for i in range(MOST_LOOK_UPS)}
    assert look_up(answers, "new", find, -1) == -1
    assert look_up(answers, "w3", find, -1) == 0
    assert calls == []
    assert "new" not in answers
