"""What a rewrite of a poor intent statement is told and shown (generation/revision.py)."""

from __future__ import annotations

from videomind.generation.quality import revision
from videomind.generation.revision import Revision, revised_user, shorten_phrase

LOGLINE = "A trailer for the Blender Foundation's open movie Big Buck Bunny, with captions."


def test_a_copied_phrase_is_shown_cut_to_its_last_words_wherever_it_is_written():
    phrase = "the blender foundation's open movie big buck bunny"
    user = f"Uploader's text: {LOGLINE}\nSummary: THE BLENDER  FOUNDATION'S OPEN"
    user += "\nMOVIE BIG BUCK BUNNY."
    shown = shorten_phrase(user, phrase)
    assert shown == (
        "Uploader's text: A trailer for Big Buck Bunny, with captions.\nSummary: BIG BUCK BUNNY."
    )
    # Six words of the phrase are enough, whole words only; five are left as they are.
    assert shorten_phrase("See the Blender Foundation's open movie Big Bird.", phrase) == (
        "See open movie Big Bird."
    )
    assert shorten_phrase("See the Blender Foundation's open movie Bigger.", phrase) == (
        "See the Blender Foundation's open movie Bigger."
    )
    assert shorten_phrase(LOGLINE, "big buck bunny") == LOGLINE


def test_a_second_rewrite_is_told_every_earlier_reason():
    told = [Revision("one", ("the blender foundation's open movie big buck bunny",)),
            Revision("two")]  # fmt: skip
    user = revised_user(f"Notes: {LOGLINE}", told)
    assert user.splitlines() == [
        "Notes: A trailer for Big Buck Bunny, with captions.",
        "A first answer was not used: one.",
        "A second answer was not used: two.",
    ]


def test_revision_names_what_to_change():
    copied = revision("The uploader", "promote the Blender Foundation's open movie Big Buck Bunny",
                      "showing the trailer", [LOGLINE])  # fmt: skip
    assert copied is not None
    assert copied.copied == ("the blender foundation's open movie big buck bunny",)
    same_verb = revision("The reader", "read the first chapter aloud", "reading a passage", [])
    assert same_verb is not None and 'another verb than "reading"' in same_verb.why
    same_thing = revision("The studio", "present the video trailer for the film",
                          "showing the video trailer", [])  # fmt: skip
    assert same_thing is not None and 'other words than "the video trailer"' in same_thing.why
    assert revision("The reader", "share a novel with listeners", "reading it aloud", []) is None


def test_an_ill_formed_statement_goes_back_too():
    glued = revision("The reader", "readingover a title card", "presenting the text", [])
    assert glued is not None and 'starts with "readingover"' in glued.why
    assert revision("The reader", "read over a title card", "presenting the text", []) is None
    # each form fault is named as itself, not as a wrong first word
    quote = revision("The uploader", 'enjoy "Big Buck Bunny', "watching a rabbit", [])
    assert quote is not None and quote.kind == "open_quote" and "quotation mark" in quote.why
    broken = revision("The host", "introduce the film", "showing a short about fur and", [])
    assert broken is not None and 'breaks off on "and"' in broken.why
    bare = revision("The speaker", "introduce the film", "showing and discussing", [])
    assert bare is not None and 'ends on "discussing"' in bare.why and bare.kind == "no_object"
