"""One reader per format: decoded text of a file -> Article(s) or InputError(s).

Readers receive the decoded (not yet normalised) text and yield `Article | InputError`; they never raise
for bad content. Nothing is written anywhere.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Iterator
from typing import Any

from kg.errors import InputError
from kg.model import Article

from .langdetect import detect_language, detect_script, normalize_lang, script_from_tag
from .normalize import clean_field, normalize_date, normalize_text

Result = Article | InputError


def make_article(
    raw_text: str,
    *,
    path: str,
    source_key: str,
    date: object = None,
    title: object = None,
    url: object = None,
    source: object = None,
    lang: object = None,
    fallback_lang: object = None,
    where: str = "",
    normalized: bool = False,
) -> Result:
    """Normalise text and metadata; a declared `lang` overrides detection, `fallback_lang` is used when
    detection is unsure ('und'). Returns InputError('empty') when no text is left."""
    text = raw_text if normalized else normalize_text(raw_text)
    if not text:
        return InputError(where + ("empty text" if where else "empty"), path=path)
    declared = normalize_lang(lang)
    if declared:
        code = declared
        script = (script_from_tag(lang) or detect_script(text)) if code == "zh" else None
    else:
        code, script = detect_language(text)
        fb = normalize_lang(fallback_lang)
        if code == "und" and fb:
            code = fb
            script = (script_from_tag(fallback_lang) or detect_script(text)) if fb == "zh" else None
    return Article(
        text=text,
        lang=code,
        source_key=source_key,
        date=normalize_date(date),
        title=clean_field(title),
        url=clean_field(url),
        source=clean_field(source),
        script=script,
    )


# --------------------------------------------------------------------------- .txt

# " date 2025-08-29 La corsa ..." (the seed format); also tolerated: no leading space, newline after the date.
_TXT_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?:[ \t]+|[ \t]*\r?\n|\Z)", re.I)
_SENTENCE_END = re.compile(r"[.;:,]$")


def split_txt_header(text: str) -> tuple[str | None, str]:
    """(date string or None, rest of the text). The header is removed only when present."""
    text = text.lstrip("\ufeff")
    m = _TXT_HEADER.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end():]


def guess_headline(text: str) -> str | None:
    """The first line if it looks like a headline: followed by more text, short, not ending like a sentence."""
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first:
        return None
    ideographs = sum(1 for ch in first if "\u3400" <= ch <= "\u9fff")
    words = len(first.split())
    if ideographs >= 4:
        if len(first) > 60 or first.endswith(("。", "；", "，")):
            return None
    elif words < 2 or words > 20 or len(first) > 160 or _SENTENCE_END.search(first):
        return None
    return first


def read_txt(text: str, path: str) -> Iterator[Result]:
    date, body = split_txt_header(text)
    body_norm = normalize_text(body)
    yield make_article(
        body_norm,
        path=path,
        source_key=os.path.basename(path),
        date=date,
        title=guess_headline(body_norm),
        normalized=True,
    )


# --------------------------------------------------------------------------- .md

_FENCE = re.compile(r"^[ \t]*(```|~~~).*$", re.M)
_HTML_BLOCK_DROP = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_EMPTY_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*$", re.M)
_SETEXT = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$", re.M)
_HRULE = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M)
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)
_LIST = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?", re.M)
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]+\S+.*$", re.M)
_FOOTNOTE = re.compile(r"\[\^[^\]\n]+\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^<>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_EM_STAR = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![\w*])", re.S)
_EM_UNDER = re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?!\w)", re.S)
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~", re.S)
_CODE = re.compile(r"(`+)(.+?)\1", re.S)
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.M)
_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"'])")


def markdown_to_text(md: str) -> str:
    """Markdown -> plain text: markup removed, link/image text kept, paragraphs kept apart by blank lines."""
    s = md.replace("\r\n", "\n").replace("\r", "\n")
    s = _HTML_BLOCK_DROP.sub("", s)
    s = _HTML_COMMENT.sub("", s)
    s = _FENCE.sub("", s)
    s = _REF_DEF.sub("", s)
    s = _TABLE_SEP.sub("", s)
    s = _TABLE_ROW.sub(lambda m: m.group(1).replace("|", "\t"), s)
    s = _HRULE.sub("", s)
    s = _SETEXT.sub("", s)
    s = _HEADING.sub(r"\1", s)
    s = _EMPTY_HEADING.sub("", s)
    s = _QUOTE.sub("", s)
    s = _LIST.sub(r"\1", s)
    s = _IMAGE.sub(r"\1", s)
    s = _LINK.sub(r"\1", s)
    s = _REF_LINK.sub(r"\1", s)
    s = _FOOTNOTE.sub("", s)
    s = _AUTOLINK.sub(r"\1", s)
    s = _CODE.sub(lambda m: m.group(2).strip(), s)
    s = _STRONG.sub(r"\2", s)
    s = _STRIKE.sub(r"\1", s)
    s = _EM_STAR.sub(r"\1", s)
    s = _EM_UNDER.sub(r"\1", s)
    s = _HTML_TAG.sub("", s)
    s = _ESCAPE.sub(r"\1", s)
    s = html.unescape(s)
    # Hard line breaks inside a paragraph ("two spaces" or "\" at end of line) become plain newlines.
    s = re.sub(r"[ \t]*\\$", "", s, flags=re.M)
    return s


def read_md(text: str, path: str) -> Iterator[Result]:
    import frontmatter
    import yaml

    text = text.lstrip("\ufeff")
    try:
        post = frontmatter.loads(text)
        meta: dict[str, Any] = post.metadata
        body = post.content
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        yield InputError(f"invalid YAML front matter{where}", path=path)
        return
    except Exception as e:  # noqa: BLE001 - e.g. front matter that is a list, not a mapping
        yield InputError(f"invalid front matter: {type(e).__name__}", path=path)
        return
    if not isinstance(meta, dict):
        yield InputError("invalid front matter: not a mapping", path=path)
        return
    key = clean_field(meta.get("id")) or clean_field(meta.get("url")) or os.path.basename(path)
    yield make_article(
        markdown_to_text(body),
        path=path,
        source_key=key,
        date=meta.get("date"),
        title=meta.get("title"),
        url=meta.get("url"),
        source=meta.get("source"),
        lang=meta.get("lang") or meta.get("language"),
    )


# --------------------------------------------------------------------------- .html

DROP_TAGS = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "canvas", "button", "select", "textarea", "input", "object", "embed", "head",
]
BLOCK_TAGS = frozenset(
    """p div section article main h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre figure figcaption
    table thead tbody tfoot tr caption hr address details summary center body html""".split()
)
CELL_TAGS = frozenset(["td", "th"])
_DATE_META = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="publish-date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date"]',
    'meta[name="DC.date.issued"]',
    'meta[property="og:published_time"]',
]


def _meta(tree: Any, selectors: list[str]) -> str | None:
    for sel in selectors:
        for node in tree.css(sel):
            value = node.attributes.get("content")
            if value and value.strip():
                return value.strip()
    return None


def _html_blocks(root: Any) -> str:
    """Text of `root`, blocks separated by blank lines, <br> as newline; iterative (no recursion limit)."""
    blocks: list[str] = []
    current: list[str | None] = []  # None marks a <br>

    def flush() -> None:
        lines, buf = [], []
        for piece in current + [None]:
            if piece is None:
                line = " ".join("".join(buf).split())  # source newlines/indentation are just spaces
                if line:
                    lines.append(line)
                buf = []
            else:
                buf.append(piece)
        current.clear()
        if lines:
            blocks.append("\n".join(lines))

    stack: list[tuple[Any, bool]] = [(root, True)]
    while stack:
        node, entering = stack.pop()
        if not entering:  # closing a block element
            flush()
            continue
        tag = node.tag
        if tag == "-text":
            current.append(node.text(deep=False) or "")
            continue
        if tag.startswith("-") or tag.startswith("!"):
            continue  # comments, doctype
        if tag == "br":
            current.append(None)
            continue
        if tag in CELL_TAGS:
            current.append(" ")
        if tag in BLOCK_TAGS:
            flush()
            stack.append((node, False))
        for child in reversed(list(node.iter(include_text=True))):
            stack.append((child, True))
    flush()
    return "\n\n".join(blocks)


def read_html(text: str, path: str) -> Iterator[Result]:
    from selectolax.lexbor import LexborHTMLParser

    try:
        tree = LexborHTMLParser(text)
    except Exception as e:  # noqa: BLE001
        yield InputError(f"cannot parse HTML: {type(e).__name__}", path=path)
        return
    title_node = tree.css_first("title")
    title = _meta(tree, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) or (
        title_node.text(deep=True) if title_node is not None else None
    )
    date = None
    for candidate in [_meta(tree, [sel]) for sel in _DATE_META]:
        date = normalize_date(candidate)
        if date:
            break
    if not date:
        for t in tree.css("time[datetime]"):
            date = normalize_date(t.attributes.get("datetime"))
            if date:
                break
    url = None
    for link in tree.css('link[rel~="canonical"]'):
        url = (link.attributes.get("href") or "").strip() or None
        if url:
            break
    url = url or _meta(tree, ['meta[property="og:url"]'])
    html_node = tree.css_first("html")
    html_lang = html_node.attributes.get("lang") if html_node is not None else None

    tree.strip_tags(DROP_TAGS)
    for sel in ("[hidden]", '[aria-hidden="true"]'):
        for node in tree.css(sel):
            node.decompose()
    container = None
    articles = tree.css("article")
    if articles:
        container = max(articles, key=lambda n: len(n.text(deep=True) or ""))  # first of the longest
    container = container or tree.css_first("main") or tree.css_first('[role="main"]') or tree.body or tree.root
    body = _html_blocks(container) if container is not None else ""
    yield make_article(
        body,
        path=path,
        source_key=url or os.path.basename(path),
        date=date,
        title=title,
        url=url,
        fallback_lang=html_lang,
    )


# --------------------------------------------------------------------------- .jsonl


def _line_error(path: str, line: int, message: str) -> InputError:
    err = InputError(f"line {line}: {message}", path=path)
    err.line = line  # type: ignore[attr-defined]
    return err


def read_jsonl(text: str, path: str) -> Iterator[Result]:
    base = os.path.basename(path)
    text = text.lstrip("\ufeff")
    seen_any = False
    # Split on \n only: U+2028 and friends may legally appear unescaped inside JSON strings.
    for n, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip(" \t\r")
        if not line:
            continue
        seen_any = True
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield _line_error(path, n, f"invalid JSON ({e.msg} at column {e.colno})")
            continue
        except RecursionError:
            yield _line_error(path, n, "invalid JSON (nested too deeply)")
            continue
        if not isinstance(obj, dict):
            yield _line_error(path, n, f"not a JSON object ({type(obj).__name__})")
            continue
        body = obj.get("text")
        if body is None:
            yield _line_error(path, n, "missing 'text'")
            continue
        if not isinstance(body, str):
            yield _line_error(path, n, "'text' is not a string")
            continue
        key = clean_field(obj.get("id")) or clean_field(obj.get("url")) or f"{base}#L{n}"
        result = make_article(
            body,
            path=path,
            source_key=key,
            date=obj.get("date"),
            title=obj.get("title"),
            url=obj.get("url"),
            source=obj.get("source"),
            lang=obj.get("lang") or obj.get("language"),
            where=f"line {n}: ",
        )
        if isinstance(result, InputError):
            result.line = n  # type: ignore[attr-defined]
        yield result
    if not seen_any:
        yield InputError("empty", path=path)


READERS = {
    ".txt": read_txt,
    ".md": read_md,
    ".markdown": read_md,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
}
