"""The time-expression tagger on sentences written for these tests (news style).

Each case gives a sentence, the publication date it is read against (``None`` when unknown) and
every (text, type, value) the tagger must return for it, in order. The anchor is mostly Thursday
4 February 2021, so that weekdays fall on both sides of it.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from entente.records import Timex
from entente.time.calendar import period_end, period_start
from entente.time.event_dates import ahead_of, date_in, on_or_before, period_in
from entente.time.timex import find_timexes

D = dt.date
THU = D(2021, 2, 4)

CASES = [
    (
        "Le sommet s'est tenu le 4 février 2021 à Bruxelles.",
        THU,
        [("le 4 février 2021", "DATE", "2021-02-04")],
    ),
    (
        "Les ministres se retrouveront le 16 mars à Genève.",
        THU,
        [("le 16 mars", "DATE", "2021-03-16")],
    ),
    (
        "Le traité a été signé le 16 septembre par les deux parties.",
        THU,
        [("le 16 septembre", "DATE", "2020-09-16")],
    ),
    (
        "Le texte a été adopté le 04/02/2021 par le Parlement.",
        THU,
        [("le 04/02/2021", "DATE", "2021-02-04")],
    ),
    ("Mise en ligne 2021-02-04, modifiée depuis.", THU, [("2021-02-04", "DATE", "2021-02-04")]),
    (
        "Le défilé du 1er mai a rassemblé des milliers de syndicalistes.",
        D(2021, 5, 3),
        [("1er mai", "DATE", "2021-05-01")],
    ),
    (
        "Le chef de l'Etat s'était rendu en Chine en mai 1998.",
        THU,
        [("mai 1998", "DATE", "1998-05")],
    ),
    ("Les élections législatives auront lieu en juin.", THU, [("juin", "DATE", "2021-06")]),
    ("Les négociations avaient échoué en novembre.", THU, [("novembre", "DATE", "2020-11")]),
    ("L'an dernier, les exportations ont reculé de 3 %.", THU, [("L'an dernier", "DATE", "2020")]),
    (
        "L'accord entrera en vigueur l'année prochaine.",
        THU,
        [("l'année prochaine", "DATE", "2022")],
    ),
    (
        "Cette année, la présidence tournante revient à la France.",
        THU,
        [("Cette année", "DATE", "2021")],
    ),
    (
        "Le ministre a rencontré mercredi son homologue russe.",
        THU,
        [("mercredi", "DATE", "2021-02-03")],
    ),
    (
        "Le ministre rencontrera vendredi son homologue allemand.",
        THU,
        [("vendredi", "DATE", "2021-02-05")],
    ),
    (
        "Le porte-parole a déclaré jeudi que la frontière resterait ouverte.",
        THU,
        [("jeudi", "DATE", "2021-02-04")],
    ),
    ("Il s'entretiendra lundi avec le chancelier.", THU, [("lundi", "DATE", "2021-02-08")]),
    ("Lundi, à Quito, l'accueil a été glacial.", THU, [("Lundi", "DATE", "2021-02-01")]),
    (
        "Hier, le gouvernement a annoncé de nouvelles sanctions.",
        THU,
        [("Hier", "DATE", "2021-02-03")],
    ),
    (
        "Le Conseil de sécurité se réunit aujourd'hui à New York.",
        THU,
        [("aujourd'hui", "DATE", "2021-02-04")],
    ),
    ("Le vote du Sénat aura lieu demain.", THU, [("demain", "DATE", "2021-02-05")]),
    (
        "L'ambassadeur avait été convoqué avant-hier par le Quai d'Orsay.",
        THU,
        [("avant-hier", "DATE", "2021-02-02")],
    ),
    (
        "La décision du tribunal sera connue après-demain.",
        THU,
        [("après-demain", "DATE", "2021-02-06")],
    ),
    (
        "Le Premier ministre s'exprimera ce samedi à la télévision.",
        THU,
        [("ce samedi", "DATE", "2021-02-06")],
    ),
    (
        "Les deux dirigeants se sont parlé samedi dernier au téléphone.",
        THU,
        [("samedi dernier", "DATE", "2021-01-30")],
    ),
    (
        "Une nouvelle rencontre est prévue lundi prochain à Vienne.",
        THU,
        [("lundi prochain", "DATE", "2021-02-08")],
    ),
    (
        "La semaine dernière, Pékin a rappelé son ambassadeur.",
        THU,
        [("La semaine dernière", "DATE", "2021-W04")],
    ),
    (
        "Le sommet européen se tiendra la semaine prochaine.",
        THU,
        [("la semaine prochaine", "DATE", "2021-W06")],
    ),
    (
        "Des rassemblements sont annoncés ce week-end dans la capitale.",
        THU,
        [("ce week-end", "DATE", "2021-W05-WE")],
    ),
    (
        "Le ministre a reçu ce matin les représentants syndicaux.",
        THU,
        [("ce matin", "TIME", "2021-02-04TMO")],
    ),
    ("Le président prendra la parole ce soir.", THU, [("ce soir", "TIME", "2021-02-04TEV")]),
    (
        "Les discussions reprendront cet après-midi.",
        THU,
        [("cet après-midi", "TIME", "2021-02-04TAF")],
    ),
    (
        "Hier soir, des tirs ont été entendus près de l'ambassade.",
        THU,
        [("Hier soir", "TIME", "2021-02-03TEV")],
    ),
    (
        "Le texte a été voté mardi matin par les députés.",
        THU,
        [("mardi matin", "TIME", "2021-02-02TMO")],
    ),
    (
        "Arrivée lundi soir à Dakar, la ministre a été reçue dans la matinée par le président.",
        THU,
        [("lundi soir", "TIME", "2021-02-01TEV"), ("la matinée", "TIME", "2021-02-02TMO")],
    ),
    (
        "Lundi soir, il a dîné avec le roi ; le matin même, il avait vu le Premier ministre.",
        THU,
        [("Lundi soir", "TIME", "2021-02-01TEV"), ("le matin même", "TIME", "2021-02-01TMO")],
    ),
    (
        "Le cessez-le-feu a été rompu il y a trois jours.",
        THU,
        [("il y a trois jours", "DATE", "2021-02-01")],
    ),
    (
        "La délégation reviendra dans deux semaines.",
        THU,
        [("dans deux semaines", "DATE", "2021-W07")],
    ),
    ("Le conflit dure depuis dix ans.", THU, [("dix ans", "DURATION", "P10Y")]),
    ("Les pourparlers ont duré pendant trois heures.", THU, [("trois heures", "DURATION", "PT3H")]),
    (
        "La conférence de presse débutera à 15 h au ministère.",
        THU,
        [("15 h", "TIME", "2021-02-04T15:00")],
    ),
    (
        "L'avion présidentiel a atterri à 15h30 à Orly.",
        THU,
        [("15h30", "TIME", "2021-02-04T15:30")],
    ),
    ("Le forum économique se réunit chaque année à Davos.", THU, [("chaque année", "SET", "P1Y")]),
    (
        "Les négociateurs se retrouvent tous les lundis.",
        THU,
        [("tous les lundis", "SET", "XXXX-WXX-1")],
    ),
    ("Actuellement, la frontière reste fermée.", THU, [("Actuellement", "TIME", "PRESENT_REF")]),
    (
        "La Russie d'aujourd'hui ne ressemble plus à l'Union soviétique.",
        THU,
        [("aujourd'hui", "TIME", "PRESENT_REF")],
    ),
    ("Les combats avaient repris au printemps 2019.", THU, [("printemps 2019", "DATE", "2019-SP")]),
    ("L'opération militaire sera lancée cet été.", THU, [("cet été", "DATE", "2021-SU")]),
    ("Le retrait des troupes est attendu fin mai.", THU, [("fin mai", "DATE", "2021-05")]),
    ("Les élections sont prévues début 2022.", THU, [("début 2022", "DATE", "2022")]),
    ("Dans les années 80, les deux pays étaient rivaux.", THU, [("les années 80", "DATE", "198")]),
    ("Au XXe siècle, la région a connu deux guerres.", THU, [("XXe siècle", "DATE", "19")]),
    (
        "Vingt-cinq ans ont passé depuis la signature.",
        THU,
        [("Vingt-cinq ans", "DURATION", "P25Y")],
    ),
    (
        "La trêve a tenu pendant vingt et un jours.",
        THU,
        [("vingt et un jours", "DURATION", "P21D")],
    ),
    ("Un homme de 45 ans a été interpellé.", THU, []),
    ("Le président, âgé de 70 ans, a démissionné.", THU, []),
    ("Environ 2000 personnes ont manifesté devant le Parlement.", THU, []),
    ("Il a été condamné à dix ans de prison.", THU, [("dix ans", "DURATION", "P10Y")]),
    (
        "Le Parlement a été élu le 6 mai dernier.",
        D(2021, 5, 27),
        [("le 6 mai dernier", "DATE", "2021-05-06")],
    ),
    (
        "La cérémonie aura lieu le jeudi 12 septembre à 14 h.",
        D(2019, 9, 1),
        [("le jeudi 12 septembre", "DATE", "2019-09-12"), ("14 h", "TIME", "2019-09-12T14:00")],
    ),
    (
        "Une explosion a fait trois blessés dans la nuit de samedi à dimanche.",
        D(2021, 2, 8),
        [("la nuit de samedi à dimanche", "TIME", "2021-02-06TNI")],
    ),
    (
        "Les scrutins se tiendront les 6 et 13 avril prochains.",
        THU,
        [("les 6", "DATE", "2021-04-06"), ("13 avril prochains", "DATE", "2021-04-13")],
    ),
    (
        "Le PIB a progressé au deuxième trimestre.",
        D(2021, 9, 1),
        [("deuxième trimestre", "DATE", "2021-Q2")],
    ),
    ("Les deux pays ont rompu leurs relations en 1979.", THU, [("1979", "DATE", "1979")]),
    (
        "Il y a deux ans, le pays avait fermé son ambassade.",
        THU,
        [("Il y a deux ans", "DATE", "2019")],
    ),
    ("Le mandat a été prolongé de six mois.", THU, [("six mois", "DURATION", "P6M")]),
    (
        "L'accord a été conclu fin 2019 après de longues négociations.",
        THU,
        [("fin 2019", "DATE", "2019")],
    ),
    ("Les élections auront lieu en octobre 2022.", THU, [("octobre 2022", "DATE", "2022-10")]),
    ("La réunion a été reportée au 2 mars.", THU, [("2 mars", "DATE", "2021-03-02")]),
    (
        "Les attentats du 11 septembre ont bouleversé le monde.",
        D(2002, 2, 9),
        [("11 septembre", "DATE", "2001-09-11")],
    ),
    ("Le ministre est arrivé vers midi à l'Elysée.", THU, [("midi", "TIME", "2021-02-04T12:00")]),
    (
        "Le président a été réélu dimanche avec 58 % des voix.",
        D(2022, 4, 26),
        [("dimanche", "DATE", "2022-04-24")],
    ),
    ("Le sommet s'est achevé le mois dernier.", THU, [("le mois dernier", "DATE", "2021-01")]),
    ("Les ventes progressent en été.", THU, [("été", "DATE", "XXXX-SU")]),
    (
        "Le nouveau gouvernement a été nommé en décembre dernier.",
        THU,
        [("décembre dernier", "DATE", "2020-12")],
    ),
    (
        "La réforme a été adoptée à la fin de l'année dernière.",
        THU,
        [("la fin de l'année dernière", "DATE", "2020")],
    ),
    ("Les discussions ont duré une demi-heure.", THU, [("une demi-heure", "DURATION", "PT30M")]),
    ("Le blocus dure depuis un an et demi.", THU, [("un an et demi", "DURATION", "P18M")]),
    (
        "Cela fait plusieurs années que le dossier est bloqué.",
        THU,
        [("plusieurs années", "DURATION", "PXY")],
    ),
    (
        "Ces derniers jours, la tension est encore montée.",
        THU,
        [("Ces derniers jours", "DURATION", "PXD")],
    ),
    ("Elle a été réélue pour un quinquennat.", THU, [("quinquennat", "DURATION", "P5Y")]),
    ("Le magasin est fermé depuis jeudi.", D(2021, 2, 2), [("jeudi", "DATE", "2021-01-28")]),
    ("La grève dure depuis le 3 mars.", D(2021, 2, 2), [("le 3 mars", "DATE", "2020-03-03")]),
    ("Les rues resteront fermées jusqu'à lundi.", THU, [("lundi", "DATE", "2021-02-08")]),
    (
        "Vendredi 5 février, la préfecture a interdit le rassemblement.",
        THU,
        [("Vendredi 5 février", "DATE", "2021-02-05")],
    ),
    (
        "Le musée est ouvert de 14 h à 18 h.",
        THU,
        [("14 h", "TIME", "2021-02-04T14:00"), ("18 h", "TIME", "2021-02-04T18:00")],
    ),
    ("Une garde à vue de 48 h a été ordonnée.", THU, [("48 h", "DURATION", "PT48H")]),
    ("Les moins de 25 ans sont les plus touchés.", THU, []),
    ("Le standard répond 24 h/24.", THU, []),
    ("Il a tenté sa chance une seconde fois.", THU, []),
    ("La guerre de Cent Ans a duré 116 ans.", THU, [("116 ans", "DURATION", "P116Y")]),
    # no anchor: nothing relative to the publication date gets a value, no year invented
    (
        "Le traité a été signé le 16 septembre par les deux parties.",
        None,
        [("le 16 septembre", "DATE", "XXXX-09-16")],
    ),
    ("Le ministre a rencontré mercredi son homologue russe.", None, [("mercredi", "DATE", None)]),
    ("Hier, le gouvernement a annoncé de nouvelles sanctions.", None, [("Hier", "DATE", None)]),
    (
        "Le sommet s'est tenu le 4 février 2021 à Bruxelles.",
        None,
        [("le 4 février 2021", "DATE", "2021-02-04")],
    ),
    ("Les élections législatives auront lieu en juin.", None, [("juin", "DATE", "XXXX-06")]),
    ("L'an dernier, les exportations ont reculé de 3 %.", None, [("L'an dernier", "DATE", None)]),
    (
        "La semaine dernière, Pékin a rappelé son ambassadeur.",
        None,
        [("La semaine dernière", "DATE", None)],
    ),
    (
        "Arrivé le 12 mai dans la soirée, il a été reçu dans la matinée par le président.",
        None,
        [
            ("le 12 mai", "DATE", "XXXX-05-12"),
            ("la soirée", "TIME", "XXXX-05-12TEV"),
            ("la matinée", "TIME", None),
        ],
    ),
    (
        "Le cessez-le-feu a été rompu il y a trois jours.",
        None,
        [("il y a trois jours", "DATE", None)],
    ),
    (
        "Dernière mise à jour à 08h50 le 19/11",
        None,
        [("08h50", "TIME", "XXXX-11-19T08:50"), ("le 19/11", "DATE", "XXXX-11-19")],
    ),
    ("Le conflit dure depuis dix ans.", None, [("dix ans", "DURATION", "P10Y")]),
]


@pytest.mark.parametrize(("sentence", "anchor", "expected"), CASES)
def test_sentence(
    sentence: str, anchor: dt.date | None, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(t.text, t.type, t.value) for t in find_timexes(sentence, anchor)]
    assert found == expected


def test_offsets_and_record_fields() -> None:
    text = "Le ministre a rencontré mercredi son homologue."
    (timex,) = find_timexes(text, THU, doc="d1")
    assert isinstance(timex, Timex)
    assert (timex.doc, text[timex.start : timex.end]) == ("d1", "mercredi")


def test_no_year_is_invented_without_an_anchor() -> None:
    for sentence, _anchor, _expected in CASES:
        for timex in find_timexes(sentence, None):
            for year in re.findall(r"\d{4}", timex.value or ""):
                assert year in sentence, (sentence, timex)


def test_reference_day_of_a_clock_time_in_another_sentence() -> None:
    text = "Les tirs ont commencé dimanche après-midi. A 20 h, les secours sont arrivés."
    found = [(t.text, t.value) for t in find_timexes(text, D(2021, 2, 9))]
    assert found == [("dimanche après-midi", "2021-02-07TAF"), ("20 h", "2021-02-07T20:00")]


def test_anaphoric_day_without_a_reference_has_no_value() -> None:
    (timex,) = find_timexes("Il a été libéré le lendemain.", THU)
    assert (timex.text, timex.value) == ("le lendemain", None)


def test_the_day_after_counts_from_a_day_told_not_one_that_names_a_thing() -> None:
    text = (
        "Il est arrivé mardi, deux semaines après le séisme du 20 janvier. Le lendemain, il a vu X."
    )
    found = [(t.text, t.value) for t in find_timexes(text, THU)]
    assert found[-1] == ("Le lendemain", "2021-02-03")
    alone = find_timexes(
        "Deux semaines après le séisme du 20 janvier. Le lendemain, il a vu X.", THU
    )
    assert alone[-1].value == "2021-01-21"  # no day told as such: the one named is all there is


def test_the_day_told_before_is_that_day_and_unknown_without_one() -> None:
    told = find_timexes("Il est arrivé mardi. Ce jour-là, il a vu le ministre.", THU)
    assert [(t.text, t.value) for t in told] == [
        ("mardi", "2021-02-02"),
        ("Ce jour-là", "2021-02-02"),
    ]
    (alone,) = find_timexes("Ce jour-là, il a vu le ministre.", THU)
    assert alone.value is None  # not the publication date


def test_long_text_is_tagged_in_order() -> None:
    text = " ".join(sentence for sentence, _anchor, _expected in CASES[:20])
    starts = [t.start for t in find_timexes(text, THU)]
    assert starts == sorted(starts)


def test_only_a_calendar_day_takes_the_year_before() -> None:
    """EVENTS.md's year-before rule is for a day and month written without a year; a weekday the
    time stage read by its tense keeps the day it got ("doit être examiné mercredi")."""
    published = dt.date(2020, 3, 10)
    assert on_or_before("2020-03-30", "le 30 mars", published) == "2019-03-30"
    assert on_or_before("2020-03-11", "mercredi", published) == "2020-03-11"
    assert on_or_before("2021-03-30", "le 30 mars 2021", published) == "2021-03-30"


def test_a_deadline_or_a_starting_point_dates_no_event() -> None:
    published = dt.date(2024, 1, 15)
    deadline = "Il a demandé à l'Inde de retirer ses militaires d'ici au 15 mars."
    since = "Il s'agit de sa première visite en France depuis son investiture, le 2 avril."
    assert date_in(deadline, published) == (None, None)
    assert date_in(since, published) == (None, None)
    assert date_in("Il a rencontré le 10 janvier son homologue.", published)[0] == "2024-01-10"


def test_a_partial_date_covers_its_month_or_year() -> None:
    assert period_end("2016") == D(2016, 12, 31)
    assert period_end("2024-02") == D(2024, 2, 29)
    assert period_end("2018-12") == D(2018, 12, 31)
    assert period_start("2018-12") == D(2018, 12, 1)
    assert period_end("2023-03-06") == period_start("2023-03-06") == D(2023, 3, 6)
    with pytest.raises(ValueError):
        period_end("2020-01-02-03")


def test_a_day_counted_from_a_thing_named_dates_nothing() -> None:
    published = dt.date(2023, 7, 11)
    named = "Lundi, une réunion s'est tenue à Vilnius, à la veille du sommet de l'OTAN."
    assert date_in(named, published, near=named.index("réunion")) == ("2023-07-10", "Lundi")
    assert date_in("La veille du sommet, ils se sont réunis.", published) == (None, None)
    told = "Il est arrivé lundi à Vilnius. La veille, il avait vu le roi."
    assert date_in(told, published, near=told.index("vu")) == ("2023-07-09", "La veille")


def test_a_weekday_of_what_is_yet_to_come_is_the_next_one() -> None:
    published = dt.date(2024, 11, 15)  # a Friday
    assert ahead_of("2024-11-11", "lundi", published) == "2024-11-18"
    assert ahead_of("2024-11-20", "le 20 novembre", published) == "2024-11-20"
    assert ahead_of("2024-11-11", "le 11 novembre", published) is None  # another thing's day
    assert ahead_of("2024-11-18", "lundi", published) == "2024-11-18"


def test_a_year_or_month_told_as_a_time_but_not_as_a_name() -> None:
    published = dt.date(2022, 2, 6)
    assert period_in("Il avait effectué une visite en décembre 2018.", published) == "2018-12"
    assert period_in("Les entretiens ont porté sur l'accord de 2015.", published) is None
    assert period_in("Il s'était rendu en Turquie fin novembre.", published) == "2021-11"


def test_today_before_a_role_is_now_not_a_day() -> None:
    (timex,) = find_timexes("Wang Yi, aujourd'hui chef du bureau, avait visité l'Érythrée.", THU)
    assert (timex.text, timex.value) == ("aujourd'hui", "PRESENT_REF")
