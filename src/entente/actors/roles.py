"""Titles and appositions: "le ministre algérien des Affaires étrangères, Ahmed Attaf".

A title is a head noun ("ministre", "président", "chef") followed by words that qualify it (a
demonym, "des Affaires étrangères", "de la Chine"). The role comes from the phrases of
``lang/<code>/roles.json``; the country from a demonym or a state named inside the title, which the
resolver reads from the alias hits within the title's span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import Any

from entente.kb import load_kb
from entente.lang import load_json
from entente.normalise.fold import fold

_SENTENCE_END = re.compile(r"[^\W\d_][\w’'-]{2,}\.")  # a word, not "M." or "S.M.", then a full stop
_ACRONYM = re.compile(r"\([A-ZÀ-Þ][\w.&-]{0,11}\)")  # "(FMI)" after the name it shortens
_TOKEN = re.compile(rf"[^\W\d_][\w’'?\ufffd-]*\.?|\d+|{_ACRONYM.pattern}|[,.;:!?«»\"“”()]")
_PARTICLES = frozenset(
    [
        "al",
        "el",
        "ben",
        "bin",
        "ibn",
        "ould",
        "de",
        "del",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "bou",
        "abu",
        "abou",
        "dos",
        "das",
        "y",
    ]
)
_MAX_QUALIFIER_WORDS = 14
_NAME_START = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ]")
_MAX_NAME_WORDS = 4
Roles = tuple[tuple[str, tuple[str, ...]], ...]  # (role, the states it applies to) a title names


@dataclass(frozen=True)
class Title:
    """A candidate title in the text and the name it introduces, if any; roles are read later."""

    start: int
    end: int
    name_start: int | None = None
    name_end: int | None = None


@dataclass(frozen=True)
class _RoleGrammar:
    head: re.Pattern[str]
    phrases: dict[str, Roles]  # folded phrase -> the (role, countries) it names
    covers: dict[str, tuple[str, ...]]  # role -> other offices its titles may point at
    function_words: frozenset[str]
    title_words: frozenset[
        str
    ]  # words of titles, even capitalised ("Ministre", "Affaires", "Etat")
    stop_words: frozenset[str]  # words after which a title cannot go on (verbs, relatives)
    stop_endings: tuple[str, ...]  # endings of verbs that end a title: "arrivait"
    stop_phrases: tuple[str, ...]  # folded phrases a title cannot run into: "au cours de"
    demonyms: frozenset[str]  # dropped before a title is looked up: "ministre (algérien) des ..."
    honorifics: re.Pattern[str]
    honorific_words: frozenset[str]  # one-word honorifics, folded: "cheikh", "prince", "m"
    apposition: re.Pattern[str]  # ", haut " between a name and the title that follows it
    before_places: frozenset[str]  # "Au Caire, le ministre": after "au", a place, not a name
    places_after: frozenset[str]  # "l'émissaire chinois à l'Élysée": the title ends before "à"
    plural_endings: tuple[str, ...]  # "les deux ministres": a head that names several persons
    former: frozenset[str]  # "l'ancien vice-président": an office no longer (or not yet) held
    leaving: frozenset[str]  # "le président sortant": an office its holder is leaving
    elect: frozenset[str]  # "le président élu": an office its holder has yet to take
    indefinite: frozenset[str]  # "un diplomate asiatique": someone the text does not name
    office: re.Pattern[str]  # "le poste de Premier ministre": the office, not its holder
    article: re.Pattern[str]  # an article ending a text: "l'" before "Ukrainien"
    whole: re.Pattern[str] | None  # folded role phrases with a stop word in them: "... pour ..."
    two_holders: re.Pattern[str]  # "le président égyptien et l'émir": a second holder begins
    pointers: frozenset[str]  # roles that point at a person without naming an office


@cache
def _grammar(lang: str) -> _RoleGrammar:
    data = load_json(lang, "roles.json")
    titles = load_json(lang, "titles.json")
    pointers = [{"role": role, "patterns": words} for role, words in titles["pointers"].items()]
    patterns = [(p, role) for role in data["roles"] + pointers for p in role["patterns"]]
    demonyms = {fold(d) for entity in load_kb(lang).by_type("state") for d in entity.demonyms}
    phrases: dict[str, Roles] = {}
    for pattern, role in sorted(patterns, key=lambda item: len(item[1].get("countries", []))):
        key = " ".join(w for w in fold(pattern).replace("’", "'").split() if w not in demonyms)
        countries = tuple(role.get("countries", []))
        phrases.setdefault(key, ((role["role"], countries),))
    title_words = {fold(w) for p, _ in patterns for w in re.findall(r"[\w’'-]+", p)}
    states = {fold(alias) for entity in load_kb(lang).by_type("state") for alias in entity.aliases}
    heads = {p.split()[0] for p, _ in patterns}
    head = "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True))
    honor = "|".join(re.escape(h) for h in data.get("honorifics", []))
    stop_words = frozenset(fold(w) for w in titles["stop_words"])
    return _RoleGrammar(
        head=re.compile(rf"\b(?:{head})s?\b", re.IGNORECASE),
        phrases=phrases,
        covers={role["role"]: tuple(role["covers"]) for role in data["roles"] if "covers" in role},
        function_words=frozenset(fold(w) for w in titles["function_words"]),
        title_words=frozenset(title_words | states),
        stop_words=stop_words,
        stop_endings=tuple(fold(w) for w in titles["stop_endings"]),
        stop_phrases=tuple(fold(w) + " " for w in titles["stop_phrases"]),
        demonyms=frozenset(demonyms),
        honorifics=re.compile(rf"(?<![\w.])(?:{honor})\s+(?=[A-ZÀ-Þ])"),
        honorific_words=frozenset(
            fold(h.rstrip(".")).lower() for h in data.get("honorifics", []) if " " not in h
        ),
        apposition=re.compile(
            r",\s+(?:(?:" + "|".join(map(re.escape, titles["apposition_words"])) + r")\s*)*$",
            re.IGNORECASE,
        ),
        before_places=frozenset(titles["before_places"]),
        places_after=frozenset(fold(w) for w in titles["places_after"]),
        plural_endings=tuple(titles["plural_endings"]),
        former=frozenset(fold(w) for w in titles["former"]),
        leaving=frozenset(fold(w) for w in titles["leaving"]),
        elect=frozenset(fold(w) for w in titles["elect"]),
        indefinite=frozenset(fold(w) for w in titles["indefinite"]),
        office=_office_before(titles["office_nouns"]),
        article=re.compile(
            r"(?<![\w'’])(?:" + "|".join(_article(a) for a in titles["articles"]) + r")\s*$",
            re.IGNORECASE,
        ),
        whole=_whole_phrases([p for p, _ in patterns], stop_words),
        pointers=frozenset(titles["pointers"]),
        two_holders=_two_holders(titles["second_holder"]),
    )


def _two_holders(spec: dict[str, Any]) -> re.Pattern[str]:
    """ "and" then a determiner: where a title stops because a second office-holder begins."""
    determiners = "|".join(
        _article(d) if d.endswith("'") else rf"{re.escape(d)}\s" for d in spec["determiners"]
    )
    return re.compile(rf"\s+{re.escape(spec['and'])}\s+(?:{determiners})", re.IGNORECASE)


def _whole_phrases(patterns: list[str], stop_words: frozenset[str]) -> re.Pattern[str] | None:
    """The role phrases a stop word would cut ("haut représentant de l'UE pour les affaires
    étrangères"), as one pattern over folded text, longest first: a title the roles name is read
    whole before the words after it are walked."""
    cut = {
        fold(p).replace("’", "'")
        for p in patterns
        if any(w in stop_words for w in fold(p).replace("’", "'").split()[1:])
    }
    if not cut:
        return None
    alternatives = (re.escape(p).replace(r"\ ", r"\s+") for p in sorted(cut, key=len, reverse=True))
    return re.compile(rf"(?:{'|'.join(alternatives)})\b")


def title_roles(phrase: str, lang: str = "fr") -> Roles:
    """The roles a title states, once the states and demonyms in it are blanked out.

    The title must open on a role phrase, and each phrase joined to it by "et" is read the same
    way ("conseiller d'Etat et ministre des Affaires étrangères"); an office we do not track after
    it ("et ministre d'Etat aux Affaires du Conseil des ministres") takes nothing from the first,
    but words of no title ("son homologue qatari et salue sa médiation") make it no title.
    "président de l'Assemblée nationale" is not the office "président".
    """
    grammar = _grammar(lang)
    phrase = phrase.rstrip(" .,;:")  # "... des Affaires étrangères." ends a sentence
    words = [w for w in fold(phrase).replace("’", "'").split() if w not in grammar.demonyms]
    while words and words[-1] in grammar.function_words:
        words.pop()
    whole = grammar.phrases.get(" ".join(words))
    if whole is not None:
        return whole
    parts = " ".join(words).split(" et ")
    first, *others = (grammar.phrases.get(part.strip()) for part in parts)
    titled = grammar.title_words | grammar.function_words
    if first is None or not all(set(part.split()) <= titled for part in parts):
        return ()
    return (*first, *(role for found in others if found is not None for role in found))


def role_prefix(phrase: str, blanked: str, lang: str = "fr") -> tuple[int, Roles]:
    """The longest opening of a stretch scanned as a title that states roles (read on
    ``blanked``, the phrase with its states blanked out), and where it ends: the scan may run on
    into the verb ("président turc joue une partition"), but a title is not cut where a word
    joins what follows to it ("président de l'Assemblée nationale")."""
    grammar = _grammar(lang)
    for cut in reversed([m.start() for m in re.finditer(r"\s+(?=\S)", phrase)]):
        following, last = fold(phrase[cut:].split()[0]), fold(phrase[:cut].split()[-1])
        if {following, last} & grammar.function_words or following.startswith(("d'", "l'")):
            continue
        if roles := title_roles(blanked[:cut], lang):
            return cut, roles
    return len(phrase), ()


def covered_roles(roles: tuple[str, ...], lang: str = "fr") -> tuple[str, ...]:
    """The offices a title that names no one may point at: its own, and those its roles cover
    ("le souverain" is a king, an emir or a sultan; "le dirigeant indien" a president or a prime
    minister). A title with a name states its own office only."""
    covers = _grammar(lang).covers
    return tuple(dict.fromkeys(r for role in roles for r in (role, *covers.get(role, ()))))


def is_plural(title: str, lang: str = "fr") -> bool:
    """Whether a title's head noun is plural ("les deux ministres"): it names no one person."""
    words = title.split()
    return bool(words) and words[0].lower().endswith(_grammar(lang).plural_endings)


def _article(word: str) -> str:
    return re.escape(word).replace("'", "['’]")


def after_article(text: str, start: int, lang: str = "fr") -> bool:
    """Whether an article stands just before ``start`` ("l'Ukrainien", "le Hongrois")."""
    return bool(_grammar(lang).article.search(text, max(0, start - 4), start))


def _office_before(nouns: list[str]) -> re.Pattern[str]:
    """A noun of an office and its complement's opening words, up to the title that follows."""
    alternatives = "|".join(re.escape(fold(n)) for n in nouns)
    determiners = r"(?:(?:d[eu]|de la|d'|au|a la|ou)\s*)*(?:l'|le\s|la\s)?"
    return re.compile(rf"(?<![\w-])(?:{alternatives})\s+{determiners}\s*$", re.IGNORECASE)


def names_office(text: str, title_start: int, lang: str = "fr") -> bool:
    """Whether the words before a title make it the office itself ("candidat au poste de
    secrétaire général", "l'élection du président"), held by no one it could name."""
    before = fold(text[max(0, title_start - 40) : title_start]).replace("’", "'")
    return bool(_grammar(lang).office.search(before))


def is_former(text: str, title_start: int, lang: str = "fr") -> bool:
    """Whether the word before a title makes it a past or future office ("l'ancien président",
    "le défunt roi", "ex-Premier ministre"): it says nothing of the document's date."""
    before = fold(text[max(0, title_start - 20) : title_start]).replace("’", "'")
    words = re.findall(r"[\w-]+", before.split("'")[-1]) or [""]
    return words[-1] in _grammar(lang).former


def is_leaving(title: str, lang: str = "fr") -> bool:
    """Whether a title ends on a word that says its holder is leaving the office ("le président
    sortant, X"): the handover may be behind the document's date, so the name holds
    no office we can date."""
    words = re.findall(r"[\w-]+", fold(title)) or [""]
    return words[-1] in _grammar(lang).leaving


def is_elect(title: str, lang: str = "fr") -> bool:
    """Whether a title holds a word that says its holder has yet to take the office ("le
    président élu", "le président élu des Etats-Unis"): not the one who holds it on the
    document's date."""
    return not _grammar(lang).elect.isdisjoint(re.findall(r"[\w-]+", fold(title)))


def is_indefinite(text: str, title_start: int, lang: str = "fr") -> bool:
    """Whether an indefinite article stands before a title ("un diplomate asiatique", "une
    ministre européenne"): someone unnamed, not a person the text named before."""
    words = re.findall(r"[\w-]+", fold(text[max(0, title_start - 12) : title_start])) or [""]
    return words[-1] in _grammar(lang).indefinite


@cache
def side_opener(lang: str = "fr") -> re.Pattern[str]:
    """ "Côté ukrainien, ...", "Du côté russe, ...": the words by which a sentence opens on the
    side it tells of (titles.json's "side_openers"), its demonym before the comma."""
    words = "|".join(re.escape(w) for w in load_json(lang, "titles.json")["side_openers"])
    return re.compile(rf"\s*(?:{words})\s+[\w-]+\s*,", re.IGNORECASE)


def pointer_roles(lang: str = "fr") -> frozenset[str]:
    """The roles of titles that point at a person without naming an office ("son homologue",
    "le ministre"): titles.json's "pointers"."""
    return _grammar(lang).pointers


def title_words(lang: str = "fr") -> frozenset[str]:
    """Folded words that belong to titles and honorifics ("président", "ministre", "m.")."""
    data = load_json(lang, "roles.json")
    honorifics = {fold(h.rstrip(".")) for h in data.get("honorifics", [])}
    return _grammar(lang).title_words | honorifics


def _is_name_word(word: str, grammar: _RoleGrammar) -> bool:
    return word[:1].isupper() and fold(word.rstrip(".")) not in grammar.title_words


def _name_word(word: str) -> bool:
    """A capitalised word, or a particle joined to one: "al-Kib", "el-Sissi", "ben-Ali"."""
    particle, _, rest = word.partition("-")
    if rest and particle.lower() in _PARTICLES and rest[:1].isupper():
        return True
    return word[:1].isupper() and word[:1].isalpha()


def read_name(text: str, start: int) -> tuple[int, int] | None:
    """The span of a personal name starting at ``start``: capitalised words and particles."""
    end, words, last = start, 0, start  # ``last``: the end of the last capitalised word
    for token in _TOKEN.finditer(text, start):
        word = token.group()
        gap = text[end : token.start()]
        initial = (
            words
            and text[end - 2 : end - 1].isupper()
            and text[end - 1] == "."
            and not text[max(0, end - 3) : end - 2].isalpha()
        )  # "S.M. Krishna", "George W. Bush"; not "PORTRAIT. Samedi"
        if words and gap not in (" ", "-") and not (initial and gap == ""):
            break
        if words and text[end - 1] == "." and not initial:
            break  # "Adama Barrow. Une ...": a full stop after a name ends it
        if _name_word(word) and words < _MAX_NAME_WORDS:
            end, last, words = token.end(), token.end(), words + 1
        elif words and word.lower() in _PARTICLES and text[token.end() : token.end() + 1] in " -":
            end = token.end()  # "Mohammed ben Abderrahmane": the name goes on after "ben"
        else:
            break
    end = last
    if words and text[end - 1] == "." and end - start > 2 and text[end - 3 : end - 1].isalpha():
        end -= 1  # a full stop after a name ends the sentence; after an initial ("J.") it stays
    return (start, end) if words else None


def _scan_title(text: str, head_end: int, grammar: _RoleGrammar) -> tuple[int, int | None]:
    """Walk the words after a head noun: (end of the title, start of the name it introduces)."""
    end, count, comma, previous, kept = head_end, 0, False, "", head_end
    place: int | None = None  # where a place after "à" cuts a title that no name follows
    limit = text.find("\n", head_end)  # a headline's title does not run into the next paragraph
    limit = min(len(text), head_end + 200, limit if limit >= 0 else len(text))
    for token in _TOKEN.finditer(text, head_end, limit):
        word = token.group()
        if word == ",":
            comma = True
            continue
        if fold(text[token.start() : token.start() + 20]).startswith(grammar.stop_phrases):
            break  # "le prince héritier au cours d'une séance de travail"
        if not comma and _ACRONYM.fullmatch(word):
            continue  # "la directrice générale du Fonds monétaire international (FMI), K. Georgieva"
        if comma and fold(word.rstrip(".")).lower() in grammar.honorific_words:
            continue  # "l'émir, cheikh Sabah al-Ahmad": the name comes after the honorific
        # "ministre de la Communication": a capital after "de la" names a portfolio, not a person
        portfolio = not comma and fold(previous) in grammar.function_words
        if not comma and fold(previous).lower() in grammar.places_after and _capitalised(word):
            place = place if place is not None else kept  # "à l'Élysée": where, unless a name
        if _is_name_word(word, grammar) and not portfolio:
            return end, token.start()
        previous = word
        if comma or not word[0].isalpha() or _stops(word, grammar):
            break
        if _SENTENCE_END.fullmatch(word):  # "... étrangères. Le président", not "S.M. Krishna"
            return place or token.end() - 1, None
        if count >= _MAX_QUALIFIER_WORDS:
            break
        kept, end, count = end, token.end(), count + 1
    return place or end, None


def _capitalised(word: str) -> bool:
    """ "Paris", "l'Élysée": a word, past an elided article, that opens on a capital."""
    return word.split("'")[-1].split("’")[-1][:1].isupper()


def _stops(word: str, grammar: _RoleGrammar) -> bool:
    """A word after which a title cannot go on, or whose elided first word cannot ("le président
    sortant n'a pas"); "à" is not the verb "a" ("conseiller à la sécurité nationale")."""
    folded = fold(word.rstrip("."))  # "mardi." ends a sentence, and the title before it
    elided = folded.partition("'")[0] + "'" if "'" in folded else ""  # "n'a", "qu'il"
    return word.lower() != "à" and (
        folded in grammar.stop_words
        or folded.endswith(grammar.stop_endings)
        or elided in grammar.stop_words
    )


def find_titles(text: str, lang: str = "fr") -> list[Title]:
    """Every stretch that may be a title, with the name it introduces when a name follows it."""
    grammar = _grammar(lang)
    titles: list[Title] = []
    folded = fold(text) if grammar.whole else ""
    for head in grammar.head.finditer(text):
        if titles and head.start() < titles[-1].end:
            continue
        known = grammar.whole.match(folded, head.start()) if grammar.whole else None
        scanned = known.end() if known else head.end()
        end, name_start = _scan_title(text, scanned, grammar)
        if (pair := grammar.two_holders.search(text, scanned, end)) is not None:
            end, name_start = pair.start(), None  # "le président égyptien et l'émir du Qatar"
        name = read_name(text, name_start) if name_start is not None else None
        titles.append(Title(head.start(), end, *(name if name else (None, None))))
    return _apposed_titles(text, titles, grammar, lang)


def _apposed_titles(
    text: str, titles: list[Title], grammar: _RoleGrammar, lang: str
) -> list[Title]:
    """ "son homologue saoudien, le prince Fayçal ben Farhane": a title with no name of its own,
    set in apposition to a titled name, stands for that name; not one naming another office
    ("Au sortir de son tête-à-tête avec le chancelier, le roi Philippe a déclaré"): two
    persons."""
    named = list(titles)
    for i, (first, second) in enumerate(pairwise(titles)):
        apposed = grammar.apposition.match(text[first.end : second.start])
        if (
            first.name_start is None
            and second.name_start is not None
            and apposed
            and not _other_offices(text, first, second, grammar, lang)
        ):
            named[i] = replace(first, name_start=second.name_start, name_end=second.name_end)
    return named


def _other_offices(
    text: str, first: Title, second: Title, grammar: _RoleGrammar, lang: str
) -> bool:
    """Whether two titles name offices and share none (a pointer, "son homologue", names none)."""
    offices = [
        {role for role, _ in title_roles(text[t.start : t.end], lang)} - grammar.pointers
        for t in (first, second)
    ]
    return all(offices) and not offices[0] & offices[1]


def apposed_name(text: str, title_start: int, lang: str = "fr") -> tuple[int, int] | None:
    """The full name a title after it stands in apposition to ("M. Jared Kushner, haut conseiller
    du président américain"): a name of two words or more read up to the comma, not one after a
    preposition ("Au Caire, le ministre ...") unless an honorific introduces it."""
    grammar = _grammar(lang)
    comma = grammar.apposition.search(text, max(0, title_start - 40), title_start)
    if comma is None:
        return None
    for word in _NAME_START.finditer(text, max(0, comma.start() - 60), comma.start()):
        start, end = word.start(), comma.start()
        if read_name(text, start) != (start, end) or len(text[start:end].split()) < 2:
            continue
        if grammar.honorifics.match(text, start) or grammar.honorifics.search(text, start + 1, end):
            continue  # "M." is no first name, and "Rabat M. Jared Kushner" no one name
        honoured = any(
            m.end() == start
            for m in grammar.honorifics.finditer(text, max(0, start - 16), start + 1)
        )
        before = text[max(0, start - 12) : start].split()
        opening = not before or before[-1][-1:] in ".!?"  # the sentence's first words
        after_preposition = bool(before) and before[-1].lower() in grammar.before_places
        if honoured or not (opening or after_preposition):
            return start, end
    return None


def find_honorifics(text: str, lang: str = "fr") -> list[tuple[int, int]]:
    """ "M. Wang", "Mme Baerbock": the spans of the names after honorifics."""
    spans = []
    for match in _grammar(lang).honorifics.finditer(text):
        name = read_name(text, match.end())
        if name:
            spans.append(name)
    return spans
