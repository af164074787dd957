"""Language names for the ISO 639 codes Whisper and py3langid give.

Handed "The title and description are written in the language 'ba'", the 1.5B wrote "teach
writing in Ba" (held-back set 69); it is handed "... written in Bashkir". The names are
openai-whisper's tokenizer table (MIT), title-cased, with the codes py3langid adds named by
hand; a code not here stays a code.
"""

from __future__ import annotations

NAMES = {"ace": "Acehnese", "af": "Afrikaans", "am": "Amharic", "an": "Aragonese",
         "ar": "Arabic", "ary": "Moroccan Arabic", "arz": "Egyptian Arabic", "as": "Assamese",
         "az": "Azerbaijani", "ba": "Bashkir", "bcl": "Central Bikol", "be": "Belarusian",
         "bg": "Bulgarian", "bn": "Bengali", "bo": "Tibetan", "br": "Breton", "bs": "Bosnian",
         "ca": "Catalan", "crh": "Crimean Tatar", "cs": "Czech", "cy": "Welsh", "da": "Danish",
         "de": "German", "dz": "Dzongkha", "el": "Greek", "en": "English", "eo": "Esperanto",
         "es": "Spanish", "et": "Estonian", "eu": "Basque", "ext": "Extremaduran",
         "fa": "Persian", "fi": "Finnish", "fo": "Faroese", "fr": "French",
         "fuv": "Nigerian Fulfulde", "fy": "Western Frisian", "ga": "Irish",
         "gcf": "Guadeloupean Creole", "gcr": "Guianese Creole", "gd": "Scottish Gaelic",
         "gl": "Galician", "gom": "Goan Konkani", "grc": "Ancient Greek", "gu": "Gujarati",
         "gug": "Paraguayan Guarani", "guw": "Gun", "ha": "Hausa", "haw": "Hawaiian",
         "hbo": "Ancient Hebrew", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
         "ht": "Haitian Creole", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian",
         "ig": "Igbo", "is": "Icelandic", "it": "Italian", "ja": "Japanese", "jv": "Javanese",
         "jw": "Javanese", "ka": "Georgian", "kab": "Kabyle", "kik": "Kikuyu", "kk": "Kazakh",
         "km": "Khmer", "kn": "Kannada", "ko": "Korean", "ku": "Kurdish", "ky": "Kyrgyz",
         "la": "Latin", "lb": "Luxembourgish", "lg": "Ganda", "lij": "Ligurian", "ln": "Lingala",
         "lo": "Lao", "lt": "Lithuanian", "ltg": "Latgalian", "lv": "Latvian", "mg": "Malagasy",
         "mi": "Maori", "mk": "Macedonian", "ml": "Malayalam", "mn": "Mongolian",
         "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "my": "Burmese", "nb": "Norwegian",
         "ne": "Nepali", "nl": "Dutch", "nn": "Norwegian Nynorsk", "no": "Norwegian",
         "nso": "Northern Sotho", "oc": "Occitan", "om": "Oromo", "or": "Odia", "pa": "Punjabi",
         "pcm": "Nigerian Pidgin", "pl": "Polish", "ps": "Pashto", "pt": "Portuguese",
         "qu": "Quechua", "ro": "Romanian", "ru": "Russian", "rw": "Kinyarwanda",
         "sa": "Sanskrit", "sd": "Sindhi", "sdh": "Southern Kurdish", "se": "Northern Sami",
         "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian", "sn": "Shona", "so": "Somali",
         "sq": "Albanian", "sr": "Serbian", "st": "Southern Sotho", "su": "Sundanese",
         "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tg": "Tajik",
         "th": "Thai", "tk": "Turkmen", "tl": "Tagalog", "tr": "Turkish", "tt": "Tatar",
         "ug": "Uyghur", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "uzs": "Southern Uzbek",
         "vec": "Venetian", "vi": "Vietnamese", "vo": "Volapük", "wa": "Walloon",
         "wuu": "Wu Chinese", "xh": "Xhosa", "yi": "Yiddish", "yo": "Yoruba", "yue": "Cantonese",
         "zh": "Chinese", "zu": "Zulu"}  # fmt: skip


def language_name(code: str) -> str:
    """The language's English name, or "the language '<code>'" for a code not in ``NAMES``."""
    return NAMES.get(code, f"the language {code!r}")


# Their words, lower case: "Bashkir", "Haitian" are English words WordNet lacks (quality.not_words).
NAME_WORDS = frozenset(w.lower() for name in NAMES.values() for w in name.split())
