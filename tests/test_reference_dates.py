"""Reference holders give a stated title its state only on the dates they held the office."""

from __future__ import annotations

from diplograph import ingest_text


def posts_of(text: str) -> set[tuple[str, str, str]]:
    x = ingest_text(text, doc_id="dated").extraction
    return {(x.people[p.person].label, p.title, p.of.label if p.of else "") for p in x.posts}


REPORT = (
    "url: composed\ndate: {day}\n\n"
    "President Gurbanguly Berdimuhamedov met with the members of the delegation in the capital and "
    "thanked them for their work on the new programme.\n"
)


def test_tenure_applies_on_its_dates() -> None:
    assert ("Gurbanguly Berdimuhamedov", "President", "Turkmenistan") in posts_of(REPORT.format(day="2015-06-01"))


def test_ended_tenure_is_not_applied_later() -> None:
    later = posts_of(REPORT.format(day="2024-06-01"))
    assert ("Gurbanguly Berdimuhamedov", "President", "") in later
    assert ("Gurbanguly Berdimuhamedov", "President", "Turkmenistan") not in later


def test_stated_state_wins_over_reference() -> None:
    text = (
        " date 2025-01-10 President of Kazakhstan Kassym-Jomart Tokayev has sent a letter to President "
        "Sadyr Japarov, in which he thanked him for the invitation.\n"
    )
    assert posts_of(text) >= {
        ("Kassym-Jomart Tokayev", "President", "Kazakhstan"),
        ("Sadyr Japarov", "President", "Kyrgyzstan"),
    }
