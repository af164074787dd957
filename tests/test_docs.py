"""The README a newcomer finishes, the pages it links, and the commands it promises."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from videomind.workflow import configdoc

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PAGES = sorted((ROOT / "docs").glob("*.md"))
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def anchors(page: Path) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces as dashes."""
    found = set()
    for line in page.read_text().splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            found.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return found


def links(page: Path) -> list[tuple[str, Path, str]]:
    text = re.sub(r"```.*?```", "", page.read_text(), flags=re.S)  # code is not a link
    out = []
    for target in LINK.findall(text):
        if re.match(r"^[a-z]+:", target):
            continue  # an outside address is not checked here (no network)
        path, _, fragment = target.partition("#")
        out.append((target, (page.parent / path).resolve() if path else page, fragment))
    return out


def test_readme_is_short():
    assert len(README.read_text().splitlines()) <= 250


def test_every_link_in_the_readme_and_docs_resolves():
    broken = []
    for page in [README, *PAGES]:
        for target, path, fragment in links(page):
            if not path.exists():
                broken.append(f"{page.relative_to(ROOT)}: {target} (no such file)")
            elif fragment and path.suffix == ".md" and fragment not in anchors(path):
                broken.append(f"{page.relative_to(ROOT)}: {target} (no such heading)")
    assert broken == []


def test_every_docs_page_is_linked_from_the_readme():
    linked = {path for _, path, _ in links(README)}
    assert [p.name for p in PAGES if p.resolve() not in linked] == []


def test_the_link_check_sees_a_broken_link(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# Title\n[ok](#title) [gone](nowhere.md) [bad](#no-such)\n")
    found = {(t, p.exists(), f in anchors(p) if f else True) for t, p, f in links(page)}
    assert found == {("#title", True, True), ("nowhere.md", False, True),
                     ("#no-such", True, False)}  # fmt: skip


def test_the_readme_opens_with_the_two_commands_ci_runs():
    block = re.search(r"```bash\n(.*?)```", README.read_text(), flags=re.S).group(1)
    commands = [line for line in block.splitlines() if line and not line.startswith("#")]
    assert commands == ["bash tools/setup.sh && .venv/bin/snakemake", "bash tools/test.sh"]
    ci = [line for line in (ROOT / ".ci/run").read_text().splitlines()
          if line and not line.startswith(("#", "set ", "cd "))]  # fmt: skip
    assert ci == ["bash tools/test.sh"]


def test_the_configuration_reference_is_current():
    """docs/configuration.md's reference is the schema's: rerun configdoc after a schema edit."""
    schema = yaml.safe_load(configdoc.SCHEMA.read_text())
    page = configdoc.PAGE.read_text()
    assert configdoc.render(page, schema) == page
    assert all(f"`{key}`" in page for key, *_ in configdoc.rows(schema))
