"""Every registered backend provides its capability's Protocol, so ``registry.load`` can promise
the Protocol's type and check it when it builds one."""

from __future__ import annotations

import importlib
import inspect
import re

import pytest

from videomind.backends import registry
from videomind.backends.protocols import PROTOCOLS

IMPLS = [(cap, name, impl) for cap, impls in registry.CAPABILITIES.items()
         for name, impl in impls.items()]  # fmt: skip


def provided(cls: type, member: str) -> bool:
    """A method on the class, or an attribute set on the class or by ``self.member = …``."""
    if hasattr(cls, member):
        return True
    pattern = re.compile(rf"\bself\.{re.escape(member)}\s*(:[^=]+)?=")
    return any(pattern.search(inspect.getsource(k)) for k in cls.__mro__ if k is not object)


@pytest.mark.parametrize(
    ("capability", "name", "impl"), IMPLS, ids=[f"{c}:{n}" for c, n, _ in IMPLS]
)
def test_every_backend_provides_its_protocol(capability, name, impl):
    module, cls_name = impl.target.split(":")
    cls = getattr(importlib.import_module(f"videomind.backends.{module}"), cls_name)
    protocol = PROTOCOLS[capability]
    missing = sorted(m for m in registry._members(protocol) if not provided(cls, m))
    assert missing == [], f"{impl.target} lacks {missing} of {protocol.__name__}"
    for method in registry._members(protocol):
        wanted = getattr(protocol, method, None)
        if callable(wanted) and callable(getattr(cls, method, None)):
            want = list(inspect.signature(wanted).parameters)
            have = list(inspect.signature(getattr(cls, method)).parameters)
            assert have[: len(want)] == want or "args" in have, (impl.target, method, have, want)


def test_every_capability_has_a_protocol():
    assert set(PROTOCOLS) == set(registry.CAPABILITIES)


def test_load_refuses_a_backend_that_breaks_its_protocol(monkeypatch):
    """What ``load`` checks: a language-id backend without ``__call__`` is refused by name."""

    class Mute:
        backend, model = "mute", "nothing"

    fake = type("M", (), {"Mute": Mute})
    monkeypatch.setitem(
        registry.CAPABILITIES["language_id"], "mute", registry.Impl("x:Mute", "none")
    )
    monkeypatch.setattr(importlib, "import_module", lambda name: fake)
    with pytest.raises(
        registry.BackendContractError, match=r"x:Mute is not a LanguageID.*__call__"
    ):
        registry.load("language_id", {"backend": "mute"})


def test_load_returns_the_protocol_it_promises():
    assert isinstance(registry.load("language_id"), PROTOCOLS["language_id"])
    assert isinstance(registry.load("retriever"), PROTOCOLS["retriever"])
