"""Language identification with py3langid (its model ships in the wheel): the language of a
sample's speech or on-screen text for Figure 3 and the browser's filter."""

from __future__ import annotations

LANG_MIN_PROB = 0.3  # below this the language is "und" (undetermined), not a guess


class Py3LangId:
    """Normalised probabilities; abstains below LANG_MIN_PROB."""

    backend = "py3langid"

    def __init__(self) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        self._id = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self.model = "langid.py model (py3langid)"

    def __call__(self, text: str) -> tuple[str, float]:
        lang, prob = self._id.classify(text)
        return (lang if prob >= LANG_MIN_PROB else "und"), float(prob)
