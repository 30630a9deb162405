"""The knowledge base: complete, consistent, and loaded from its data files."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from entente.kb import load_kb
from entente.kb.loader import DATA, KnowledgeBaseError, _gender
from entente.kb.places import find_places


def test_every_un_member_and_observer_is_a_state() -> None:
    states = load_kb("fr").by_type("state")
    assert len(states) >= 195
    codes = {s.code for s in states}
    assert {"CHN", "RUS", "USA", "VAT", "PSE", "DZA", "SEN"} <= codes
    assert all(re.fullmatch(r"[A-Z]{3}", code or "") for code in codes)
    assert all(s.aliases and s.demonyms for s in states if s.code in {"CHN", "RUS", "DZA", "KOR"})


def test_every_state_of_the_data_is_a_state_of_the_base() -> None:
    # an organisation whose code is a state's would hide the state ("NAM" is Namibia)
    rows = json.loads((DATA / "states.json").read_text(encoding="utf-8"))
    assert {row["code"] for row in rows} == {s.code for s in load_kb("fr").by_type("state")}


def test_every_organisation_code_of_the_contract_is_known(shared: Path) -> None:
    spec = (shared / "spec" / "EVENTS.md").read_text(encoding="utf-8")
    paragraph = spec.split("Organisation codes:", 1)[1].split("Add others", 1)[0]
    spec_codes = set(re.findall(r"`([A-Z0-9_]+)`", paragraph))
    assert len(spec_codes) >= 30
    assert spec_codes <= {o.code for o in load_kb("fr").by_type("organization")}


def test_offices_are_dated_and_consistent() -> None:
    persons = load_kb("fr").by_type("person")
    assert len(persons) >= 300
    for person in persons:
        for office in person.offices:
            if office.start and office.end:
                assert office.start <= office.end, person.name
            assert office.end is None or office.end <= dt.date(2026, 12, 31), person.name


def test_persons_have_a_gender_the_loader_checks() -> None:
    """ "elle" stands for no man the base knows: a person's gender is female, male or unknown,
    and nothing else loads."""
    persons = load_kb("fr").by_type("person")
    assert {p.gender for p in persons} <= {"female", "male", None}
    assert next(p for p in persons if p.name == "Angela Merkel").gender == "female"
    with pytest.raises(KnowledgeBaseError, match="gender"):
        _gender({"name": "X", "gender": "f"}, "persons.json: X")


def test_roles_follow_the_date() -> None:
    wang = next(p for p in load_kb("fr").by_type("person") if p.name == "Wang Yi")
    assert wang.office_on(dt.date(2021, 2, 4)).role == "minister of foreign affairs"
    assert wang.office_on(dt.date(2023, 5, 1)) is None or wang.office_on(
        dt.date(2023, 5, 1)
    ).role != ("minister of foreign affairs")


def test_the_knowledge_base_is_data_not_code() -> None:
    data = Path(__file__).parents[1] / "src" / "entente" / "kb" / "data"
    assert {p.name for p in data.glob("*.json")} >= {
        "states.json",
        "organizations.json",
        "persons.json",
        "places.json",
    }


def test_capitals_are_gazetteer_cities_of_their_state() -> None:
    """A meeting "à la Maison Blanche" is located at the capital: the name must be the
    gazetteer's, or the same city would be reported under two names."""
    cities = {find_places(f"à {c}")[0].name for c in ("Pékin", "Washington", "Le Caire")}
    assert cities == {"Beijing", "Washington", "Cairo"}
    data = Path(__file__).parents[1] / "src" / "entente" / "kb" / "data" / "places.json"
    gazetteer = {row["name"]: row.get("country") for row in json.loads(data.read_text("utf-8"))}
    for state in load_kb("fr").by_type("state"):
        if state.capital:  # Jerusalem and Pristina lie in no undisputed state
            assert gazetteer.get(state.capital, "") in (state.code, None), state.code


def test_seats_are_gazetteer_cities() -> None:
    """A meeting at an organisation's seat is a visit to it only if the seat is spelled as the
    places the text names are: the gazetteer's name."""
    data = Path(__file__).parents[1] / "src" / "entente" / "kb" / "data" / "places.json"
    cities = {row["name"] for row in json.loads(data.read_text("utf-8")) if row["kind"] == "city"}
    seats = [o.seat for o in load_kb("fr").by_type("organization") if o.seat]
    assert len(seats) > 50 and set(seats) <= cities, set(seats) - cities
    assert load_kb("fr").entities["AU"].seat == find_places("à Addis-Abeba")[0].name


def test_a_gendered_preposition_names_the_state_not_a_city_of_the_same_name() -> None:
    """ "au Salvador" is El Salvador, "à Salvador" the Brazilian city: French marks a state's
    gender with "au" and "en", never a city's."""
    assert [(p.country, p.is_country) for p in find_places("une tournée au Salvador")] == [
        ("SLV", True)
    ]
    assert find_places("arrivé à Salvador de Bahia")[0].country == "BRA"


def test_a_place_that_names_a_process_or_an_accord_is_no_place_of_the_meeting() -> None:
    """ "le sommet des garants du processus d'Astana", "les accords de Minsk": things named after
    a city that happen or were signed elsewhere; "à Téhéran" in the same sentence is a place."""
    text = "réunis à Téhéran, garants du processus d'Astana, fidèles aux accords de Minsk"
    assert [p.name for p in find_places(text)] == ["Tehran"]


def test_a_capital_that_stands_for_its_state_is_no_place_of_the_meeting() -> None:
    """ "un dirigeant de Canberra", "l'homme fort de Damas": the capital names the state's power,
    not where the meeting was."""
    text = "à Genève, un dirigeant de Canberra et l'homme fort de Damas"
    assert [p.name for p in find_places(text)] == ["Geneva"]


def test_a_capital_named_by_its_state_is_that_state_s_capital() -> None:
    """ "arrivés dans la capitale malienne": the capital of the state the adjective names, in
    the order the text names its places."""
    places = find_places("arrivés jeudi dans la capitale malienne, puis à Tombouctou")
    assert [(p.name, p.country) for p in places] == [("Bamako", "MLI"), ("Timbuktu", "MLI")]
