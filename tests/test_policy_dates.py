"""Dates of policies (announcedDate, effectiveDate) from prose, in English, Italian and Chinese (kg/extract/dates.py)."""

from __future__ import annotations

import pytest
from pattern_helpers import claim_triples

from kg.extract import dates as dx
from kg.extract import rules
from kg.extract.textnorm import fold


def _dates(text: str, lang: str, date: str) -> set[tuple]:
    return {t for t in claim_triples(text, lang, date) if t[1] in ("announcedDate", "effectiveDate")}


@pytest.mark.parametrize("lang,date,text,pred,day", [
    # entry into force: verb phrase or starting preposition, full or partial date
    ("en", "2024-11-20", "Japan's new export controls will come into force on Dec. 2.", "effectiveDate", "2024-12-02"),
    ("en", "2025-03-05", "The Dutch export controls took effect on 1 March 2025 after months of talks.", "effectiveDate", "2025-03-01"),
    ("en", "2025-04-16", "Japan's tighter equipment controls apply from April 14.", "effectiveDate", "2025-04-14"),
    ("it", "2025-01-10", "Le nuove restrizioni olandesi sull'export sono entrate in vigore il 15 gennaio 2025.", "effectiveDate", "2025-01-15"),
    ("it", "2025-06-20", "Le restrizioni americane sull'export scatteranno il 3 luglio.", "effectiveDate", "2025-07-03"),
    ("it", "2025-02-12", "Dal 10 febbraio le nuove misure giapponesi sull'export colpiscono trenta macchinari.", "effectiveDate", "2025-02-10"),
    ("zh", "2025-02-01", "荷兰的出口管制新规将于3月1日起生效。", "effectiveDate", "2025-03-01"),
    ("zh", "2024-12-20", "日本的出口管制自2024年12月15日起正式实施。", "effectiveDate", "2024-12-15"),
    # announcement: verb + date, in either order, active or passive, with the issuer between
    ("en", "2024-12-10", "The Commerce Department unveiled new export controls on Dec. 2, 2024.", "announcedDate", "2024-12-02"),
    ("en", "2024-12-10", "On December 2 the Commerce Department issued fresh export controls.", "announcedDate", "2024-12-02"),
    ("en", "2025-05-20", "Japan's new export controls, which were first announced by Tokyo on May 12, cover 30 tools.",
     "announcedDate", "2025-05-12"),
    ("it", "2025-10-15", "Il 12 ottobre il ministero del Commercio cinese ha varato nuovi controlli sull'export.",
     "announcedDate", "2025-10-12"),
    ("it", "2025-10-15", "Il ministero del Commercio cinese ha annunciato il divieto sull'export di gallio il 12 ottobre.",
     "announcedDate", "2025-10-12"),
    ("zh", "2025-10-15", "商务部10月12日宣布对锑相关物项实施出口管制。", "announcedDate", "2025-10-12"),
])
def test_policy_dates(lang, date, text, pred, day, monkeypatch):
    # the extractor states only effectiveDate by default (rules._DATED); the announcement cues are kept and tested
    monkeypatch.setattr(rules, "_DATED", frozenset({"announcedDate", "effectiveDate"}))
    assert any(p == pred and o == day for _s, p, o in _dates(text, lang, date)), _dates(text, lang, date)


@pytest.mark.parametrize("lang,date,text", [
    ("en", "2024-12-10", "The Commerce Department unveiled new export controls on Dec. 2, 2024."),
    ("zh", "2025-10-15", "商务部10月12日宣布对锑相关物项实施出口管制。"),
])
def test_announcement_days_are_not_stated_by_default(lang, date, text):
    assert not {t for t in _dates(text, lang, date) if t[1] == "announcedDate"}


@pytest.mark.parametrize("lang,date,text", [
    # denied, hedged, or a date that belongs to another event
    ("en", "2025-03-05", "The Commerce Department denied that the new export controls would take effect on March 15."),
    ("en", "2025-03-05", "Japan's new export controls could take effect on April 1, officials said."),
    ("en", "2025-03-05", "Japan's new export controls have not taken effect on March 1 as planned."),
    ("en", "2025-03-05", "Huawei was added to the Entity List on May 16, 2019."),
    ("en", "2025-03-05", "The Commerce Department announced on Monday that it had added 23 firms to the Entity List."),
    ("it", "2025-03-05", "Le nuove restrizioni americane non sono entrate in vigore il primo marzo."),
    ("it", "2025-03-05", "Le nuove restrizioni americane potrebbero entrare in vigore il 20 marzo."),
    ("zh", "2025-03-05", "日本的出口管制新规可能于4月1日起生效。"),
    ("zh", "2025-03-05", "美国商务部3月3日宣布将27家中国企业列入实体清单。"),
])
def test_no_policy_date(lang, date, text):
    assert not _dates(text, lang, date), _dates(text, lang, date)


def test_partial_dates_take_the_article_date_as_anchor():
    # find_dates reads folded text (lower case, no accents), as the extractor does
    days = dx.find_dates("en", fold("on 29 September"))
    assert dx.resolve(days[0][2], "2025-10-03", "past") == "2025-09-29"
    assert dx.resolve(days[0][2], "2025-09-20", "past") == "2024-09-29"  # not after the article
    assert dx.resolve(days[0][2], "2025-09-20", "future") == "2025-09-29"  # "will take effect on 29 September"
    wd = dx.find_dates("en", fold("said on Monday"))[0][2]
    assert dx.resolve(wd, "2025-07-15", "past") == "2025-07-14"
    it = dx.find_dates("it", fold("ha avviato sabato un'indagine"))[0][2]
    assert dx.resolve(it, "2025-09-14", "past") == "2025-09-13"
    zh = dx.find_dates("zh", fold("去年12月2日"))[0][2]
    assert dx.resolve(zh, "2025-03-01", "past") == "2024-12-02"
    assert dx.find_dates("en", fold("from October 2022")) == []  # a month is no calendar day
