"""Which encoding a text file is written in, told with confidence or not at all.

Offices save lists as UTF-8 (with or without Excel's BOM), UTF-16, or in their Windows
code page: Windows-1252 in Western Europe and the Americas, Windows-1251 or KOI8-R for
Cyrillic, Shift-JIS (Japanese Excel's "CSV"), GB18030, Big5 or Korean (CP949). A byte
above 127 means something different in each, and most byte strings decode without error
in several of them, so an error-free decoding proves nothing: 長崎 in Shift-JIS reads
"’·Ќи" in Windows-1251 and 挿嶈 in GB18030.

What tells them apart is whether the text reads as names do. Each candidate decoding is
judged word by word: the letters of one word belong to the script its encoding is for
(Latin, Cyrillic, or that code page's own Chinese, Japanese or Korean characters), in the
common part of its character set, with a plausible shape (capitals where names have them,
vowels in Cyrillic words, no run of three accented letters in a Latin one); the signs
between words are ones lists use. A file is read in an encoding only when exactly one
candidate reads plausibly (or all that do read the same). Otherwise it is refused with the
readings side by side, and the clerk chooses (`--encoding`, or the wizard's Encoding box),
or saves the file again as "CSV UTF-8". Guessing would store 長崎 as garbage for good.
"""

import codecs
import unicodedata
from dataclasses import dataclass

from desktop.domain.words import QT_TRANSLATE_NOOP
from desktop.services.importing.errors import ImportFileError

# What a clerk may choose, by the name they know; the codec Python reads it with.
CHOICES: dict[str, str] = {
    QT_TRANSLATE_NOOP("Domain", "UTF-8"): "utf-8-sig",
    QT_TRANSLATE_NOOP("Domain", "UTF-16"): "utf-16",
    QT_TRANSLATE_NOOP("Domain", "Windows-1252 (Western European)"): "cp1252",
    QT_TRANSLATE_NOOP("Domain", "Windows-1250 (Central European)"): "cp1250",
    QT_TRANSLATE_NOOP("Domain", "Windows-1251 (Cyrillic)"): "cp1251",
    QT_TRANSLATE_NOOP("Domain", "KOI8-R (Russian)"): "koi8_r",
    QT_TRANSLATE_NOOP("Domain", "Shift-JIS (Japanese)"): "cp932",
    QT_TRANSLATE_NOOP("Domain", "GB18030 (Chinese, simplified)"): "gb18030",
    QT_TRANSLATE_NOOP("Domain", "Big5 (Chinese, traditional)"): "big5",
    QT_TRANSLATE_NOOP("Domain", "CP949 (Korean)"): "cp949",
    QT_TRANSLATE_NOOP("Domain", "ISO-8859-1 (Latin-1)"): "latin-1",
}
LABELS = {codec: label for label, codec in CHOICES.items()}
# Told apart automatically, in this order (only for the wording of a refusal).
DETECTED = ("cp1252", "cp1251", "koi8_r", "cp932", "gb18030", "big5", "cp949")

# Signs a list holds between words, in each family of code pages.
WESTERN_SIGNS = set("’‘“”„–—…•«»°€£¥§©®·¿¡ªº×\u00a0")
CYRILLIC_SIGNS = set("’‘“”„–—…•«»°№€§©®\u00a0")
EAST_ASIAN_SIGNS = set(
    "、。・「」『』【】〈〉《》（）〔〕［］｛｝：；，．！？～ー－＆／　々〆〇…‥※"
)
CYRILLIC_VOWELS = set("аеёиоуыэюяіїєў")


@dataclass(frozen=True)
class Detected:
    codec: str
    label: str


def label(codec: str) -> str:
    """'Shift-JIS (Japanese)'."""
    return LABELS.get(codec, codec)


def short_label(codec: str) -> str:
    """'Shift-JIS': what a table read in it says it was read in."""
    return label(codec).split(" (")[0]


def codec_for(name: str) -> str:
    """The codec for an encoding as a clerk names it ('Shift-JIS', 'shift_jis', 'cp1251',
    'utf8' ...); ValueError naming the choices when Python knows no such one."""
    wanted = name.strip().lower()
    for choice, codec in CHOICES.items():
        if wanted in (choice.lower(), choice.split(" (")[0].lower()):
            return codec
    try:
        found = codecs.lookup(wanted).name
    except LookupError:
        raise ValueError(
            f"'{name}' is not an encoding I know; choose one of: "
            + ", ".join(c.split(" (")[0] for c in CHOICES)
        ) from None
    if found == "utf-8":
        return "utf-8-sig"  # the same, and a BOM Excel wrote is not read as a character
    return next((c for c in CHOICES.values() if codecs.lookup(c).name == found), found)


def detect(lines: list[tuple[int, bytes]], name: str) -> Detected:
    """The encoding of a file whose lines holding bytes above 127 are `lines` (numbered
    from 1), or ImportFileError saying why it cannot be told."""
    if not lines:
        return Detected("utf-8-sig", "UTF-8")
    utf8 = [n for n, line in lines if _decodes(line, "utf-8")]
    if len(utf8) == len(lines):
        return Detected("utf-8-sig", "UTF-8")
    if utf8:
        other = next(n for n, line in lines if not _decodes(line, "utf-8"))
        raise ImportFileError(
            f"{name} mixes two text encodings: line {utf8[0]} is written in UTF-8 but "
            f"line {other} is not, so some names would come out garbled. Open the file in "
            "Excel or a text editor and save it again as 'CSV UTF-8', then import that."
        )
    readings = {codec: _reading(lines, codec) for codec in DETECTED}
    plausible = {codec: text for codec, text in readings.items() if text is not None}
    # Only a word of two bytes or more above ASCII speaks for an encoding (two letters, or
    # one Chinese character); a lone letter or a sign ('€ 500') reads as something in
    # most of them.
    supported = {codec: text for codec, text in plausible.items() if _evidence(text, codec)}
    if len(set(supported.values())) == 1:
        codec = next(iter(supported))
        return Detected(codec, label(codec))
    if not supported and "cp1252" in plausible:
        return Detected("cp1252", label("cp1252"))  # Western Excel's CSV, as it always was
    if len(supported) > 1:
        raise ImportFileError(_ambiguous(name, lines, supported))
    raise ImportFileError(
        f"{name} is not written in UTF-8, and its other text does not read as names in "
        f"any of the encodings offices use (line {lines[0][0]} is the first with such "
        "text). Choose its encoding (the import's Encoding box, or --encoding), or open "
        "it in Excel or a text editor and save it as 'CSV UTF-8'."
    )


def _evidence(text: str, codec: str) -> bool:
    return any(len(word.encode(codec)) > 1 and not word.isascii() for word in _words(text))


def _ambiguous(name: str, lines: list[tuple[int, bytes]], plausible: dict[str, str]) -> str:
    """Say the first word that reads differently, in each plausible encoding."""
    number, shown = _first_difference(lines, list(plausible))
    options = "; ".join(f"'{word}' in {label(codec)}" for word, codec in shown.items())
    return (
        f"{name} is not written in UTF-8, and its encoding cannot be told for certain: line "
        f"{number} reads {options}. Choose the encoding (the import's Encoding box, or "
        "--encoding), or save the file again as 'CSV UTF-8'."
    )


def _first_difference(lines: list[tuple[int, bytes]], codecs_: list[str]):
    """(line number, {word: codec}) where the readings first differ."""
    for number, line in lines:
        readings = {codec: _words(line.decode(codec)) for codec in codecs_}
        for i in range(max(map(len, readings.values()))):
            shown: dict[str, str] = {}
            for codec, words in readings.items():
                shown.setdefault(words[i] if i < len(words) else "", codec)
            if len(shown) > 1:
                return number, shown
    number, line = lines[0]
    return number, {line.decode(codec).strip(): codec for codec in codecs_}


def _decodes(line: bytes, codec: str) -> bool:
    try:
        line.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _reading(lines: list[tuple[int, bytes]], codec: str) -> str | None:
    """The lines decoded in `codec` if every word reads plausibly there, else None."""
    texts = []
    for _, line in lines:
        try:
            text = line.decode(codec)
        except UnicodeDecodeError:
            return None
        if not plausible_text(text, codec):
            return None
        texts.append(text)
    return "\n".join(texts)


def plausible_text(text: str, codec: str) -> bool:
    """Does `text`, decoded in `codec`, read as a list's names and words do?"""
    judge = _LETTERS[codec]
    signs = _SIGNS[codec]
    word: list[str] = []
    before = ""  # the character before the word
    for ch in text + " ":
        if (ch.isascii() and not ch.isalpha()) or ch in signs:
            if word and not _plausible_word("".join(word), judge, codec, before + ch):
                return False
            word = []
            before = ch
        elif unicodedata.category(ch)[0] in "LM":
            word.append(ch)
        else:
            return False  # a control character, a box-drawing line, a sign no list holds
    return True


def _plausible_word(word: str, judge, codec: str, around: str) -> bool:
    """`around`: the characters just before and after the word."""
    if word.isascii():
        return True
    if not all(ch.isascii() or judge(ch) for ch in word):
        return False
    if len(word) == 1 and any(ch.isdigit() for ch in around):
        return False  # 'Ј500': a sign of one encoding read as a letter of another
    if codec == "cp1252":
        return _latin_shape(word)
    if codec in ("cp1251", "koi8_r"):
        return _cyrillic_shape(word)
    return _east_asian_shape(word, codec)


def _latin_shape(word: str) -> bool:
    """No three accented letters in a row ('ÊàëèíèíãðàÄ' is Cyrillic read as Western), and
    no capital after a small letter where either is accented ('MŘnchen')."""
    run = 0
    for i, ch in enumerate(word):
        run = run + 1 if not ch.isascii() else 0
        if run >= 3:
            return False
        if i and ch.isupper() and word[i - 1].islower() and not (ch + word[i - 1]).isascii():
            return False
    return True


def _cyrillic_shape(word: str) -> bool:
    """A Cyrillic word is written small, capitalised or in capitals, and a word of three
    letters or more has a vowel. KOI8-R read as Windows-1251 (or the other way) swaps
    small and capital letters and scrambles the rest: 'лБМХМХМЗТБД'."""
    if word.isascii():
        return True
    if any(ch.isascii() for ch in word):
        return False  # Latin and Cyrillic letters in one word
    rest = word[1:]
    if not (word.islower() or word.isupper() or (word[0].isupper() and rest.islower())):
        return False
    return len(word) < 3 or any(ch.lower() in CYRILLIC_VOWELS for ch in word)


def _east_asian_shape(word: str, codec: str) -> bool:
    """Chinese, Japanese or Korean characters are not run together with Latin letters
    ('Besan輟n' is 'Besançon' read as Shift-JIS); a Korean word is written in Hangul; and
    most characters of a Chinese word are among GB2312's 3,755 common ones (Cyrillic read
    as GB18030 gives the rare ones: 'Москва' in Windows-1251 reads 填耜忄)."""
    if any(ch.isascii() for ch in word):
        return False
    if codec == "cp949":
        return all(unicodedata.name(ch, "").startswith("HANGUL") for ch in word)
    if codec == "gb18030":
        common = sum(0xB0 <= ch.encode("gb2312")[0] <= 0xD7 for ch in word)
        return 2 * common > len(word)
    return True


def _latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


def _cyrillic(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("CYRILLIC")


def _in(codec: str):
    """A letter of `codec`'s common character set (what a list written in it uses):
    JIS X 0208 for Shift-JIS, GB2312 for GB18030, KS X 1001 for CP949, and Big5's level
    of frequently used characters. Half-width katakana and the vendors' extensions are
    what other encodings' bytes turn into."""

    def judge(ch: str) -> bool:
        if unicodedata.name(ch, "").startswith(("HALFWIDTH", "FULLWIDTH LATIN")):
            return unicodedata.name(ch).startswith("FULLWIDTH LATIN")
        try:
            encoded = ch.encode(codec)
        except UnicodeEncodeError:
            return False
        if codec == "big5":
            common = 0xA4 <= encoded[0] <= 0xC6 and unicodedata.name(ch).startswith("CJK")
            return common or unicodedata.name(ch).startswith("BOPOMOFO")
        # Python writes a Hangul syllable KS X 1001 lacks as eight bytes of jamo.
        return len(encoded) == 2

    return judge


_LETTERS = {
    "cp1252": _latin,
    "cp1251": _cyrillic,
    "koi8_r": _cyrillic,
    "cp932": _in("shift_jis"),
    "gb18030": _in("gb2312"),
    "big5": _in("big5"),
    "cp949": _in("euc_kr"),
}
_SIGNS = {
    "cp1252": WESTERN_SIGNS,
    "cp1251": CYRILLIC_SIGNS,
    "koi8_r": CYRILLIC_SIGNS,
    "cp932": EAST_ASIAN_SIGNS,
    "gb18030": EAST_ASIAN_SIGNS,
    "big5": EAST_ASIAN_SIGNS,
    "cp949": EAST_ASIAN_SIGNS,
}


def _words(text: str) -> list[str]:
    words, word = [], []
    for ch in text:
        if unicodedata.category(ch)[0] in "LM":
            word.append(ch)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return words
