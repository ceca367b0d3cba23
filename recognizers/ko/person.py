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
import warnings
from functools import cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko import gazetteer
from emr_deid.recognizers.ko.base import alternation
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
    "의뢰의사",
    "인계자",
    "평가의",
    "평가자",
    "인수자",
    "대상자",
    "Informant",
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
    "Prof.",
    "Prof",
    "Read by",
    "Reported by",
    "Signed by",
    "Dictated by",
    "Attending",
    "Guardian",
    "피접종자",
    "피보험자",
    "판정의사",
    "설명의사",
    "설명 의사",
    "치위생사",
    "Endoscopist",
    "Team leader",
    "Recorder",
    "Sending physician",
    "assisted by",
)
# Labels that introduce a person only with a colon after them ("판독: 김지은", "Pt: 강수빈"): without it
# they are ordinary words (판독 결과, 확인 필요), so the name must also look like one.
COLON_LABELS = (
    "담당",
    "보조",
    "보조의",
    "작성",
    "기록",
    "판독",
    "확인",
    "검토",
    "승인",
    "인계",
    "인수",
    "보고",
    "의뢰",
    "서명자",
    "Pt",
    "Patient",
    "Name",
    "Reading",
    "Reader",
    "Radiologist",
    "RN",
    "Receiving RN",
    "Nurse",
    "Physician",
    "Resident",
    "Surgeon",
    "Consultant",
    "Referring",
    "Signed",
    "선언",
    "Operator",
    "Assist",
    "Assistant",
    "Pathologist",
    "Anesthesiologist",
    "Clinician",
)
# Relations written before a bracketed name: 모(박지훈), 보호자(유승현, 배우자), 엄마(윤현정).
BRACKET_RELATIONS = (
    "모",
    "부",
    "엄마",
    "아빠",
    "어머니",
    "아버지",
    "모친",
    "부친",
    "보호자",
    "주보호자",
    "부보호자",
    "배우자",
    "남편",
    "아내",
    "처",
    "딸",
    "아들",
    "며느리",
    "사위",
    "손자",
    "손녀",
    "형",
    "누나",
    "언니",
    "오빠",
    "동생",
    "조카",
    "할머니",
    "할아버지",
    "간병인",
)
# Relations that come before a family member's given name alone; 처, 형, 부 and 모 are too often other words.
RELATIONS_BEFORE_A_GIVEN_NAME = (
    "딸",
    "아들",
    "남편",
    "아내",
    "부인",
    "며느리",
    "사위",
    "손자",
    "손녀",
    "누나",
    "언니",
    "오빠",
    "동생",
    "조카",
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
    "RN",
    "환자분",
    "보호자분",
    "어머님",
    "아버님",
    "할머님",
    "할아버님",
    "시어머니",
    "시아버지",
    "장모",
    "장인",
    "이모",
    "고모",
    "삼촌",
    "외삼촌",
    "손주",
    "전임의",
    "펠로우",
    "임상강사",
    "수간호사",
    "책임간호사",
    "약사",
    "영양사",
    "사회복지사",
    "물리치료사",
    "코디네이터",
    "PA",
    "R1",
    "R2",
    "R3",
    "R4",
    "전문의",
    "방문간호사",
    "담당간호사",
    "병동간호사",
    "Pt",
    "mother",
    "Mother",
    "father",
    "Father",
    "wife",
    "Wife",
    "husband",
    "Husband",
    "son",
    "daughter",
    "resident",
    "유족",
    "담당",
    "술자",
    "접종의",
    "동행자",
    "발송",
    "발송자",
    "DH",
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
    "드림",
    "올림",
    "배상",
    "RN",
    "약사",
    "영양사",
    "사회복지사",
    "코디네이터",
    "전임의",
    "임상강사",
    "수간호사",
    "전문의",
)
# Titles after a surname alone, as notes write senior staff and adults: 김 교수, 이 선생님, 안씨.
SURNAME_TITLES = ("교수", "교수님", "선생님", "과장님", "원장님", "씨", "님")
# Nouns notes attach to a name without a space after a relation: "남편 이지훈동반".
ATTACHED_NOUNS = ("동반", "면담", "동의", "면회", "내원", "연락", "통화", "방문")
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
    r"[ ]?[(\[](?:[MF남여]\b|[MF]/|남/|여/|남,|여,|\d{1,3}[ ]?(?:세|Y|y|/)|딸|아들|처|남편|배우자|부|모|환자|보호자"
    r"|며느리|사위|손자|손녀|모친|부친|son\b|daughter|wife|husband|인\)|서명\)|전공의|전임의|인턴|레지던트|간호사|RN\b"
    r"|교수|주치의|담당의|[RF][1-4]\))"
    r"|[ ]?\d{1,3}[ ]?/[ ]?[MF남여](?![A-Za-z가-힣])|[ ]?/[ ]?\d{1,3}[ ]?세"
    # "김민준 (25M)", "이서연(78여)", "김민준, M/45": age and sex run together, or after a comma.
    r"|[ ]?[(\[]\d{1,3}[ ]?[MF남여][)\]]|,[ ]?[MF남여][ ]?/[ ]?\d{1,3}(?!\d)"
)
_NOT_HANGUL = r"(?![가-힣])"
# Endings that turn a listed word into a predicate in terse notes (정상임, 이상무, 시행함, 호전됨) and
# one-syllable particles after it (부서로, 예정은).
_PREDICATE_ENDINGS = frozenset("임함됨음무등")
_ONE_SYLLABLE_PARTICLES = frozenset("로은는을를와과도에")
# Particles no given name ends with: a three-syllable candidate ending in one, before a non-Hangul
# character, is a two-syllable name and its particle (딸 민지가 -> 민지).
_PARTICLES_NOT_ENDING_A_NAME = frozenset("가는를")
_PARTICLES_AFTER_A_SURNAME = frozenset(
    ["께", "께서", "에게", "한테", "님", "씨", "님께", "님이", "님은", "씨가", "씨는"]
)
_ROLES = frozenset([*STRONG_LABELS, *WEAK_LABELS, *HONORIFICS, *COLON_LABELS, *BRACKET_RELATIONS])


# What may follow a name found again: a non-Hangul character, or a particle, honorific or attached noun.
_MENTION_END = re.compile(rf"[^가-힣]|$|{alternation(PARTICLES + HONORIFICS + ATTACHED_NOUNS)}")
# What may follow a given name alone: a particle, with the suffix 이 after a final consonant, or 님/씨.
_GIVEN_NAME_END = re.compile(r"(?:이?(?:는|가|를|의|도|에게)|(?:님|씨)(?:은|이|께서|의|을|도)?)(?![가-힣])")


def _is_hangul(char: str) -> bool:
    return "가" <= char <= "힣"


def _trailing_particle(text: str, start: int, end: int) -> int:
    """1 when the three-syllable name text[start:end] ends in a particle no name ends with, else 0."""
    if end - start != 3 or text[end - 1] not in _PARTICLES_NOT_ENDING_A_NAME:
        return 0
    return int(end == len(text) or not _is_hangul(text[end]))


def _has_final_consonant(syllable: str) -> bool:
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and code % 28 != 0


@cache
def _kiwi():
    """The morphological analyser, loaded once per process on first use.

    Without its typo-correction and multi-word dictionaries, which a few words' tags never need: it loads
    in a second instead of three, and tagged 1,800 development notes' Korean names exactly as before. With
    no thread pool (`num_workers=0`; by default one thread per core): it tags one short text at a time on the
    calling thread anyway, and a process forked from this one (transforms/forked.py) must not hold a pool
    whose threads it lacks.
    """
    from kiwipiepy import Kiwi

    with warnings.catch_warnings():  # that 0 meant "a thread per core" before kiwipiepy 0.21
        warnings.filterwarnings("ignore", "behavior of `num_workers=0`", DeprecationWarning)
        return Kiwi(num_workers=0, load_typo_dict=False, load_multi_dict=False)


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
        # After a role the name may run into an honorific or a noun without a space: 보호자임경자님이.
        end_after_role = (
            rf"(?=[^가-힣]|$|{alternation(PARTICLES)}{_NOT_HANGUL}|{alternation(HONORIFICS + ATTACHED_NOUNS)})"
        )
        # A table puts the name in the cell after its label: "| 환자 | 김민준 / 여 / 53 |".
        gap = r"[ \t]*(?:\([^()\n]{1,10}\))?[ \t]*[:：|]?[ \t]*"
        # A role word after a label is no name but may be the next label: "보호자: 배우자 김민준",
        # "병리과 전문의 김민준".
        not_a_role = rf"(?!{alternation(_ROLES)}(?![가-힣]))"
        single_surname = rf"(?P<phi>{surname})"
        title_after = rf"[ ]?(?={alternation(SURNAME_TITLES)}(?:{alternation(PARTICLES)}|께서|께)?{_NOT_HANGUL})"
        patterns = [
            Pattern("after a label", rf"{alternation(STRONG_LABELS)}{gap}{not_a_role}{name}{end}", 0.85),
            Pattern("after a colon label", rf"{start}{alternation(COLON_LABELS)}[ \t]*[:：][ \t]*{name}{end}", 0.8),
            Pattern(
                "surname after a title",
                rf"(?:Dr|Prof)\.?[ ]?{single_surname}(?=(?:께서|께|에게|한테|{alternation(PARTICLES)})?{_NOT_HANGUL})",
                0.75,
            ),
            Pattern("surname before a title", rf"{start}{single_surname}{title_after}", 0.75),
            Pattern(
                "bracketed after a relation",
                rf"{start}{alternation(BRACKET_RELATIONS)}[ ]?[(（][ ]?{name}(?=[ ]?[),，/)）])",
                0.8,
            ),
            Pattern("bracketed after a romanised name", rf"(?<=[A-Za-z])[ ]?[(（]{name}(?=[ ]?[,，)）/])", 0.8),
            # The romanised form has two words ("Kim Minjun", "LEE, SEOYEON"): "(LKW)" is an abbreviation.
            Pattern(
                "before its romanised form",
                rf"{start}{name}[ ]?(?=[(（][A-Z][A-Za-z]+(?:,[ ]?|[ \-])[A-Za-z])",
                0.8,
            ),
            Pattern(
                "child's given name",
                r"(?:^|환아|환자)[ ]?(?P<phi>[가-힣]{2})(?=이?(?:는|가|를|의|에게|도|와|랑)(?![가-힣]))",
                0.6,
            ),
            # Family members go by their given name too: "아들 준호가 연락함", "남편 영수 씨".
            Pattern(
                "given name after a relation",
                rf"(?<![가-힣\d]){alternation(RELATIONS_BEFORE_A_GIVEN_NAME)}[ ]?(?P<phi>[가-힣]{{2}})"
                r"(?=이?(?:는|가|를|의|에게|도|와|랑|께서)?(?![가-힣]))",
                0.6,
            ),
            # A name run into the word before it (벗어나면장수빈 선생님께, 대리인)은권지원 교수님으로부터): three
            # syllables before a title.
            Pattern(
                "run-on name before a title",
                rf"(?<=[가-힣])(?P<phi>(?:{surname})[가-힣]{{2}})[ ]"
                rf"(?=(?:선생님|교수님)(?:께서|께|이|은|의|에게|으로부터|도)?{_NOT_HANGUL})",
                0.6,
            ),
            Pattern("with demographics", rf"{start}{name}(?={_BRACKETED})", 0.85),
            # Contact lists put the phone in brackets after the name: "보호자 연락: 김민준 (010-1234-5678)".
            Pattern(
                "before a bracketed phone",
                rf"{start}{name}(?=[ ]?\((?:\+82[ \-]?\d{{1,2}}|0\d{{1,2}})\)?[ \-]?\d{{3,4}})",
                0.7,
            ),
            # A banner's fields between slashes: "Bed 12 / 김민준 / 12345678", the name before the record number.
            Pattern("before a record number", rf"{start}{name}(?=[ \t]*/[ \t]*\d{{6,10}}(?![\d/.\-]))", 0.7),
            Pattern(
                "after demographics",
                rf"(?<![\d/])\d{{1,3}}[ ]?/[ ]?[MF남여](?![A-Za-z가-힣])[ ,]{{1,2}}{name}{end}",
                0.75,
            ),
            Pattern(
                "after a role",
                # A role word after a digit is a type or a part, not a relation: "2형 용종", "1부".
                rf"(?<![가-힣A-Za-z\d]){alternation([*WEAK_LABELS, *gazetteer.departments()])}{gap}"
                rf"{not_a_role}{name}{end_after_role}",
                0.7,
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
        self._verb_checked_patterns = {
            "after a role",
            "before a particle",
            "bracketed after a romanised name",
            "before its romanised form",
            "run-on name before a title",
            "after demographics",
        }
        self._surnames = sorted(surnames, key=len, reverse=True)
        self._surname_patterns = {"surname after a title", "surname before a title"}
        self._given_name_patterns = {"child's given name", "given name after a relation"}

    def warm_up(self) -> None:
        """Load Kiwi and its model now: they load lazily, which costs seconds on the first note that needs them."""
        super().warm_up()
        _kiwi().tokenize("환자")

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for pattern, regex in self._scanned_patterns(text):
            strong = pattern.name in self._strong_patterns
            verb_checked = pattern.name in self._verb_checked_patterns
            for match in regex.finditer(text):
                start, end = match.span("phi")
                if pattern.name in self._given_name_patterns:
                    found = self._is_given_name(match.group("phi"), text, start)
                elif pattern.name in self._surname_patterns:  # 양 교수: a surname, though 양 is also an honorific
                    found = match.group("phi") not in gazetteer.name_stopwords()
                else:
                    found = self._is_name(match.group("phi"), text, start, strong=strong, verb_checked=verb_checked)
                if found:
                    end -= _trailing_particle(text, start, end)
                    results.append(self._result(start, end, pattern.score, pattern.name, None))
        results.extend(self._other_mentions(text, results))
        return EntityRecognizer.remove_duplicates(results)

    def _other_mentions(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """Later mentions of a name already found with a cue, without one ("김민준 환자는 ... 김민준이").
        A full name of three syllables or more is specific enough to be taken even run into the word
        before it (설명하였고유승현 보호자); a given name alone, as children are called (하윤이는), only as
        a word of its own: the given name of a full name found, or a given name found alone after its
        cue (아들 준호가 ... 준호는). A particle, honorific or attached noun may follow either. The names
        are searched as plain strings: compiling a regex per note would cost more than the search."""
        names = {text[r.start : r.end] for r in found if r.end - r.start >= 3}
        given_names = {given for name in names if len(given := self._given_name(name)) == 2}
        given_names.update(
            text[r.start : r.end] for r in found if r.analysis_explanation.pattern_name in self._given_name_patterns
        )
        mentions = []
        for name, score, pattern_name, end_check in [
            *((name, 0.7, "other mention", _MENTION_END) for name in names),
            *((given, 0.6, "given name", _GIVEN_NAME_END) for given in given_names),
        ]:
            start = text.find(name)
            while start >= 0:
                end = start + len(name)
                alone = pattern_name == "other mention" or start == 0 or not _is_hangul(text[start - 1])
                if alone and end_check.match(text, end):
                    mentions.append(self._result(start, end, score, pattern_name, None))
                start = text.find(name, start + 1)
        return mentions

    def _is_given_name(self, candidate: str, text: str, start: int) -> bool:
        """A two-syllable given name alone (환아 하윤이는): common given-name syllables, not a listed word,
        and either the suffix 이 that only names take after a final consonant (영환이는), or read by
        kiwipiepy as a proper noun (it reads 상태는 as 상태/NNG, 하윤이는 as 하윤/NNP)."""
        if candidate in gazetteer.name_stopwords() or candidate in _ROLES:
            return False
        if not all(syllable in gazetteer.given_name_syllables() for syllable in candidate):
            return False
        if text.startswith("이", start + len(candidate)) and _has_final_consonant(candidate[-1]):
            return True
        first = _kiwi().tokenize(text[start : start + len(candidate) + 3])[0]
        return first.start == 0 and first.len >= len(candidate) and first.tag == "NNP"

    def _is_name(self, candidate: str, text: str, start: int, *, strong: bool, verb_checked: bool) -> bool:
        if candidate in gazetteer.name_stopwords() or candidate in gazetteer.departments() or candidate in _ROLES:
            return False
        if not strong and (
            candidate.endswith(("과", "실", "병동", "센터")) or candidate in gazetteer.administrative_names()
        ):
            return False
        if self._given_name(candidate) in _PARTICLES_AFTER_A_SURNAME:
            return False  # Dr. 장께: the surname and a particle
        if strong:
            return True
        if (
            candidate[:2] in gazetteer.name_stopwords()
            and candidate[2:] in _PREDICATE_ENDINGS | _ONE_SYLLABLE_PARTICLES
        ):
            return False  # 정상임, 이상무, 부서로: a listed word and an ending or a particle
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
