"""PHI values as they are written in each language: people, dates, phones, IDs, addresses, hospitals.

Surnames follow national frequency tables (Korean census, Chinese public-security statistics) so that
common names dominate as in real records while rare and compound surnames still occur. National IDs
carry valid check digits from `emr_deid.recognizers.checksums`, the module the recognizers use.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from faker import Faker

from emr_deid.recognizers.checksums import cn_resident_id_check_char, kr_rrn_check_digit
from emr_deid.recognizers.ko.romanization import romanize_hangul

# (surname, weight in per mille); compound surnames at their real, low frequency.
KO_SURNAMES = (("김", 215), ("이", 147), ("박", 84), ("최", 47), ("정", 44), ("강", 23), ("조", 21), ("윤", 21),
               ("장", 20), ("임", 17), ("한", 15), ("오", 15), ("서", 15), ("신", 14), ("권", 14), ("황", 13),
               ("안", 13), ("송", 13), ("전", 11), ("홍", 11), ("유", 11), ("고", 9), ("문", 9), ("양", 9),
               ("손", 9), ("배", 8), ("백", 8), ("허", 6), ("노", 6), ("남", 6), ("심", 5), ("하", 5),
               ("곽", 4), ("성", 4), ("차", 4), ("주", 4), ("우", 4), ("구", 4), ("민", 3), ("나", 3),
               ("진", 3), ("지", 3), ("엄", 3), ("채", 3), ("원", 3), ("천", 2), ("방", 2), ("공", 2),
               ("현", 2), ("함", 2), ("변", 2), ("염", 2), ("여", 2), ("추", 2), ("도", 1), ("소", 1),
               ("석", 1), ("선", 1), ("설", 1), ("마", 1), ("길", 1), ("연", 1), ("위", 1), ("표", 1),
               ("명", 1), ("기", 1), ("반", 1), ("왕", 1), ("금", 1), ("옥", 1), ("육", 1), ("인", 1),
               ("제갈", 1), ("남궁", 1), ("황보", 1), ("선우", 1), ("독고", 1))  # fmt: skip
KO_SURNAME_ROMAN = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
                    "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
                    "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "전": "Jeon", "홍": "Hong", "유": "Yoo",
                    "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo",
                    "노": "Noh", "남": "Nam", "심": "Shim", "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha",
                    "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min", "나": "Na", "진": "Jin",
                    "지": "Ji"}  # fmt: skip
ZH_SURNAMES = (("王", 72), ("李", 71), ("张", 68), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 23), ("赵", 20),
               ("吴", 20), ("周", 19), ("徐", 13), ("孙", 12), ("马", 12), ("朱", 11), ("胡", 10), ("郭", 10),
               ("何", 9), ("林", 9), ("高", 9), ("罗", 8), ("郑", 8), ("梁", 7), ("谢", 6), ("宋", 6), ("唐", 6),
               ("许", 5), ("韩", 5), ("冯", 5), ("邓", 5), ("曹", 5), ("彭", 5), ("曾", 5), ("肖", 4), ("田", 4),
               ("董", 4), ("袁", 4), ("潘", 4), ("于", 4), ("蒋", 4), ("蔡", 4), ("余", 4), ("杜", 3), ("叶", 3),
               ("程", 3), ("苏", 3), ("魏", 3), ("吕", 3), ("丁", 3), ("任", 3), ("沈", 3), ("姚", 3), ("卢", 3),
               ("姜", 2), ("崔", 2), ("钟", 2), ("谭", 2), ("陆", 2), ("汪", 2), ("范", 2), ("金", 2), ("石", 2),
               ("廖", 2), ("贾", 2), ("夏", 2), ("韦", 2), ("方", 2), ("白", 2), ("邹", 2), ("孟", 2), ("熊", 2),
               ("秦", 2), ("邱", 2), ("江", 2), ("尹", 2), ("薛", 1), ("闫", 1), ("段", 1), ("雷", 1), ("龙", 1),
               ("欧阳", 2), ("司马", 1), ("诸葛", 1), ("上官", 1), ("东方", 1), ("皇甫", 1), ("慕容", 1),
               ("令狐", 1), ("夏侯", 1), ("尉迟", 1), ("公孙", 1), ("司徒", 1), ("端木", 1))  # fmt: skip

KO_REGIONS = (("서울특별시", ("강남구", "서초구", "송파구", "마포구", "노원구", "관악구", "종로구", "은평구")),
              ("부산광역시", ("해운대구", "수영구", "부산진구", "동래구", "사하구")),
              ("대구광역시", ("수성구", "달서구", "중구")), ("인천광역시", ("연수구", "남동구", "부평구")),
              ("광주광역시", ("북구", "서구", "광산구")), ("대전광역시", ("유성구", "서구", "중구")),
              ("경기도",
               ("성남시 분당구", "수원시 영통구", "고양시 일산동구", "용인시 수지구", "부천시", "안양시 동안구")),
              ("강원특별자치도", ("춘천시", "원주시", "강릉시")), ("충청북도", ("청주시 흥덕구", "충주시")),
              ("전라남도", ("여수시", "순천시", "목포시")), ("경상북도", ("포항시 남구", "구미시", "경주시")),
              ("경상남도", ("창원시 성산구", "김해시", "진주시")),
              ("제주특별자치도", ("제주시", "서귀포시")))  # fmt: skip
# Places as code-mixed notes write them in Latin letters, official romanization ("Gangneung", not "Gangreung").
KO_PLACES_ROMAN = ("Seoul", "Busan", "Daegu", "Incheon", "Gwangju", "Daejeon", "Ulsan", "Jeju", "Gyeonggi-do",
                   "Gangwon-do", "Suwon", "Seongnam", "Bundang", "Ilsan", "Goyang", "Yongin", "Bucheon", "Cheongju",
                   "Chuncheon", "Wonju", "Gangneung", "Pohang", "Gyeongju", "Changwon", "Gimhae", "Jinju", "Yeosu",
                   "Suncheon", "Mokpo", "Jeonju", "Cheonan", "Haeundae", "Gangnam-gu", "Mapo-gu", "Jongno-gu",
                   "Dongnae-gu", "Jeolla-do", "Chungcheong-do", "Gyeongsang-do", "Jeollanam-do",
                   "Gyeongsangbuk-do")  # fmt: skip
KO_ROADS = ("테헤란로", "강남대로", "도산대로", "봉은사로", "올림픽로", "세종대로", "월드컵로", "반포대로", "해운대로",
            "중앙대로", "동성로", "충장로", "대학로", "경인로", "수원천로", "판교역로", "일산로", "공항로", "문화로",
            "번영로", "시청로", "평화로", "새싹로", "노형로", "역삼로", "동일로", "신촌로")  # fmt: skip
KO_DONGS = ("역삼동", "대치동", "서교동", "상계동", "우동", "중동", "정자동", "영통동", "주엽동", "연산동", "신림동")
KO_APTS = ("래미안", "힐스테이트", "푸르지오", "자이", "e편한세상", "롯데캐슬", "아이파크", "현대", "주공")
ZH_REGIONS = (("北京市", "", ("朝阳区", "海淀区", "东城区", "丰台区")),
              ("上海市", "", ("浦东新区", "徐汇区", "静安区")),
              ("天津市", "", ("南开区", "河西区")), ("重庆市", "", ("渝中区", "江北区")),
              ("广东省", "广州市", ("天河区", "越秀区", "海珠区")), ("广东省", "深圳市", ("南山区", "福田区")),
              ("浙江省", "杭州市", ("西湖区", "拱墅区", "滨江区")), ("江苏省", "南京市", ("鼓楼区", "玄武区")),
              ("江苏省", "苏州市", ("姑苏区", "吴中区")), ("四川省", "成都市", ("武侯区", "锦江区", "青羊区")),
              ("湖北省", "武汉市", ("洪山区", "武昌区", "江汉区")), ("河南省", "郑州市", ("金水区", "二七区")),
              ("河南省", "周口市", ("川汇区", "淮阳区")), ("山东省", "济南市", ("历下区", "市中区")),
              ("山东省", "青岛市", ("市南区", "崂山区")), ("湖南省", "长沙市", ("岳麓区", "芙蓉区")),
              ("陕西省", "西安市", ("雁塔区", "碑林区")), ("辽宁省", "沈阳市", ("和平区", "沈河区")),
              ("福建省", "厦门市", ("思明区", "湖里区")), ("云南省", "昆明市", ("五华区", "盘龙区")),
              ("广西壮族自治区", "南宁市", ("青秀区", "兴宁区")),
              ("黑龙江省", "哈尔滨市", ("南岗区", "道里区")))  # fmt: skip
ZH_STREETS = ("中山路", "人民路", "解放路", "建设路", "和平路", "长江路", "文化路", "学府路", "新华路", "胜利街",
              "光明街", "复兴路", "延安路", "南京路", "科技路", "花园路", "东风路", "滨江大道", "幸福路")  # fmt: skip
ZH_ESTATES = ("阳光花园", "幸福小区", "锦绣家园", "碧桂园", "万科城", "翠苑", "金色家园", "世纪新城", "绿地小区")
ZH_TOWNS = ("城关镇", "新兴镇", "白马镇", "长安镇", "太平乡", "柳河乡", "石桥镇", "龙泉镇", "清河镇", "马坊乡",
            "黄土岗乡", "大王庄镇")  # fmt: skip
ZH_VILLAGES = ("王庄村", "李家村", "张湾村", "杨树村", "东关村", "河口村", "前进村", "红旗村", "新庄村", "大柳树村",
               "刘家沟村", "三里屯村")  # fmt: skip
ZH_NUMERALS = "〇一二三四五六七八九"
# 6-digit administrative division codes that start real resident IDs.
CN_AREA_CODES = ("110101", "110105", "110108", "310104", "310115", "440106", "440305", "330106", "320102",
                 "510107", "420111", "410105", "411602", "370102", "430104", "610113", "210102", "350203",
                 "530102", "450103", "230103", "120104", "500103", "320508", "370202")  # fmt: skip
US_AREA_CODES = ("617", "212", "312", "415", "206", "713", "305", "404", "602", "303", "503", "215", "612", "919")

KO_HOSPITALS = ("서울대학교병원", "세브란스병원", "삼성서울병원", "서울아산병원", "서울성모병원", "분당서울대학교병원",
                "고려대학교 안암병원", "강남세브란스병원", "부산대학교병원", "경북대학교병원", "전남대학교병원",
                "충남대학교병원", "아주대학교병원", "한양대학교병원", "이대목동병원", "건국대학교병원",
                "국민건강보험 일산병원", "인하대학교병원", "가천대 길병원", "분당차병원", "강북삼성병원",
                "보라매병원", "중앙대학교병원", "원주세브란스기독병원", "제주대학교병원")  # fmt: skip
KO_CLINIC_SUFFIXES = ("내과의원", "정형외과의원", "가정의학과의원", "이비인후과", "소아청소년과의원", "요양병원",
                      "중앙병원", "성모병원", "연합의원", "재활의학과의원", "산부인과의원")  # fmt: skip
KO_CLINIC_PREFIXES = ("연세", "서울", "튼튼", "바른", "새봄", "하나", "우리", "참", "미래", "강남", "해운대",
                      "분당", "일산", "수원", "365", "365열린", "밝은", "온누리", "행복한", "늘푸른")  # fmt: skip
ZH_HOSPITALS = ("北京协和医院", "复旦大学附属中山医院", "四川大学华西医院", "中山大学附属第一医院",
                "浙江大学医学院附属第一医院", "上海交通大学医学院附属瑞金医院", "华中科技大学同济医学院附属协和医院",
                "中南大学湘雅医院", "北京大学第一医院", "首都医科大学附属北京天坛医院", "中国人民解放军总医院",
                "武汉大学人民医院", "复旦大学附属华山医院", "郑州大学第一附属医院", "山东大学齐鲁医院",
                "广东省人民医院", "西安交通大学第一附属医院", "南京鼓楼医院", "北京积水潭医院")  # fmt: skip
ZH_HOSPITAL_SUFFIXES = ("市第一人民医院", "市第二人民医院", "市中心医院", "市中医院", "市妇幼保健院", "市人民医院",
                        "市第三人民医院", "市中西医结合医院")  # fmt: skip
EN_HOSPITALS = ("Massachusetts General Hospital", "Brigham and Women's Hospital", "Johns Hopkins Hospital",
                "Mayo Clinic", "Cleveland Clinic", "Mount Sinai Hospital", "Cedars-Sinai Medical Center",
                "NewYork-Presbyterian Hospital", "Beth Israel Deaconess Medical Center", "UCSF Medical Center",
                "Northwestern Memorial Hospital", "Duke University Hospital", "Stanford Health Care",
                "Vanderbilt University Medical Center", "Houston Methodist Hospital")  # fmt: skip
EN_HOSPITAL_PATTERNS = ("{city} General Hospital", "{city} Memorial Hospital", "{city} Regional Medical Center",
                        "St. {saint} Medical Center", "St. {saint}'s Hospital", "{city} Community Hospital",
                        "{last} Family Practice", "{city} Urgent Care", "{city} Rehabilitation Center")  # fmt: skip
EN_SAINTS = ("Luke", "Mary", "Joseph", "Vincent", "Francis", "Elizabeth", "Anthony", "John", "Catherine")


def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([name for name, _ in table], weights=[weight for _, weight in table])[0]


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip


def english_date(rng: random.Random, day: dt.date, short: bool = False) -> str:
    """A date as US charts write it; `short` leaves out the year. Month names do not follow the C locale."""
    y, m, d = day.year, day.month, day.day
    month = MONTHS[m - 1]
    mon = month[:3]
    if short:
        return rng.choice((f"{m}/{d}", f"{mon} {d}", f"{month} {d}", f"{m:02d}/{d:02d}", f"{d}-{mon}"))
    return rng.choice((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{month} {d}, {y}", f"{d}-{mon}-{y}",
                       f"{y}-{m:02d}-{d:02d}", f"{d} {month} {y}", f"{m}/{d}/{y % 100:02d}",
                       f"{mon}. {d}, {y}"))  # fmt: skip


def _cn_number(value: int) -> str:
    """1-31 in Chinese numerals: 五, 十, 十二, 二十, 三十一."""
    tens, units = divmod(value, 10)
    tens_part = "" if tens == 0 else "十" if tens == 1 else ZH_NUMERALS[tens] + "十"
    return tens_part + (ZH_NUMERALS[units] if units else "")


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    sex: str  # "F" or "M"
    script: str  # "ko", "zh" or "en"

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}" if self.script == "en" else self.family + self.given

    @property
    def roman_family(self) -> str:
        return KO_SURNAME_ROMAN.get(self.family) or romanize_hangul(self.family).capitalize()

    @property
    def roman_given(self) -> str:
        return romanize_hangul(self.given).capitalize()

    def parts(self) -> dict[str, str]:
        parts = {"family": self.family, "given": self.given}
        if self.script == "ko":
            parts["romanised"] = f"{self.roman_given} {self.roman_family}"
        return parts


@dataclass
class Patient:
    """One patient's identifiers; a note quotes them, and `known_phi` repeats them as structured fields."""

    person: Person
    birth: dt.date
    age: int
    encounter: dt.date
    mrn: str
    phone: str
    email: str
    address: str
    national_id: tuple[str, str]  # (entity type, value)
    extra: dict[str, str] = field(default_factory=dict)


class LocaleValues:
    """Base for the per-language value factories; `rng` and `faker` are seeded by the caller."""

    lang = ""
    name_script = ""

    def __init__(self, rng: random.Random, faker: Faker):
        self.rng = rng
        self.faker = faker

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))

    def age_and_birth(self, encounter: dt.date, cohort: str = "any") -> tuple[int, dt.date]:
        """Ages as in a hospital census: mostly adults, some children, one in ten over 89."""
        rng = self.rng
        if cohort == "pregnant":
            age = rng.randint(19, 43)
        elif cohort == "child":
            age = rng.randint(1, 15)
        else:
            bucket = rng.random()
            age = rng.randint(90, 104) if bucket < 0.1 else rng.randint(0, 17) if bucket < 0.18 else rng.randint(18, 89)
        birth = encounter - dt.timedelta(days=int(age * 365.25) + rng.randint(1, 360))
        return _age_on(birth, encounter), birth

    def person(self, sex: str | None = None) -> Person:
        raise NotImplementedError

    def patient(self, cohort: str = "any") -> Patient:
        encounter = dt.date(2016, 1, 1) + dt.timedelta(days=self.rng.randint(0, 3500))
        age, birth = self.age_and_birth(encounter, cohort)
        person = self.person("F" if cohort == "pregnant" else None)
        return Patient(
            person=person,
            birth=birth,
            age=age,
            encounter=encounter,
            mrn=self.mrn(),
            phone=self.phone("mobile"),
            email=self.email(person),
            address=self.address(),
            national_id=self.national_id(birth, person.sex),
        )

    def mrn(self) -> str:
        raise NotImplementedError

    def phone(self, kind: str = "any") -> str:
        """kind: "mobile", "landline", "service" (call-centre numbers), "office" (landline or service), "any"."""
        raise NotImplementedError

    def phone_kind(self, kind: str) -> str:
        if kind == "any":
            return self.rng.choice(("mobile", "mobile", "landline", "service"))
        if kind == "office":
            return self.rng.choice(("landline", "landline", "landline", "service"))
        return kind

    def email(self, person: Person) -> str:
        raise NotImplementedError

    def address(self) -> str:
        raise NotImplementedError

    def national_id(self, birth: dt.date, sex: str) -> tuple[str, str]:
        raise NotImplementedError

    def alt_date(self, day: dt.date) -> str:
        """A date in a locale's rarer written forms; where a locale has none, its usual ones."""
        return self.date(day)

    def rural_address(self) -> str:
        """A village address; where a locale has no separate form, its usual address."""
        return self.address()


def kr_registration_number(rng: random.Random, birth: dt.date, sex: str, *, foreigner: bool = False) -> str:
    """A pre-2020 RRN/FRN: birth date, century-and-sex digit, five digits and a valid check digit."""
    century_base = 1900 if birth.year < 2000 else 2000
    digit = {(1900, "M"): 1, (1900, "F"): 2, (2000, "M"): 3, (2000, "F"): 4}[(century_base, sex)]
    digit += 4 if foreigner else 0
    first12 = birth.strftime("%y%m%d") + str(digit) + "".join(rng.choice("0123456789") for _ in range(5))
    return first12[:6] + "-" + first12[6:] + kr_rrn_check_digit(first12)


def cn_resident_id(rng: random.Random, birth: dt.date, sex: str, *, legacy: bool = False) -> str:
    """An 18-digit ID with a valid MOD 11-2 check character, or a legacy 15-digit one (born 19YY)."""
    area = rng.choice(CN_AREA_CODES)
    sequence = f"{rng.randint(0, 99):02d}" + rng.choice("13579" if sex == "M" else "02468")
    if legacy:
        return area + birth.strftime("%y%m%d") + sequence
    first17 = area + birth.strftime("%Y%m%d") + sequence
    return first17 + cn_resident_id_check_char(first17)


class KoreanValues(LocaleValues):
    lang = "ko"
    name_script = "ko"

    def person(self, sex: str | None = None) -> Person:
        sex = sex or self.rng.choice("FM")
        given = self.faker.first_name_female() if sex == "F" else self.faker.first_name_male()
        return Person(_weighted(self.rng, KO_SURNAMES), given, sex, "ko")

    def mrn(self) -> str:
        return self.digits(8)

    def national_id(self, birth: dt.date, sex: str) -> tuple[str, str]:
        if self.rng.random() < 0.08:
            return "KR_FRN", kr_registration_number(self.rng, birth, sex, foreigner=True)
        return "KR_RRN", kr_registration_number(self.rng, birth, sex)

    def phone(self, kind: str = "any") -> str:
        rng = self.rng
        kind = self.phone_kind(kind)
        if kind == "mobile":
            middle, last = self.digits(4), self.digits(4)
            return rng.choice((f"010-{middle}-{last}", f"010-{middle}-{last}", f"010{middle}{last}",
                               f"010 {middle} {last}", f"+82-10-{middle}-{last}"))  # fmt: skip
        if kind == "service":
            return f"{rng.choice(('1588', '1577', '1544', '1599'))}-{self.digits(4)}"
        area = rng.choice(("02", "031", "032", "051", "053", "042", "062", "064"))
        middle = self.digits(rng.choice((3, 4))) if area == "02" else self.digits(3)
        return rng.choice((f"{area}-{middle}-{self.digits(4)}", f"({area}) {middle}-{self.digits(4)}"))

    def email(self, person: Person) -> str:
        local = person.roman_given.lower() + self.rng.choice(("", ".", "_")) + person.roman_family.lower()
        local += self.rng.choice(("", self.digits(2), self.digits(4)))
        return f"{local}@{self.rng.choice(('naver.com', 'daum.net', 'hanmail.net', 'gmail.com', 'kakao.com'))}"

    def region(self) -> tuple[str, str]:
        province, districts = self.rng.choice(KO_REGIONS)
        return province, self.rng.choice(districts)

    def address(self) -> str:
        rng = self.rng
        province, district = self.region()
        short = province.replace("특별시", "").replace("광역시", "").replace("특별자치도", "")
        province = rng.choice((province, province, short))
        if rng.random() < 0.25:  # lot-number address
            base = f"{province} {district} {rng.choice(KO_DONGS)} {rng.randint(1, 999)}-{rng.randint(1, 60)}"
        else:
            base = f"{province} {district} {rng.choice(KO_ROADS)} {rng.randint(1, 500)}"
        building, unit = rng.randint(101, 120), f"{rng.randint(1, 25)}0{rng.randint(1, 4)}"
        detail = rng.choice(("", f", {building}동 {unit}호", f" {rng.choice(KO_APTS)}아파트 {building}동 {unit}호",
                             f", {rng.randint(2, 12)}층"))  # fmt: skip
        return base + detail

    def location(self) -> str:
        province, district = self.region()
        return self.rng.choice((province, district, f"{province} {district}", province[:2]))

    def roman_location(self) -> str:
        return self.rng.choice(KO_PLACES_ROMAN)

    def postcode(self) -> str:
        return f"{self.rng.randint(1, 63):02d}{self.digits(3)}"

    def hospital(self) -> str:
        if self.rng.random() < 0.6:
            return self.rng.choice(KO_HOSPITALS)
        return self.rng.choice(KO_CLINIC_PREFIXES) + self.rng.choice(KO_CLINIC_SUFFIXES)

    def date(self, day: dt.date, short: bool = False) -> str:
        y, m, d = day.year, day.month, day.day
        if short:
            return self.rng.choice((f"{m}/{d}", f"{m}월 {d}일", f"{m}.{d}", f"{m:02d}/{d:02d}", f"{m}월{d}일"))
        return self.rng.choice((f"{y}년 {m}월 {d}일", f"{y}.{m:02d}.{d:02d}", f"{y}. {m}. {d}.",
                                f"{y % 100:02d}.{m:02d}.{d:02d}",
                                f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", f"{y}/{m:02d}/{d:02d}",
                                f"{y}년{m}월{d}일",
                                f"'{y % 100:02d}.{m}.{d}"))  # fmt: skip

    def insurance(self) -> str:
        return self.rng.choice(
            (self.digits(11), f"{self.digits(1)}-{self.digits(10)}", f"{self.digits(5)}-{self.digits(6)}")
        )

    def passport(self) -> str:
        return self.rng.choice(
            (f"M{self.digits(8)}", f"M{self.digits(3)}{self.rng.choice('ABCDEFGH')}{self.digits(4)}")
        )

    def driver_license(self) -> str:
        return f"{self.rng.randint(11, 28)}-{self.digits(2)}-{self.digits(6)}-{self.digits(2)}"

    def accession(self) -> str:
        return self.rng.choice((f"RA{self.digits(10)}", f"CT{self.digits(8)}", f"{self.digits(4)}-{self.digits(6)}"))


class ChineseValues(LocaleValues):
    lang = "zh"
    name_script = "zh"

    def person(self, sex: str | None = None) -> Person:
        sex = sex or self.rng.choice("FM")
        given = self.faker.first_name_female() if sex == "F" else self.faker.first_name_male()
        if self.rng.random() < 0.3 and len(given) == 1:  # two-character given names dominate
            given += self.faker.first_name_female() if sex == "F" else self.faker.first_name_male()
            given = given[:2]
        return Person(_weighted(self.rng, ZH_SURNAMES), given, sex, "zh")

    def mrn(self) -> str:
        return self.rng.choice((self.digits(7), self.digits(8), f"ZY{self.digits(8)}", f"{self.digits(10)}"))

    def national_id(self, birth: dt.date, sex: str) -> tuple[str, str]:
        legacy = birth.year < 1990 and self.rng.random() < 0.12
        return "CN_RESIDENT_ID", cn_resident_id(self.rng, birth, sex, legacy=legacy)

    def phone(self, kind: str = "any") -> str:
        rng = self.rng
        kind = self.phone_kind(kind)
        if kind == "mobile":
            prefix = rng.choice(("138", "139", "135", "136", "150", "151", "158", "186", "187", "188", "177", "199"))
            a, b = self.digits(4), self.digits(4)
            return rng.choice((f"{prefix}{a}{b}", f"{prefix}{a}{b}", f"{prefix} {a} {b}", f"{prefix}-{a}-{b}",
                               f"+86 {prefix} {a} {b}", f"+86-{prefix}{a}{b}"))  # fmt: skip
        if kind == "service":
            return f"400-{self.digits(3)}-{self.digits(4)}"
        area = rng.choice(("010", "021", "020", "0755", "0571", "025", "028", "027", "0371", "0394"))
        number = self.digits(8) if len(area) == 3 else self.digits(rng.choice((7, 8)))
        return rng.choice((f"{area}-{number}", f"{area}-{number}", f"({area}){number}", f"{area} {number}"))

    def email(self, person: Person) -> str:
        if self.rng.random() < 0.5:
            return f"{self.rng.randint(10000, 3999999999)}@qq.com"
        local = self.faker.user_name()
        return f"{local}@{self.rng.choice(('163.com', '126.com', 'sina.com', 'foxmail.com', 'aliyun.com'))}"

    def region(self) -> tuple[str, str, str]:
        province, city, districts = self.rng.choice(ZH_REGIONS)
        return province, city, self.rng.choice(districts)

    def address(self) -> str:
        rng = self.rng
        province, city, district = self.region()
        prefix = rng.choice((province + city + district, city + district if city else province + district, district))
        street = rng.choice((*ZH_STREETS, self.faker.street_name()))
        number, building, entrance = rng.randint(1, 999), rng.randint(1, 30), rng.randint(1, 6)
        room = f"{rng.randint(1, 20)}0{rng.randint(1, 4)}"
        estate = rng.choice(ZH_ESTATES)
        detail = rng.choice((f"{number}号", f"{number}号{estate}{building}栋{entrance}单元{room}室",
                             f"{number % 300 + 1}弄{building}号{room}室",
                             f"{number}号院{building}号楼{entrance}门{room}"))  # fmt: skip
        return prefix + street + detail

    def location(self) -> str:
        province, city, district = self.region()
        return self.rng.choice((province, city or province, province + city, (city or province) + district))

    def postcode(self) -> str:
        return f"{self.rng.randint(10, 85)}{self.digits(4)}"

    def hospital(self) -> str:
        if self.rng.random() < 0.55:
            return self.rng.choice(ZH_HOSPITALS)
        _, city, district = self.region()
        city = (city or self.faker.city_name() + "市")[:-1]
        if self.rng.random() < 0.2:
            return f"{district}社区卫生服务中心"
        return city + self.rng.choice(ZH_HOSPITAL_SUFFIXES)

    def date(self, day: dt.date, short: bool = False) -> str:
        y, m, d = day.year, day.month, day.day
        if short:
            return self.rng.choice((f"{m}月{d}日", f"{m}月{d}日", f"{m}-{d}", f"{m:02d}-{d:02d}", f"{m}.{d}"))
        return self.rng.choice((f"{y}年{m}月{d}日", f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}",
                                f"{y}/{m:02d}/{d:02d}", f"{y}年{m:02d}月{d:02d}日", f"{y}-{m}-{d}"))  # fmt: skip

    def alt_date(self, day: dt.date) -> str:
        """Chinese numerals (二〇二四年三月五日, as certificates date their signature), two-digit years (24/3/5),
        year and month alone, compact digits and the spoken 号."""
        y, m, d = day.year, day.month, day.day
        cn_year = "".join(ZH_NUMERALS[int(digit)] for digit in str(y))
        return self.rng.choice((f"{cn_year}年{_cn_number(m)}月{_cn_number(d)}日", f"{cn_year}年{_cn_number(m)}月",
                                f"{y % 100:02d}/{m}/{d}", f"{y % 100:02d}.{m:02d}.{d:02d}", f"{y}{m:02d}{d:02d}",
                                f"{y}年{m}月", f"{y}年{m}月{d}号", f"{y % 100:02d}年{m}月{d}日"))  # fmt: skip

    def rural_address(self) -> str:
        """县/区, 镇/乡, 村 and a 组 or house number, as rural residents give their household address."""
        rng = self.rng
        province, city, district = self.region()
        prefix = rng.choice((province + city + district, (city or province) + district))
        detail = rng.choice(("", f"{rng.randint(1, 12)}组", f"{rng.randint(1, 99)}号",
                             f"{rng.randint(1, 12)}组{rng.randint(1, 60)}号"))  # fmt: skip
        return prefix + rng.choice(ZH_TOWNS) + rng.choice(ZH_VILLAGES) + detail

    def insurance(self) -> str:
        return self.rng.choice((f"{self.digits(12)}", f"{self.rng.choice('ABCDEFGHJKLMN')}{self.digits(8)}",
                                f"{self.digits(4)} {self.digits(4)} {self.digits(4)}"))  # fmt: skip

    def passport(self) -> str:
        return self.rng.choice((f"E{self.digits(8)}", f"E{self.rng.choice('ABCDEFGH')}{self.digits(7)}"))

    def travel_permit(self) -> str:
        return self.rng.choice(
            (f"C{self.digits(8)}", f"C{self.rng.choice('ABCDEFGH')}{self.digits(7)}", f"T{self.digits(8)}")
        )

    def accession(self) -> str:
        return self.rng.choice((f"{self.digits(12)}", f"CT{self.digits(8)}", f"S{self.digits(9)}"))


class EnglishValues(LocaleValues):
    lang = "en"
    name_script = "en"

    def person(self, sex: str | None = None) -> Person:
        sex = sex or self.rng.choice("FM")
        given = self.faker.first_name_female() if sex == "F" else self.faker.first_name_male()
        return Person(self.faker.last_name(), given, sex, "en")

    def mrn(self) -> str:
        return self.rng.choice((self.digits(7), self.digits(8), f"{self.digits(3)}-{self.digits(2)}-{self.digits(2)}",
                                f"E{self.digits(7)}"))  # fmt: skip

    def national_id(self, birth: dt.date, sex: str) -> tuple[str, str]:
        area = self.rng.choice([a for a in range(1, 900) if a != 666])
        return "US_SSN", f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"

    def phone(self, kind: str = "any") -> str:
        area, exchange, line = self.rng.choice(US_AREA_CODES), self.rng.randint(201, 989), self.digits(4)
        return self.rng.choice((f"({area}) {exchange}-{line}", f"{area}-{exchange}-{line}", f"{area}.{exchange}.{line}",
                                f"+1 {area} {exchange} {line}", f"1-{area}-{exchange}-{line}"))  # fmt: skip

    def email(self, person: Person) -> str:
        local = self.rng.choice((f"{person.given}.{person.family}", f"{person.given[0]}{person.family}",
                                 f"{person.given}{self.digits(2)}"))  # fmt: skip
        return f"{local.lower()}@{self.rng.choice(('gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', 'icloud.com'))}"

    def address(self) -> str:
        faker = self.faker
        street = faker.street_address()
        return self.rng.choice((street, f"{street}, {faker.city()}, {faker.state_abbr()} {faker.zipcode()}",
                                f"{street}, {faker.city()}, {faker.state_abbr()}"))  # fmt: skip

    def location(self) -> str:
        return self.rng.choice(
            (self.faker.city(), f"{self.faker.city()}, {self.faker.state_abbr()}", self.faker.state())
        )

    def postcode(self) -> str:
        return self.faker.zipcode()

    def hospital(self) -> str:
        if self.rng.random() < 0.5:
            return self.rng.choice(EN_HOSPITALS)
        pattern = self.rng.choice(EN_HOSPITAL_PATTERNS)
        return pattern.format(city=self.faker.city(), saint=self.rng.choice(EN_SAINTS), last=self.faker.last_name())

    def date(self, day: dt.date, short: bool = False) -> str:
        return english_date(self.rng, day, short)

    def insurance(self) -> str:
        letters = "ACDEFGHJKMNPQRTUVWXY"
        mbi = f"{self.rng.randint(1, 9)}{self.rng.choice(letters)}{self.rng.choice(letters)}{self.digits(1)}-" \
              f"{self.rng.choice(letters)}{self.rng.choice(letters)}{self.digits(1)}-{self.rng.choice(letters)}" \
              f"{self.rng.choice(letters)}{self.digits(2)}"  # fmt: skip
        member = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + self.digits(9)
        return self.rng.choice((mbi, member))

    def passport(self) -> str:
        return self.rng.choice((self.digits(9), f"{self.rng.choice('ACEFGHJ')}{self.digits(8)}"))

    def driver_license(self) -> str:
        return self.rng.choice((f"S{self.digits(3)}-{self.digits(4)}-{self.digits(4)}", f"D{self.digits(7)}",
                                f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}"))  # fmt: skip

    def accession(self) -> str:
        return self.rng.choice((f"ACC{self.digits(9)}", f"RAD-{self.digits(2)}-{self.digits(6)}", f"{self.digits(10)}"))
