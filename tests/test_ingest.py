"""Tests of kg.ingest: formats, decoding, refusal of bad inputs, language detection, normalisation."""

from __future__ import annotations

import builtins
import io
import json
import os
import shutil
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import (
    decode_bytes,
    detect_language,
    markdown_to_text,
    normalize_date,
    normalize_text,
    read_paths,
)
from kg.model import Article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ebf93418a174128a.txt"
DATA = Path(__file__).resolve().parent / "data" / "ingest"

PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def read_all(*paths, **kw):
    return list(read_paths([str(p) for p in paths], **kw))


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def errors(items):
    return [i for i in items if isinstance(i, InputError)]


def one_article(path, **kw) -> Article:
    items = read_all(path, **kw)
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def one_error(path, **kw) -> InputError:
    items = read_all(path, **kw)
    assert len(items) == 1, items
    assert isinstance(items[0], InputError), items[0]
    return items[0]


# --------------------------------------------------------------------------- seed and .txt


def test_seed_file():
    a = one_article(SEED)
    assert a.date == "2025-08-29"
    assert a.lang == "it"
    assert a.text.startswith("La corsa della Cina")
    assert a.source_key == "000_ebf93418a174128a.txt"
    assert a.source is None and a.url is None
    assert "date 2025" not in a.text[:40]


def test_txt_with_header(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(" date 2024-12-02 Huawei has shipped the Ascend 910C to customers in China, the company said.\n")
    a = one_article(p)
    assert a.date == "2024-12-02"
    assert a.text.startswith("Huawei has shipped")
    assert a.lang == "en"
    assert a.source_key == "a.txt"


def test_txt_without_header_and_headline(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text(
        "Huawei unveils Ascend 910C accelerator\n\n"
        "Huawei has started shipping the Ascend 910C to Chinese customers, according to people familiar with the matter.\n"
    )
    a = one_article(p)
    assert a.date is None
    assert a.title == "Huawei unveils Ascend 910C accelerator"
    assert a.text.startswith("Huawei unveils")  # the text stays whole: offsets refer to it
    assert a.lang == "en"


def test_txt_no_headline_when_first_line_is_a_sentence(tmp_path):
    p = tmp_path / "c.txt"
    p.write_text("This is a whole sentence about chips and export rules that ends here.\nMore text follows here.\n")
    assert one_article(p).title is None


def test_txt_header_with_invalid_date(tmp_path):
    p = tmp_path / "d.txt"
    p.write_text(" date 2025-13-45 Il chip di Alibaba sarebbe compatibile con il software di Nvidia.")
    a = one_article(p)
    assert a.date is None
    assert a.text.startswith("Il chip di Alibaba")


# --------------------------------------------------------------------------- .md


MD = """---
title: "Cambricon's revenue jumps"
date: 2025-08-27
url: https://example.com/news/cambricon
source: Example News
lang: en
id: ex-001
---
# Cambricon results

Cambricon **reported** a sharp rise in *revenue*, see [the filing](https://example.com/filing.pdf "pdf").

- first point with `code`
- second point

> A quoted line.

![chart of revenue](chart.png)
<script>alert('x')</script>
"""


def test_md_front_matter_and_markup(tmp_path):
    p = tmp_path / "m.md"
    p.write_text(MD)
    a = one_article(p)
    assert a.title == "Cambricon's revenue jumps"
    assert a.date == "2025-08-27"  # YAML parses it as a date object
    assert a.url == "https://example.com/news/cambricon"
    assert a.source == "Example News"
    assert a.lang == "en"
    assert a.source_key == "ex-001"
    for junk in ("#", "**", "](", "`", "> ", "![", "alert", "<script"):
        assert junk not in a.text, junk
    assert "Cambricon reported a sharp rise in revenue, see the filing." in a.text
    assert "first point with code\nsecond point" in a.text
    assert "A quoted line." in a.text
    assert "chart of revenue" in a.text


def test_md_source_key_falls_back_to_url_then_basename(tmp_path):
    (tmp_path / "u.md").write_text("---\nurl: https://x.example/a\n---\nThe company said that the chip is ready for the market.\n")
    (tmp_path / "v.markdown").write_text("The company said that the chip is ready for the market and more.\n")
    a, b = articles(read_all(tmp_path))
    assert a.source_key == "https://x.example/a"
    assert b.source_key == "v.markdown"


def test_md_lang_overrides_detection(tmp_path):
    p = tmp_path / "x.md"
    p.write_text("---\nlang: it\n---\nThe company said that the new chip is ready for the market.\n")
    assert one_article(p).lang == "it"
    p.write_text("---\nlang: zh-Hant\n---\n華為發布新晶片\n")
    a = one_article(p)
    assert (a.lang, a.script) == ("zh", "Hant")


def test_md_path_like_values_are_just_strings(tmp_path):
    p = tmp_path / "evil.md"
    p.write_text("---\nid: ../../etc/passwd\ntitle: ../../etc/passwd\n---\nThe chip is made by SMIC, the company said.\n")
    before = sorted(os.listdir(tmp_path))
    a = one_article(p)
    assert a.source_key == "../../etc/passwd" and a.title == "../../etc/passwd"
    assert sorted(os.listdir(tmp_path)) == before  # nothing written


def test_md_broken_front_matter(tmp_path):
    p = tmp_path / "broken.md"
    p.write_text("---\ntitle: [unclosed\n---\nBody text of the article goes here and is long.\n")
    e = one_error(p)
    assert "front matter" in str(e)


def test_markdown_to_text_keeps_plain_words():
    assert markdown_to_text("snake_case and 2*3*4 stay") == "snake_case and 2*3*4 stay"
    assert markdown_to_text("## Title ##\nText with __bold__ and _em_.") == "Title\nText with bold and em."


# --------------------------------------------------------------------------- .html


HTML = """<!doctype html>
<html lang="en"><head>
<title>Site | Fallback title</title>
<meta property="og:title" content="SMIC ramps 7nm output">
<meta property="article:published_time" content="2025-03-04T08:00:00Z">
<link rel="canonical" href="https://news.example/smic-7nm">
<style>body { color: red; } .secret-style {}</style>
<script>var secretScript = 1;</script>
</head><body>
<header><nav>Home | World | Tech navlink</nav></header>
<aside>Related: advertisement sidebar</aside>
<article>
  <h1>SMIC ramps 7nm output</h1>
  <p>SMIC is increasing   production of
     7nm chips for Huawei, analysts said.</p>
  <p>The foundry uses DUV lithography.<br>It has no access to EUV tools.</p>
  <script>document.write("secretInline")</script>
  <noscript>enable javascript noscripttext</noscript>
  <form><input value="formvalue"><label>Subscribe formlabel</label></form>
</article>
<footer>Copyright footertext</footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML)
    a = one_article(p)
    assert a.title == "SMIC ramps 7nm output"
    assert a.date == "2025-03-04"
    assert a.url == "https://news.example/smic-7nm"
    assert a.source_key == "https://news.example/smic-7nm"
    assert a.lang == "en"
    for junk in ("color: red", "secret", "navlink", "sidebar", "footertext", "noscripttext", "form", "{"):
        assert junk not in a.text, junk
    assert "SMIC is increasing production of 7nm chips for Huawei, analysts said." in a.text
    assert "The foundry uses DUV lithography.\nIt has no access to EUV tools." in a.text
    assert "analysts said.\n\nThe foundry" in a.text  # paragraphs joined by blank lines


def test_html_without_article_uses_body_and_time_and_title(tmp_path):
    p = tmp_path / "p.htm"
    p.write_text(
        "<html><head><title>Il chip di Alibaba</title></head><body><div><p>Secondo il giornale, Alibaba "
        "sarebbe al lavoro su un nuovo chip per l'intelligenza artificiale.</p><p>Il chip è <b>più</b> "
        "versatile.</p><time datetime='2025/08/29'>ieri</time></div></body></html>"
    )
    a = one_article(p)
    assert a.title == "Il chip di Alibaba"
    assert a.date == "2025-08-29"
    assert a.lang == "it"
    assert a.source_key == "p.htm"
    assert "Il chip è più versatile." in a.text


def test_html_deeply_nested_does_not_crash(tmp_path):
    p = tmp_path / "deep.html"
    p.write_text("<div>" * 5000 + "The chip is made by SMIC in Shanghai, the report said." + "</div>" * 5000)
    a = one_article(p)
    assert "made by SMIC" in a.text


# --------------------------------------------------------------------------- .jsonl


def test_jsonl_good_and_broken_lines(tmp_path):
    p = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "n1", "text": "Moore Threads launched a new GPU for data centers, the company said.",
                    "date": "29 August 2025", "source": "Wire", "title": "New GPU"}),
        "{not json",
        json.dumps({"url": "https://x.example/2", "text": "寒武纪发布了新的人工智能芯片，据报道由中芯国际制造。"}),
        json.dumps({"title": "no text here"}),
        "",
        json.dumps({"text": "Il governo di Pechino ha chiesto alle aziende di non comprare il chip H20."}),
        json.dumps(["a", "list"]),
    ]
    p.write_text("\n".join(lines) + "\n")
    items = read_all(p)
    good, bad = articles(items), errors(items)
    assert [a.source_key for a in good] == ["n1", "https://x.example/2", "feed.jsonl#L6"]
    assert good[0].date == "2025-08-29" and good[0].source == "Wire" and good[0].title == "New GPU"
    assert good[0].lang == "en" and good[1].lang == "zh" and good[1].script == "Hans" and good[2].lang == "it"
    assert [e.line for e in bad] == [2, 4, 7]
    for e, needle in zip(bad, ["invalid JSON", "missing 'text'", "not a JSON object"]):
        assert str(e).startswith(str(p) + ": line ")
        assert needle in str(e)
        assert e.path == str(p)
    # order is file order
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article", "InputError", "Article", "InputError"]


def test_jsonl_only_blank_lines_is_empty(tmp_path):
    p = tmp_path / "e.jsonl"
    p.write_text("\n \n")
    assert "empty" in str(one_error(p))


# --------------------------------------------------------------------------- refused inputs


def test_empty_and_whitespace_only(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"  \n\t\r\n ")
    (tmp_path / "c.txt").write_text("\u200b\ufeff\u200d\n")  # nothing visible left after normalisation
    es = read_all(tmp_path)
    assert len(es) == 3 and all(isinstance(e, InputError) and str(e).endswith("empty") for e in es)


def test_binary_png(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(PNG_1x1)
    e = one_error(p)
    assert "binary file (PNG image)" in str(e)


def test_binary_zip(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("article.txt", "hello " * 100)
    p = tmp_path / "archive.md"
    p.write_bytes(buf.getvalue())
    assert "binary file (ZIP archive)" in str(one_error(p))


def test_binary_nul_and_control_bytes(tmp_path):
    (tmp_path / "n.txt").write_bytes(b"hello\x00\x01\x02\x03world" * 20)
    (tmp_path / "o.txt").write_bytes(bytes(range(1, 9)) * 50 + b"text")
    es = read_all(tmp_path)
    assert all(isinstance(e, InputError) and "binary file" in str(e) for e in es) and len(es) == 2


def test_invalid_utf8_refused(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0x80, 0x81, 0xFE, 0x9F, 0x90]) * 8)
    e = one_error(p)
    assert "cannot decode: not UTF-8 and no confident guess" in str(e)


def test_gb18030_chinese_decoded(tmp_path):
    text = "华为发布昇腾910C芯片，性能接近英伟达H20。据报道，中芯国际将负责制造该芯片。"
    p = tmp_path / "gb.txt"
    p.write_bytes(text.encode("gb18030"))
    a = one_article(p)
    assert a.text == text
    assert (a.lang, a.script) == ("zh", "Hans")


def test_big5_traditional_decoded(tmp_path):
    text = "華為發布昇騰910C晶片，性能接近輝達H20。據報導，中芯國際將負責製造。"
    p = tmp_path / "b5.txt"
    p.write_bytes(text.encode("big5"))
    a = one_article(p)
    assert a.text == text
    assert (a.lang, a.script) == ("zh", "Hant")


def test_latin1_italian_decoded(tmp_path):
    text = "Perché la città è più interessata? L'azienda cinese può produrre il chip già quest'anno, però non è facile."
    p = tmp_path / "it.txt"
    p.write_bytes(text.encode("latin-1"))
    a = one_article(p)
    assert a.text == text
    assert a.lang == "it"


def test_utf16_and_utf8_bom(tmp_path):
    text = "Il chip di Huawei è più veloce del previsto, secondo gli analisti."
    (tmp_path / "a.txt").write_bytes(text.encode("utf-16"))  # with BOM
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "c.txt").write_bytes(text.encode("utf-16-le"))  # no BOM
    got = read_all(tmp_path)
    assert [a.text for a in got] == [text, text, text]


def test_file_over_cap_is_not_read(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(50_000_000)  # sparse: no disk used
    opened = []
    real_open = builtins.open

    def spy(file, *a, **kw):
        opened.append(str(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", spy)
    e = one_error(p)
    assert str(e) == f"{p}: file is 50 MB, over the 10 MB cap"
    assert str(p) not in opened


def test_cap_applies_per_jsonl_file(tmp_path):
    p = tmp_path / "f.jsonl"
    p.write_text(json.dumps({"text": "x" * 200}) + "\n")
    e = one_error(p, max_bytes=100)
    assert "over the 100 bytes cap" in str(e)


def test_unreadable_file_chmod(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text("The chip is made by SMIC, the company said in a statement.")
    p.chmod(0)
    try:
        items = read_all(p)
    finally:
        p.chmod(0o644)
    if os.geteuid() == 0:  # root can read anything
        assert isinstance(items[0], Article)
    else:
        assert len(items) == 1 and "permission denied" in str(items[0])


def test_unreadable_file_permission_error(tmp_path, monkeypatch):
    p = tmp_path / "locked.txt"
    p.write_text("The chip is made by SMIC, the company said in a statement.")
    ok = tmp_path / "ok.txt"
    ok.write_text("The chip is made by TSMC, the company said in a statement.")
    real_open = builtins.open

    def deny(file, *a, **kw):
        if str(file) == str(p):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", deny)
    items = read_all(tmp_path)
    assert isinstance(items[0], InputError) and str(items[0]) == f"{p}: permission denied"
    assert isinstance(items[1], Article)  # goes on with the next file


def test_unknown_extension_explicit_vs_in_folder(tmp_path):
    (tmp_path / "notes.pdf").write_text("not really a pdf")
    (tmp_path / "noext").write_text("hello")
    (tmp_path / "a.txt").write_text("The chip is made by SMIC, the company said in a statement.")
    items = read_all(tmp_path)
    assert len(items) == 1 and isinstance(items[0], Article)  # unknown ones skipped silently
    e = one_error(tmp_path / "notes.pdf")
    assert "unsupported file type .pdf" in str(e)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_is_refused_without_blocking(tmp_path):
    p = tmp_path / "pipe.txt"
    os.mkfifo(p)
    assert "not a regular file" in str(one_error(p))


def test_single_string_path(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("The chip is made by SMIC, the company said in a statement.")
    assert isinstance(next(read_paths(str(p))), Article)


def test_missing_path(tmp_path):
    assert "no such file" in str(one_error(tmp_path / "nope.txt"))


def test_folder_walk_sorted_hidden_skipped_and_case_insensitive_ext(tmp_path):
    body = "The chip is made by SMIC, the company said in a statement on {}."
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.TXT").write_text(body.format("b2"))
    (tmp_path / "b" / "1.txt").write_text(body.format("b1"))
    (tmp_path / "a.txt").write_text(body.format("a"))
    (tmp_path / "c.txt").write_text(body.format("c"))
    (tmp_path / ".hidden.txt").write_text(body.format("hidden"))
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(body.format("git"))
    keys = [a.source_key for a in read_all(tmp_path)]
    assert keys == ["a.txt", "1.txt", "2.TXT", "c.txt"]
    assert keys == [a.source_key for a in read_all(tmp_path)]  # deterministic


def test_symlink_loop_reported_once(tmp_path):
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text("The chip is made by SMIC, the company said in a statement.")
    os.symlink(root, root / "sub" / "loop")
    os.symlink("self.txt", root / "self.txt")  # a link to itself
    items = read_all(root)
    good, bad = articles(items), errors(items)
    assert len(good) == 1
    loops = [e for e in bad if "symlink loop" in str(e)]
    assert len(loops) == 2, bad
    assert any(str(root / "sub" / "loop") in str(e) for e in loops)


def test_symlink_to_same_file_read_once_and_no_follow(tmp_path):
    (tmp_path / "a.txt").write_text("The chip is made by SMIC, the company said in a statement.")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    assert len(read_all(tmp_path)) == 1
    other = tmp_path / "other"
    other.mkdir()
    os.symlink(tmp_path / "a.txt", other / "link.txt")
    assert read_all(other, follow_symlinks=False) == []
    assert len(read_all(other)) == 1


def test_one_bad_file_does_not_stop_the_rest(tmp_path):
    (tmp_path / "1.txt").write_bytes(PNG_1x1)
    (tmp_path / "2.txt").write_text("The chip is made by SMIC, the company said in a statement.")
    (tmp_path / "3.jsonl").write_text("{bad\n")
    kinds = [type(i).__name__ for i in read_all(tmp_path)]
    assert kinds == ["InputError", "Article", "InputError"]


def test_fixture_folder(tmp_path):
    items = read_all(DATA)
    assert not errors(items), errors(items)
    assert {a.lang for a in items} >= {"en", "it", "zh"}


# --------------------------------------------------------------------------- decoding unit


def test_decode_bytes_direct():
    assert decode_bytes("città".encode()) == "città"
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b" \n")
    with pytest.raises(InputError, match=r"binary file \(PDF document\)"):
        decode_bytes(b"%PDF-1.7\n...")
    with pytest.raises(InputError, match=r"binary file \(GZIP archive\)"):
        decode_bytes(b"\x1f\x8b\x08\x00rest")


# --------------------------------------------------------------------------- language detection

EN = [
    "Huawei unveils new AI chip to rival Nvidia",
    "US tightens export controls on advanced chips to China",
    "SMIC reportedly ramps up production of 7nm processors",
    "Alibaba is said to be developing an inference chip that is compatible with Nvidia software.",
    "The company has not confirmed the report, which was published on Friday.",
    "Cambricon shares surged after the firm reported its first quarterly profit.",
    "Beijing urges local firms to avoid buying Nvidia H20 chips",
    "Moore Threads files for an IPO on the Shanghai stock exchange",
    "Baidu says its Kunlun chips will power the next generation of its cloud services.",
    "Chinese regulators summoned Nvidia over security concerns about the H20.",
    "Tencent is testing domestic accelerators in its data centers, sources said.",
    "Why China's chipmakers still depend on foreign lithography tools",
]
IT = [
    "Huawei presenta il nuovo chip per l'intelligenza artificiale",
    "Stati Uniti, nuove restrizioni sulle esportazioni di chip verso la Cina",
    "Alibaba sarebbe al lavoro su un chip compatibile con il software di Nvidia",
    "La società non ha confermato la notizia, pubblicata venerdì dal quotidiano.",
    "Pechino chiede alle aziende di non comprare i chip H20",
    "Il titolo di Cambricon è salito dopo i conti del trimestre.",
    "Secondo gli analisti, la produzione di SMIC a 7 nanometri è ancora limitata.",
    "Baidu userà i suoi chip Kunlun anche per i servizi cloud",
    "Nvidia, stop alle vendite di H20 in Cina",
    "Il governo cinese punta sull'autosufficienza nei semiconduttori",
    "Tencent sta testando acceleratori prodotti in Cina nei propri data center.",
    "Perché i produttori cinesi dipendono ancora dalle macchine per la litografia",
]
ZH_HANS = [
    "华为发布新款人工智能芯片",
    "美国收紧对华先进芯片出口管制",
    "据报道，中芯国际正在扩大7纳米芯片产能",
    "阿里巴巴据称正在研发一款新的推理芯片",
    "寒武纪股价在发布季度业绩后大涨",
    "北京要求国内企业避免购买英伟达H20芯片",
    "摩尔线程申请在上海证券交易所上市",
    "百度表示其昆仑芯片将用于云服务",
    "中国监管机构就安全问题约谈英伟达",
    "腾讯正在其数据中心测试国产加速器",
]
ZH_HANT = [
    "華為發布新款人工智慧晶片",
    "美國收緊對華先進晶片出口管制",
    "據報導，中芯國際正在擴大7奈米晶片產能",
    "阿里巴巴據稱正在研發一款新的推理晶片",
    "寒武紀股價在發布季度業績後大漲",
    "北京要求國內企業避免購買輝達H20晶片",
    "摩爾線程申請在上海證券交易所上市",
    "百度表示其崑崙晶片將用於雲端服務",
    "中國監管機構就安全問題約談輝達",
    "騰訊正在其資料中心測試國產加速器",
]


@pytest.mark.parametrize("text", EN)
def test_detect_english(text):
    assert detect_language(text) == ("en", None)


@pytest.mark.parametrize("text", IT)
def test_detect_italian(text):
    assert detect_language(text) == ("it", None)


@pytest.mark.parametrize("text", ZH_HANS)
def test_detect_simplified_chinese(text):
    assert detect_language(text) == ("zh", "Hans")


@pytest.mark.parametrize("text", ZH_HANT)
def test_detect_traditional_chinese(text):
    assert detect_language(text) == ("zh", "Hant")


UND = [
    "",
    "Nvidia H20",
    "SMIC 7nm",
    "12345 67890",
    "!!! ???",
    "こんにちは世界、東京のニュースです",
    "Alibaba Baidu Tencent Huawei Cambricon",
    "Lorem ipsum dolor sit amet consectetur",
]


@pytest.mark.parametrize("text", UND)
def test_detect_undetermined(text):
    assert detect_language(text)[0] == "und"


def test_detect_english_article_quoting_chinese_names():
    text = "Huawei (华为) and SMIC (中芯国际) are working on a new chip, the report said, and it is nearly ready."
    assert detect_language(text)[0] == "en"


# --------------------------------------------------------------------------- normalisation


def test_normalize_zero_width_nfc_spaces_newlines():
    raw = "Hu\u200bawei\u00a0 e\u0301\tcafe\u0301  \r\nline2   \r\r\n\n\n\nline3\u2060\ufeff\x07 ，全角。 "
    out = normalize_text(raw)
    assert out == "Huawei é café\nline2\n\nline3 ，全角。"
    assert unicodedata.is_normalized("NFC", out)


def test_normalize_keeps_offsets_stable():
    raw = "Il chip\u200b di Alibaba\r\nè compatibile con Nvidia.\n\n\n\nSMIC lo produce."
    text = normalize_text(raw)
    assert normalize_text(text) == text  # idempotent: offsets computed once stay valid
    for word in ("Alibaba", "Nvidia", "SMIC"):
        i = text.index(word)
        assert text[i:i + len(word)] == word
    a = Article(text=text, lang="it", source_key="k")
    assert a.content_hash == Article(text=normalize_text(text), lang="it", source_key="k").content_hash


def test_normalize_date_formats():
    assert normalize_date("2025-08-29") == "2025-08-29"
    assert normalize_date("2025/08/29") == "2025-08-29"
    assert normalize_date("2025-08-29T10:00:00Z") == "2025-08-29"
    assert normalize_date("29 August 2025") == "2025-08-29"
    assert normalize_date("August 29, 2025") == "2025-08-29"
    assert normalize_date("29 agosto 2025") == "2025-08-29"
    assert normalize_date("2025年8月29日") == "2025-08-29"
    assert normalize_date("Fri, 29 Aug 2025 10:00:00 GMT") == "2025-08-29"
    for bad in ("2025-02-30", "yesterday", "", None, "31 Foo 2025", 3.5, "2025-08"):
        assert normalize_date(bad) is None


_BAD_CHARS = set("\u200b\u200c\u200d\ufeff\u2060")


@settings(max_examples=300, deadline=None, database=None)
@given(st.text())
def test_normalize_never_crashes_and_is_clean(s):
    out = normalize_text(s)
    assert normalize_text(out) == out
    assert not (_BAD_CHARS & set(out))
    for ch in out:
        assert ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")
    assert "\r" not in out and "\n\n\n" not in out and "  " not in out
    assert unicodedata.is_normalized("NFC", out)
    out.encode("utf-8")  # no lone surrogates
    detect_language(out)


@settings(max_examples=100, deadline=None, database=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(tmp_path_factory, data):
    d = tmp_path_factory.mktemp("fuzz")
    for ext in ("txt", "md", "html", "jsonl"):
        (d / f"f.{ext}").write_bytes(data)
    for item in read_paths([d]):
        assert isinstance(item, (Article, InputError))
        if isinstance(item, Article):
            assert not (_BAD_CHARS & set(item.text))
            assert item.text == normalize_text(item.text)
    shutil.rmtree(d)
