"""Identity codes of an enterprise: 统一社会信用代码 (GB 32100) and 行政区划代码 (GB/T 2260)."""

from __future__ import annotations

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: no I, O, Z, S, V
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)  # 3**i mod 31

# GB/T 2260 province-level prefixes (the first two digits of every 行政区划代码)
PROVINCE_PREFIXES = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古", "21": "辽宁", "22": "吉林", "23": "黑龙江",
    "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东", "41": "河南",
    "42": "湖北", "43": "湖南", "44": "广东", "45": "广西", "46": "海南", "50": "重庆", "51": "四川", "52": "贵州",
    "53": "云南", "54": "西藏", "61": "陕西", "62": "甘肃", "63": "青海", "64": "宁夏", "65": "新疆", "71": "台湾",
    "81": "香港", "82": "澳门",
}
REGION_LENGTHS = (6, 9, 12)  # 县级 6 digits; 乡镇/街道 9; 村/社区 12


def uscc_check_character(first17: str) -> str:
    """The GB 32100 check character for the first 17 characters (which must be in the charset)."""
    total = sum(USCC_CHARSET.index(char) * weight for char, weight in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_CHARSET[(31 - total % 31) % 31]


def uscc_problem(code: str) -> str | None:
    """Why a 统一社会信用代码 is invalid, or None when it is valid."""
    if len(code) != 18:
        return f"统一社会信用代码应为 18 位，收到 {len(code)} 位"
    wrong = [char for char in code if char not in USCC_CHARSET]
    if wrong:
        return f"统一社会信用代码含不允许的字符 {wrong[0]!r}（只用数字和大写字母，不含 I、O、Z、S、V）"
    if not code[2:8].isdigit():
        return "统一社会信用代码第 3–8 位应为登记管理机关的行政区划码（6 位数字）"
    expected = uscc_check_character(code[:17])
    if code[17] != expected:
        return f"统一社会信用代码校验位不符：第 18 位应为 {expected}，收到 {code[17]}（请核对前 17 位）"
    return None


def region_problem(code: str) -> str | None:
    """Why a 行政区划代码 is invalid, or None when it is valid."""
    if not code.isascii() or not code.isdigit() or len(code) not in REGION_LENGTHS:
        return f"行政区划代码应为 6 位（县级）、9 位（乡镇/街道）或 12 位数字，收到 {code!r}"
    if code[:2] not in PROVINCE_PREFIXES:
        return f"行政区划代码前两位 {code[:2]} 不是省级行政区代码"
    if code[2:6] == "0000" and len(code) > 6:
        return "乡镇/街道代码应挂在县级代码之下（前 6 位不能是省级代码）"
    return None


def province_of(region_code: str) -> str | None:
    """The province-level name of a valid 行政区划代码 (e.g. 37… → 山东)."""
    return PROVINCE_PREFIXES.get(region_code[:2])


def region_covers(outer: str, inner: str) -> bool:
    """True when region `outer` contains region `inner` (县 ⊂ 市 ⊂ 省; trailing zeros of `outer` are a level)."""
    return inner.startswith(region_prefix(outer))


def region_prefix(code: str) -> str:
    """The significant prefix of a region code: 370000 → 37, 371700 → 3717, 371721 → 371721, 371721001 → itself."""
    if len(code) > 6:
        return code
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code
