"""Korean person names: patients, family members and staff.

Korean surnames (이, 정, 고, 조, 신, 안, 오, 하 ...) are also everyday syllables, so a name is taken
only with a cue: a label before it (성명:, 환자명, 보호자, 주치의), an honorific or role after it (님,
씨, 환자, 보호자, 교수, 선생님), demographics in brackets (김민준(M/45)), or, for a three-syllable
name of common given-name syllables, a particle after it (김민준은). Candidates from the weaker cues
must also be built from common given-name syllables, must not be a listed clinical word (이상, 정상,
신규, 조영제), and are checked with kiwipiepy: a candidate it reads as one common noun or verb is
dropped. The span is the name alone, without particle, honorific or role.
"""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from emr_deid.recognizers.ko import gazetteer
from emr_deid.recognizers.ko.base import SpanPatternRecognizer, alternation
from emr_deid.schemas.entity import EntityType

# Labels after which any surname-led 2-4 syllable word is a name.
STRONG_LABELS = (
    "성명",
    "성 명",
    "이름",
    "환자명",
    "환자 성명",
    "환자성명",
    "환자이름",
    "환자 이름",
    "보호자명",
    "보호자 성명",
    "보호자성명",
    "주치의",
    "담당의",
    "담당의사",
    "담당 의사",
    "담당간호사",
    "담당 간호사",
    "담당교수",
    "담당 교수",
    "작성자",
    "기록자",
    "작성의",
    "서명",
    "판독의",
    "판독자",
    "집도의",
    "처방의",
    "의뢰의",
    "수술자",
    "마취의",
    "보고자",
    "검사자",
    "피검자",
    "수진자",
    "수검자",
    "의뢰인",
    "신청인",
    "동의인",
    "대리인",
    "Dr.",
    "Dr",
    "Pt.",
)
# Roles and relations before a name; the name must then look like one (common syllables, not a word).
WEAK_LABELS = (
    "환자",
    "환아",
    "보호자",
    "교수",
    "교수님",
    "간호사",
    "의사",
    "전공의",
    "레지던트",
    "인턴",
    "원장",
    "과장",
    "선생님",
    "딸",
    "아들",
    "남편",
    "부인",
    "아내",
    "처",
    "배우자",
    "어머니",
    "아버지",
    "모친",
    "부친",
    "며느리",
    "사위",
    "손자",
    "손녀",
    "형",
    "동생",
    "언니",
    "누나",
    "오빠",
    "조카",
    "지인",
    "친구",
    "간병인",
    "요양보호사",
)
# Honorifics and roles after a name: 김민준 님, 김민준씨, 이서연 보호자.
HONORIFICS = (
    "님",
    "씨",
    "환자",
    "환아",
    "보호자",
    "교수",
    "교수님",
    "선생님",
    "선생",
    "간호사",
    "의사",
    "전공의",
    "레지던트",
    "인턴",
    "원장",
    "원장님",
    "과장",
    "과장님",
    "주치의",
    "군",
    "양",
    "할머니",
    "할아버지",
    "어르신",
    "여사",
    "옹",
)
PARTICLES = (
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에게",
    "에게서",
    "께서",
    "께",
    "한테",
    "와",
    "과",
    "도",
    "만",
    "이가",
)
# Demographics or a relation in brackets right after a name: 김민준(M/45), 이서연 (딸), 박영희(67세, 여).
_BRACKETED = (
    r"[ ]?[(\[](?:[MF남여]\b|[MF]/|남/|여/|남,|여,|\d{1,3}[ ]?(?:세|Y|y|/)|딸|아들|처|남편|배우자|부|모|환자|보호자)"
)
_NOT_HANGUL = r"(?![가-힣])"
_ROLES = frozenset([*STRONG_LABELS, *WEAK_LABELS, *HONORIFICS])


@cache
def _kiwi():
    """The morphological analyser, loaded once per process on first use (it takes seconds)."""
    from kiwipiepy import Kiwi

    return Kiwi()


class KoreanPersonRecognizer(SpanPatternRecognizer):
    CONTEXT = ["환자", "보호자", "성명", "이름", "주치의", "담당의", "님", "씨"]

    def __init__(self, supported_language: str = "ko", supported_entity: str = EntityType.PERSON.value, **kwargs):
        surnames = gazetteer.surname_shares()
        surname = (
            alternation([s for s in surnames if len(s) == 2]) + "|" + alternation([s for s in surnames if len(s) == 1])
        )
        name = rf"(?P<phi>(?:{surname})[가-힣]{{1,2}})"
        start = r"(?<![가-힣A-Za-z])"
        end = rf"(?=[^가-힣]|$|{alternation(PARTICLES)}{_NOT_HANGUL})"
        gap = r"[ \t]*(?:\([^()\n]{1,10}\))?[ \t]*[:：]?[ \t]*"
        patterns = [
            Pattern("after a label", rf"{alternation(STRONG_LABELS)}{gap}{name}{end}", 0.85),
            Pattern("with demographics", rf"{start}{name}(?={_BRACKETED})", 0.85),
            Pattern(
                "after a role", rf"{start}{alternation([*WEAK_LABELS, *gazetteer.departments()])}{gap}{name}{end}", 0.7
            ),
            Pattern(
                "before an honorific",
                rf"{start}{name}[ ]?(?={alternation(HONORIFICS)}{alternation(PARTICLES)}?{_NOT_HANGUL}|님|씨)",
                0.75,
            ),
            Pattern(
                "before a particle",
                rf"{start}(?P<phi>(?:{surname})[가-힣]{{2}})(?={alternation(PARTICLES)}{_NOT_HANGUL})",
                0.5,
            ),
        ]
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or patterns,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )
        self._strong_patterns = {"after a label", "with demographics"}
        # A verb stem cannot precede an honorific, so kiwipiepy is asked only about the other cues.
        self._verb_checked_patterns = {"after a role", "before a particle"}
        self._surnames = sorted(surnames, key=len, reverse=True)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for pattern, regex in self._compiled:
            strong = pattern.name in self._strong_patterns
            verb_checked = pattern.name in self._verb_checked_patterns
            for match in regex.finditer(text):
                start, end = match.span("phi")
                if self._is_name(match.group("phi"), text, start, strong=strong, verb_checked=verb_checked):
                    results.append(self._result(start, end, pattern.score, pattern.name, None))
        results.extend(self._other_mentions(text, results))
        return EntityRecognizer.remove_duplicates(results)

    def _other_mentions(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """Later mentions of a name already found with a cue, without one ("김민준 환자는 ... 김민준이"),
        as a word of its own: not inside a longer Hangul word, a particle or honorific after it allowed."""
        names = {text[r.start : r.end] for r in found if r.end - r.start >= 3}
        if not names:
            return []
        mention = re.compile(rf"(?<![가-힣]){alternation(names)}(?=[^가-힣]|$|{alternation(PARTICLES + HONORIFICS)})")
        return [self._result(m.start(), m.end(), 0.7, "other mention", None) for m in mention.finditer(text)]

    def _is_name(self, candidate: str, text: str, start: int, *, strong: bool, verb_checked: bool) -> bool:
        if candidate in gazetteer.name_stopwords() or candidate in gazetteer.departments() or candidate in _ROLES:
            return False
        if any(candidate.endswith(d) for d in ("과", "실", "병동", "센터")) and not strong:
            return False
        if strong:
            return True
        given = self._given_name(candidate)
        if not given or not all(syllable in gazetteer.given_name_syllables() for syllable in given):
            return False
        return not (verb_checked and self._starts_with_verb(candidate, text, start))

    def _given_name(self, candidate: str) -> str:
        for surname in self._surnames:
            if candidate.startswith(surname) and len(candidate) > len(surname):
                return candidate[len(surname) :]
        return ""

    @staticmethod
    def _starts_with_verb(candidate: str, text: str, start: int) -> bool:
        """Whether kiwipiepy, reading the candidate in its phrase, starts it with a verb or adjective stem
        of two syllables or more (보호자 원하여 -> 원하/VV) or finds a verb-forming suffix inside it
        (호소하는 -> 호소/NNG 하/XSV). Its noun tags are no help: it reads unknown names as common
        nouns, so common nouns are left to the stop-word list."""
        tokens = _kiwi().tokenize(text[start : start + len(candidate) + 4])
        first = tokens[0]
        if first.start == 0 and first.len >= 2 and first.tag.startswith(("VV", "VA", "VX", "XR")):
            return True
        return any(token.tag.startswith("XS") for token in tokens if 0 < token.start < len(candidate))
