"""Publication dates: metadata, datelines in the formats French news uses, and year inference."""

from __future__ import annotations

import datetime as dt

import pytest

import entente
from entente.actors import resolve_actors
from entente.records import Document
from entente.time.published import Publication, infer_year, read_publication

D = dt.date


def _pub(text: str, **kwargs) -> Publication:
    return read_publication(Document(id="t", text=text), **kwargs)


@pytest.mark.parametrize(
    ("text", "date", "basis", "partial"),
    [
        ("2021-02-04 22:35\nLe ministre a parlé.", D(2021, 2, 4), "header", None),
        ("Mise à jour 02.12.2011 08h17\nTexte.", D(2011, 12, 2), "header", None),
        ("25/02/2022 à 03:02\nTexte.", D(2022, 2, 25), "header", None),
        ("Publié le 14/06/2022 à 10:15\nTexte.", D(2022, 6, 14), "header", None),
        ("le jeudi 9 novembre 2023\nTexte.", D(2023, 11, 9), "header", None),
        ("Paris, le 1er mai 2019\nTexte.", D(2019, 5, 1), "header", None),
        (
            "ALGER, 12 mars 2023 (APS) - Le président a reçu son homologue.",
            D(2023, 3, 12),
            "header",
            None,
        ),
        ("Dernière mise à jour à 08h50 le 19/11\nTexte.", None, None, "--11-19"),
        ("BRUXELLES, 25 février (Reuters) - Les ministres se sont réunis.", None, None, "--02-25"),
        ("RABAT, 5 avr (MAP) - Le roi a reçu le ministre.", None, None, "--04-05"),
        (
            "Titre\nRabat, 04/04/2014 (MAP) - Le ministre a reçu John Kerry.",
            D(2014, 4, 4),
            "header",
            None,
        ),
        (
            "Titre\nDakar - 21/06/2016 (APS) - Le président a reçu son homologue.",
            D(2016, 6, 21),
            "header",
            None,
        ),
        ("Titre\n04/01/2011 à 12h26 | Par Jeune Afrique\nTexte.", D(2011, 1, 4), "header", None),
        (
            "Titre\nArticle publié le : vendredi 10 juin 2011 - Dernière modification le : "
            "vendredi 10 juin 2011\nTexte.",
            D(2011, 6, 10),
            "header",
            None,
        ),
        ("Titre\nle 09.12.21 | 11h30\nTexte.", D(2021, 12, 9), "header", None),
        (
            "Panamá, 11 avr 2015 (Prensa Latina) Le président cubain a rencontré Barack Obama.",
            D(2015, 4, 11),
            "header",
            None,
        ),
        (
            "Un titre sans date\nLe 4 février, le ministre a rencontré son homologue à Moscou pour parler.",
            None,
            None,
            None,
        ),
        (
            "Titre\nCe contenu a été publié le 27 janvier 2017 - 22:36\nTexte.",
            D(2017, 1, 27),
            "header",
            None,
        ),
        (
            "Riyad, le 31 mars 2021 (SPA) -- Le prince héritier a reçu.",
            D(2021, 3, 31),
            "header",
            None,
        ),
        (
            "Titre\nPublié le 24 mars 2023 à 17 h 32 HAE | Mis à jour le 25 mars 2023 à 8 h 10 HAE\nTexte.",
            D(2023, 3, 24),
            "header",
            None,
        ),
        (
            "Titre\n2018/09/19 16:52\nSÉOUL, 19 sept. (Yonhap) -- Texte.",
            D(2018, 9, 19),
            "header",
            None,
        ),
        ("Titre\nLIMA, 15 nov. (Kyodo) -- Le Premier ministre a parlé.", None, None, "--11-15"),
        ("French.news.cn | 2022-02-06 à 21:16\nTitre", D(2022, 2, 6), "header", None),
        ("Titre\nLe président a parlé mercredi.", None, None, None),
        ("Mise à jour 31.02.2011 08h17\nTexte.", None, None, None),
        (
            "Titre\nPublié le 03/10/2019 à 07:15 | Temps de lecture: 3 min\nTexte.",
            D(2019, 10, 3),
            "header",
            None,
        ),
        (  # the reading time run on without a separator
            "Titre\nPar Anne Roy\nPublié le 08/02/2021 à 11:40 Temps de lecture: 2 min\nTexte.",
            D(2021, 2, 8),
            "header",
            None,
        ),
        (
            "Titre\nClaire Dumont   |21.06.2017 - Mise à jour : 22.06.2017\nTexte.",
            D(2017, 6, 21),
            "header",
            None,
        ),
        (  # the update repeats the date; a mis-encoded "Mise" is no cue, but dates are no words
            "Titre\nAyşe Kaya   |03.04.2019 - Mıse À Jour : 04.04.2019\nTexte.",
            D(2019, 4, 3),
            "header",
            None,
        ),
        ("Titre\nJean-Marc Lhoste, le mardi 12/03 à 09h05\nTexte.", None, None, "--03-12"),
        (
            "Titre\nLe Premier ministre Jean Castex, le 12/03, a reçu le ministre.\nTexte.",
            None,
            None,
            None,
        ),
        (
            "Titre\nVilnius, 3 mars 2022 /ELTA/ - La présidente a reçu son homologue.",
            D(2022, 3, 3),
            "header",
            None,
        ),
        (
            "Titre\nTexte du jour.\n\nParu dans La Gazette le 04/05/2021",
            D(2021, 5, 4),
            "header",
            None,
        ),
        (
            "Titre\nMis à jour le 08/06/2020 à 00:40 ; Publié le 07/06/2020 à 22:10\nTexte.",
            D(2020, 6, 7),
            "header",
            None,
        ),
    ],
)
def test_datelines(text: str, date: dt.date | None, basis: str | None, partial: str | None) -> None:
    publication = _pub(text)
    assert (publication.date, publication.basis, publication.partial) == (date, basis, partial)


def test_metadata_wins_over_dateline() -> None:
    doc = Document(id="t", text="2021-02-04 22:35\nTexte.", published="2020-01-02")
    assert read_publication(doc) == Publication(date=D(2020, 1, 2), basis="metadata")


def test_metadata_datetime_keeps_the_day() -> None:
    doc = Document(id="t", text="Texte.", published="2020-01-02T23:10:00+01:00")
    assert read_publication(doc).date == D(2020, 1, 2)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Dernière mise à jour à 08h50 le 19/11\nx", D(2020, 12, 31), D(2020, 11, 19)),
        ("Dernière mise à jour à 08h50 le 19/11\nx", D(2020, 11, 18), D(2019, 11, 19)),
        ("Dernière mise à jour à 08h50 le 19/11\nx", D(2020, 11, 19), D(2020, 11, 19)),
        ("jeudi 19/11\nx", D(2021, 6, 1), D(2020, 11, 19)),
        ("Mise à jour le 29/02\nx", D(2023, 6, 1), D(2020, 2, 29)),
    ],
)
def test_reference_date_takes_the_latest_day_on_or_before(
    text: str, reference: dt.date, expected: dt.date
) -> None:
    publication = _pub(text, reference_date=reference)
    assert (publication.date, publication.basis) == (expected, "reference")


def test_reference_date_does_not_override_a_full_dateline() -> None:
    assert _pub("2021-02-04 22:35\nx", reference_date=D(2020, 1, 1)).basis == "header"


def test_no_year_is_never_taken_from_the_clock() -> None:
    publication = infer_year(
        _pub("Dernière mise à jour à 08h50 le 19/11\nx"), [], today=D(2026, 11, 22)
    )
    assert publication.date is None and publication.partial == "--11-19"


def test_one_year_surviving_every_tenure_is_inferred() -> None:
    tenures = [((D(2018, 3, 19), D(2023, 3, 12)),), ((D(2022, 12, 1), None),)]
    publication = infer_year(_pub("Mise à jour le 19/01\nx"), tenures, today=D(2026, 11, 22))
    assert (publication.date, publication.basis) == (D(2023, 1, 19), "inferred-year")


def test_several_surviving_years_leave_the_date_unknown() -> None:
    tenures = [((D(2018, 3, 19), D(2023, 3, 12)),)]
    publication = infer_year(_pub("Mise à jour le 19/11\nx"), tenures, today=D(2026, 11, 22))
    assert publication.date is None


def test_a_weekday_in_the_dateline_narrows_the_years() -> None:
    tenures = [((D(2019, 1, 1), D(2021, 12, 31)),)]  # 19 November is a Thursday only in 2020 here
    publication = infer_year(_pub("jeudi 19/11\nx"), tenures, today=D(2026, 11, 22))
    assert publication.date == D(2020, 11, 19)


def test_a_weekday_followed_by_a_comma_still_counts() -> None:
    tenures = [((D(2009, 1, 21), D(2013, 2, 1)),)]  # 29 October is a Monday only in 2012 here
    publication = infer_year(_pub("Lundi, 29 Octobre 18:42\nx"), tenures, today=D(2026, 11, 22))
    assert publication.date == D(2012, 10, 29)


def test_nothing_is_published_after_today() -> None:
    tenures = [((D(2026, 1, 1), None),)]
    assert infer_year(_pub("le 30/12\nx"), tenures, today=D(2026, 11, 22)).date is None
    assert infer_year(_pub("le 30/10\nx"), tenures, today=D(2026, 11, 22)).date == D(2026, 10, 30)


def test_a_tenure_with_several_terms_counts_any_of_them() -> None:
    terms = ((D(2013, 3, 16), D(2022, 12, 30)), (D(2023, 7, 25), None))
    both = [terms, ((D(2023, 1, 1), D(2024, 12, 31)),)]
    assert infer_year(_pub("le 04/02\nx"), both, today=D(2026, 11, 22)).date == D(2024, 2, 4)


def test_a_former_office_does_not_date_the_document() -> None:
    """Glas was vice-president until 2018; "l'ancien vice-président" says nothing of 2024, and
    the presidents named leave only 2024 for 8 April."""
    text = (
        "Quito sous le feu des critiques\nPublié le 8 avril à 10:05\n"
        "Le président mexicain Andrés Manuel López Obrador a rompu les relations avec l'Équateur "
        "du président Daniel Noboa après l'arrestation de l'ancien vice-président équatorien "
        "Jorge Glas."
    )
    document = entente.extract(text).document
    assert (document.published, document.published_basis) == ("2024-04-08", "inferred-year")


def test_only_terms_known_to_the_day_settle_a_year() -> None:
    """A term the KB gives to the month may open a little late and rule out the right year."""
    text = (
        "Le porte-parole de la diplomatie iranienne, Ramin Mehmanparast, a salué la visite du "
        "président Mahmoud Ahmadinejad."
    )
    actors = resolve_actors(text)
    spokesperson = actors.entity("person:ramin-mehmanparast").offices[0]
    assert not spokesperson.exact and actors.stated_roles("person:ramin-mehmanparast")
    assert actors.tenure_constraints() == [((dt.date(2005, 8, 3), dt.date(2013, 8, 3)),)]


def test_an_office_stated_in_a_sentence_with_its_own_year_does_not_date_the_document() -> None:
    """Tấn Dũng was prime minister until April 2016; a sentence that places him in 2013 says
    nothing of the day of publication, which the presidents named settle to 2016."""
    text = (
        "Hanoï et Paris renforcent leur partenariat\nMis à jour le mardi 06/09 à 21h15\n"
        "Le président vietnamien Trần Đại Quang a reçu mardi le président français François "
        "Hollande. Le partenariat stratégique avait été signé à Paris en septembre 2013 par le "
        "Premier ministre Nguyễn Tấn Dũng."
    )
    document = entente.extract(text).document
    assert (document.published, document.published_basis) == ("2016-09-06", "inferred-year")
