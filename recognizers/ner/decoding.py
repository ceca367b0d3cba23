"""From the model's per-character tag probabilities to entity spans at note offsets.

Per-character argmax is brittle on text unlike the training templates: one character of a date read
as ID, or a B- tag inside an address, cuts an entity in pieces of several types. So decoding is by span:
1. a character is inside an entity when P(O) < 0.5 (the entity types' mass together outweighs O);
2. a span starts at an inside character after an outside one, or where the B- tags' mass exceeds the
   I- tags' (two entities side by side);
3. the span's type is the label with the most B- plus I- mass over its characters; its score that mass
   divided by its length (the mean probability of the chosen type);
4. Latin words are not split: a span edge inside a run of ASCII letters moves to the word's edge, out
   when the span holds more than half the word ("Smi|th" -> "Smith"), in otherwise ("|Kn|own" -> nothing);
5. spans do not start or end with spaces or punctuation ("Patel, Sara." -> "Patel, Sara"), except a
   bracket closed or opened inside the span ("(02) 555-0100"), a period after a short abbreviation
   or initial ("St.", "Q.") or ending a Korean date ("2024. 3. 5."), and the apostrophe of a two-digit
   year ("'24.2.10");
6. spans that cannot be of their type are dropped: a DATE names at least two of day, month and year
   ("3/5", "March 5", "2024年3月") unless it is a compact run of six or eight digits ("20240305"), so
   "4" of "CRP 4.2" goes; nor is a bare "a/b" a date where it counts or scores something: before a count
   word ("3/6 cycles", "2/3 개", "7/14일분") or after a score's name ("motor power 4/5", "LN 2/15"); an
   AGE_OVER_89 holds a number of at least 90; and no span lies inside an e-mail address or a URL
   ("3774361697@qq.com" is not an ID): the model has no label for those, the rules find them whole;
7. a Korean name is not cut before its last syllable: a PERSON span of a surname and one syllable that runs
   on into a given-name syllable, itself followed by a particle, an honorific, a space or punctuation
   ("[서순]자의" -> "서순자"), takes that syllable, unless it is a particle itself ("김민이 왔다");
8. a date is not cut inside its numbers: a DATE edge inside a run of digits moves to the run's edge
   ("[019年8月29日" -> "2019年8月29日"), unless that makes a run of more than eight digits ("2025012114:20");
   a year-month or month-day cut before its third part takes it when the same separator leads on to it
   ("[2022-4]-4" -> "2022-4-4", "25.0[6.16]" -> "25.06.16"); and a day's 日, 号 or 일 after its digits
   joins a date holding its month ("[2020年10月15]号" -> "2020年10月15号"); a list number glued before a
   date is not part of it, where the date opens with its year, or where the number opens a line or a
   clause and is one digit or its full stop is none of the date's separators ("2.2024年3月8日" ->
   "2024年3月8日"; "；1.3月5日", "；2.3.5", "①3/5"; "5.3.2024" and "12.3.5" stay);
9. an identifier is not cut inside its code: an ID or PHONE_NUMBER edge inside a run of ASCII letters and
   digits that holds a digit moves out to the run's edge ("[123-45-678]9" -> "123-45-6789", "BA[2023001]" ->
   "BA2023001"), since a part of a number left in the text identifies as well as the whole.
"""

from __future__ import annotations

import bisect
import re
import string

import numpy as np

from emr_deid.recognizers.ko import gazetteer
from emr_deid.recognizers.ner.features import LABELS

Span = tuple[int, int, str, float]
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_EDGE_PUNCTUATION = frozenset(",;:!?、，。；：！？\"'“”‘’「」『』《》<>·-–—/\\")
_BRACKETS = {"(": ")", "[": "]", "（": "）", "【": "】", "{": "}"}
_CLOSING = {closing: opening for opening, closing in _BRACKETS.items()}
_WORD_BEFORE_PERIOD = re.compile(r"[A-Za-z]{3,}$")
# The parts a date is written with: digit runs, English month names, runs of Chinese numerals (二〇二四年三月五日).
_DATE_PART = re.compile(
    r"\d+|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|[〇零一二三四五六七八九十]+", re.ASCII
)
_COMPACT_DATE = re.compile(r"\d{6}|\d{8}")
_LIST_NUMBER = re.compile(r"\d{1,2}[.、)．]|[①-⑳]")
_DIGITS = frozenset("0123456789")
_FOUR_DIGITS = re.compile(r"\d{4}")
# Where a list item may start: a line, or a clause ("…；2.3月5日复查", "…。2) 3/8 CT").
_ITEM_START = re.compile(r"(?:^|[；;。：:，,])[ \t]*\Z", re.MULTILINE)
_BARE_RATIO = re.compile(r"\d{1,2}/\d{1,2}")
# Words that count what an "a/b" before them numbers, and names of scores written as "a/b".
_COUNT_AFTER = re.compile(
    r"[ \t]?(?:(?i:cycles?|cores?|courses?|doses?|sessions?|fractions?|done|positive|negative|times)\b"
    r"|\(\+\)|개|회|차|일분|정도|주기|코스|양성|음성|个|次|周期|疗程)"
)
_SCORE_BEFORE = re.compile(r"(?i:power|motor|strength|MMT|NRS|VAS|GCS|LN|nodes?|score|grade|근력|림프절|점수|肌力|评分)"
                           r"[ \t:=]*\Z")  # fmt: skip
_DIGIT_RUN = re.compile(r"\d+")
_CODE_CHARACTERS = frozenset(string.ascii_letters + string.digits)
_IDENTIFIER_LABELS = frozenset({"ID", "PHONE_NUMBER"})
_MAX_DATE_DIGITS = 8  # "20240305"; a longer run is a date glued to something else
_DATE_SEPARATOR = re.compile(r"(?<=\d)[-./](?=\d)")
_PART_AFTER = re.compile(r"([-./])(\d{1,2})(?!\d)")
_PART_BEFORE = re.compile(r"(?<!\d)(\d{2}|\d{4})([-./])\Z")
_DAY_SUFFIXES = frozenset("日号일")
_MONTH_MARK = re.compile("[月월]")
_HANGUL_SYLLABLE = re.compile("[가-힣]")
# What follows a Korean name: particles and honorifics ("김민준에게", "김민준님"); one-syllable ones are also
# never the name's own last syllable here.
_PARTICLE_SYLLABLES = frozenset("은는이가을를의과와도만께님씨랑로에")
_AFTER_A_NAME = ("에게서", "에게", "께서", "한테", "으로", "이랑", "이나", "과의", "와의", *_PARTICLE_SYLLABLES)
_EMAIL_OR_URL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[^\s<>\"'，。]+", re.ASCII)


def tag_spans(tag_ids: np.ndarray, labels: tuple[str, ...] = LABELS) -> list[tuple[int, int, str]]:
    """(start, end, label) of gold BIO tag ids; an I- tag that does not continue its label starts a span."""
    tags = np.asarray(tag_ids, dtype=np.int64)
    label_of = (tags - 1) // 2
    previous = np.concatenate(([0], tags[:-1]))
    continues = (tags > 0) & (tags % 2 == 0) & (previous > 0) & ((previous - 1) // 2 == label_of)
    starts = np.flatnonzero((tags > 0) & ~continues)
    ends = np.flatnonzero((tags > 0) & ~np.concatenate((continues[1:], [False]))) + 1
    return [(int(s), int(e), labels[label_of[s]]) for s, e in zip(starts, ends, strict=True)]


def decode(probabilities: np.ndarray, labels: tuple[str, ...] = LABELS) -> list[Span]:
    """Spans of one text from its (length, 1 + 2 * len(labels)) tag probabilities (O, B-x, I-x, ...)."""
    if not len(probabilities):
        return []
    begin, inside = probabilities[:, 1::2], probabilities[:, 2::2]
    entity = probabilities[:, 0] < 0.5
    previous = np.concatenate(([False], entity[:-1]))
    starts_here = entity & (~previous | (begin.sum(axis=1) > inside.sum(axis=1)))
    following = np.concatenate((starts_here[1:] | ~entity[1:], [True]))
    starts = np.flatnonzero(starts_here)
    ends = np.flatnonzero(entity & following) + 1
    mass = np.concatenate((np.zeros((1, len(labels))), np.cumsum(begin + inside, axis=0, dtype=np.float64)))
    span_mass = mass[ends] - mass[starts]
    best = span_mass.argmax(axis=1)
    scores = span_mass[np.arange(len(starts)), best] / (ends - starts)
    return [
        (int(s), int(e), labels[b], float(score)) for s, e, b, score in zip(starts, ends, best, scores, strict=True)
    ]


def snap_to_latin_words(text: str, spans: list[Span]) -> list[Span]:
    """Spans whose edges fall inside an ASCII-letter word moved to the word's edges (see step 4)."""
    words = [match.span() for match in _LATIN_WORD.finditer(text)]
    word_starts = [start for start, _ in words]
    snapped = []
    for start, end, label, score in spans:
        word = _word_around(words, word_starts, start)
        if word and word[0] < start:
            start = word[0] if 2 * (min(end, word[1]) - start) > word[1] - word[0] else min(word[1], end)
        word = _word_around(words, word_starts, end)
        if word and word[0] < end < word[1]:
            end = word[1] if 2 * (end - max(start, word[0])) > word[1] - word[0] else max(word[0], start)
        if end > start:
            snapped.append((start, end, label, score))
    return snapped


def _word_around(words: list[tuple[int, int]], word_starts: list[int], position: int) -> tuple[int, int] | None:
    """The ASCII-letter word holding the character at `position`, or None."""
    index = bisect.bisect_right(word_starts, position) - 1
    if index >= 0 and words[index][0] <= position < words[index][1]:
        return words[index]
    return None


def trim_edges(text: str, spans: list[Span]) -> list[Span]:
    """Spans without leading or trailing spaces and punctuation (see step 5); emptied spans are dropped."""
    trimmed = []
    for start, end, label, score in spans:
        while start < end and _trimmable_start(text, start, end):
            start += 1
        while end > start and _trimmable_end(text, start, end):
            end -= 1
        if end > start:
            trimmed.append((start, end, label, score))
    return trimmed


def _trimmable_start(text: str, start: int, end: int) -> bool:
    char = text[start]
    if char in "'’" and text[start + 1 : start + 3].isdigit():
        return False  # a year cut to two digits: "'24.2.10", "’19"
    if char in _BRACKETS:
        return _BRACKETS[char] not in text[start + 1 : end]
    return char.isspace() or char in _EDGE_PUNCTUATION or char in _CLOSING or char == "."


def _trimmable_end(text: str, start: int, end: int) -> bool:
    char = text[end - 1]
    if char in _CLOSING:
        return _CLOSING[char] not in text[start : end - 1]
    if char == ".":
        before = text[start : end - 1]
        if before[-1:].isdigit():
            return ". " not in before  # "Dec 25." ends a sentence; "2024. 3. 5." is how Korean charts write dates
        return bool(_WORD_BEFORE_PERIOD.search(before))
    return char.isspace() or char in _EDGE_PUNCTUATION or char in _BRACKETS


def plausible(text: str, spans: list[Span]) -> list[Span]:
    """Spans less those that cannot be of their type or lie inside an e-mail address or a URL (see step 6)."""
    addresses = [match.span() for match in _EMAIL_OR_URL.finditer(text)]
    return [
        span
        for span in spans
        if _plausible(text[span[0] : span[1]], span[2])
        and not (span[2] == "DATE" and _counts_or_scores(text, span[0], span[1]))
        and not any(start <= span[0] and span[1] <= end for start, end in addresses)
    ]


def _counts_or_scores(text: str, start: int, end: int) -> bool:
    """Whether a bare "a/b" at text[start:end] is a count or a score, by the words around it (see step 6)."""
    value = text[start:end]
    if value.endswith("일") and text.startswith("분", end):  # "7/14일분": a supply of 7 of 14 days
        return bool(_BARE_RATIO.fullmatch(value[:-1]))
    if not _BARE_RATIO.fullmatch(value):
        return False
    return bool(_COUNT_AFTER.match(text, end) or _SCORE_BEFORE.search(text[max(0, start - 16) : start]))


def _plausible(value: str, label: str) -> bool:
    if label == "DATE":
        return len(_DATE_PART.findall(value)) >= 2 or bool(_COMPACT_DATE.fullmatch(value))
    if label == "AGE_OVER_89":
        # in digits, or in Chinese numerals from 九十 (90) up through the hundreds (一百零三)
        return any(int(digits) >= 90 for digits in re.findall(r"\d+", value)) or "九十" in value or "百" in value
    return True


def complete_korean_names(text: str, spans: list[Span]) -> list[Span]:
    """Two-syllable Korean PERSON spans extended over the name's last syllable where it was cut (see step 7)."""
    surnames, given_syllables = gazetteer.surname_shares(), gazetteer.given_name_syllables()
    completed = []
    for start, end, label, score in spans:
        if (
            label == "PERSON"
            and end - start == 2
            and text[start] in surnames
            and text[end : end + 1] in given_syllables
            and text[end] not in _PARTICLE_SYLLABLES
            and _ends_a_name(text[end + 1 : end + 4])
        ):
            end += 1
        completed.append((start, end, label, score))
    return completed


def _ends_a_name(following: str) -> bool:
    """Whether a Korean name may end right before `following`: a particle, an honorific, or no Hangul."""
    return not following or not _HANGUL_SYLLABLE.match(following) or following.startswith(_AFTER_A_NAME)


def complete_dates(text: str, spans: list[Span]) -> list[Span]:
    """DATE spans extended over the digits, third part and day suffix they were cut from (see step 8)."""
    return [
        (*_completed_date(text, start, end), label, score) if label == "DATE" else (start, end, label, score)
        for start, end, label, score in spans
    ]


def _completed_date(text: str, start: int, end: int) -> tuple[int, int]:
    enumerator = _LIST_NUMBER.match(text, start, end)
    if enumerator and _is_list_number(text, start, enumerator.end(), end):
        start = enumerator.end()
    run_start, run_end = start, end
    while run_start > 0 and text[run_start - 1] in _DIGITS and text[run_start] in _DIGITS:
        run_start -= 1
    while run_end < len(text) and text[run_end] in _DIGITS and text[run_end - 1] in _DIGITS:
        run_end += 1
    if max(map(len, _DIGIT_RUN.findall(text[run_start:run_end])), default=0) <= _MAX_DATE_DIGITS:
        start, end = run_start, run_end
    parts = _DATE_PART.findall(text[start:end])
    separators = set(_DATE_SEPARATOR.findall(text[start:end]))
    if len(parts) == 2 and len(separators) == 1:
        (separator,) = separators
        after = _PART_AFTER.match(text, end)
        before = _PART_BEFORE.search(text, max(0, start - 6), start)
        if after and after.group(1) == separator:
            end = after.end()
        elif before and before.group(2) == separator:
            start = before.start()
    if text[end : end + 1] in _DAY_SUFFIXES and text[end - 1 : end].isdigit() and _MONTH_MARK.search(text, start, end):
        end += 1
    return start, end


def _is_list_number(text: str, start: int, date_start: int, end: int) -> bool:
    """Whether text[start:date_start] numbers a list item rather than opening the date ("5.3.2024" is a date)."""
    if text[date_start : date_start + 4].isdigit() and text[date_start : date_start + 2] in ("19", "20"):
        return True  # a year follows
    if not _ITEM_START.search(text, 0, start):
        return False  # mid-sentence, "1.3월" may be anything
    # "2.3月5日": the number's full stop is none of the date's separators; "2.3.5": no year is one digit long
    # (but "5.3.2024" is a day, a month and a year).
    rest = text[date_start:end]
    return text[date_start - 1] not in rest or (date_start - start == 2 and not _FOUR_DIGITS.search(rest))


def complete_identifiers(text: str, spans: list[Span]) -> list[Span]:
    """ID and PHONE_NUMBER spans extended over the rest of a letter-and-digit code they were cut in (see step 9)."""
    completed = []
    for start, end, label, score in spans:
        if label in _IDENTIFIER_LABELS:
            start, end = _code_edge(text, start, outwards=-1), _code_edge(text, end, outwards=1)
        completed.append((start, end, label, score))
    return completed


def _code_edge(text: str, edge: int, outwards: int) -> int:
    """`edge` moved to the start (outwards=-1) or end (1) of the code run it cuts, or kept where it cuts none."""
    if not (0 < edge < len(text) and text[edge - 1] in _CODE_CHARACTERS and text[edge] in _CODE_CHARACTERS):
        return edge
    left, right = edge - 1, edge + 1
    while left > 0 and text[left - 1] in _CODE_CHARACTERS:
        left -= 1
    while right < len(text) and text[right] in _CODE_CHARACTERS:
        right += 1
    if _DIGITS.isdisjoint(text[left:right]):
        return edge  # letters only: a word, which step 4 snaps
    return left if outwards < 0 else right


def spans_from_probabilities(text: str, probabilities: np.ndarray, labels: tuple[str, ...] = LABELS) -> list[Span]:
    spans = trim_edges(text, snap_to_latin_words(text, decode(probabilities, labels)))
    return complete_identifiers(text, complete_dates(text, complete_korean_names(text, plausible(text, spans))))
