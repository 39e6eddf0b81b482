"""Gazetteer: canonical names, find() mentions and user actors files (own sentences)."""

from __future__ import annotations

import time

import pytest

from tracker.extract import ActorInfo, RuleError
from tracker.extract.gazetteer import ACTOR_TYPES, Gazetteer, Mention, default_gazetteer, load_actors_file


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return default_gazetteer()


def spans(gz: Gazetteer, text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start:m.end], m.actor.name, m.form) for m in gz.find(text)]


@pytest.mark.parametrize(
    "name, canonical",
    [
        ("France", "France"), ("paris", "France"), ("the French government", "France"),
        ("French officials", "France"), ("the U.S. administration", "United States"),
        ("Japanese authorities", "Japan"), ("Germany's government", "Germany"),
        ("the government of France", "France"), ("Britain's", "United Kingdom"),
        ("U.K.", "United Kingdom"), ("Great Britain", "United Kingdom"),
        ("USA", "United States"), ("America", "United States"), ("Washington", "United States"),
        ("the White House", "United States"), ("the Kremlin", "Russia"), ("Moscow", "Russia"),
        ("Kiev", "Ukraine"), ("Kyiv", "Ukraine"), ("Beijing", "China"), ("Tokyo", "Japan"),
        ("London", "United Kingdom"), ("Downing Street", "United Kingdom"), ("Number 10", "United Kingdom"),
        ("Elysee", "France"), ("Élysée", "France"), ("Holland", "Netherlands"), ("Ivory Coast", "Ivory Coast"),
        ("Côte d'Ivoire", "Ivory Coast"), ("Brussels", "European Union"), ("the EU", "European Union"),
        ("Nato", "NATO"), ("the IMF", "International Monetary Fund"), ("the Fed", "Federal Reserve"),
        ("Tories", "Conservative Party"), ("Lib Dems", "Liberal Democrats"), ("GOP", "Republican Party"),
        ("Democrats", "Democratic Party"), ("Labour", "Labour Party"), ("Ukrainian", "Ukraine"),
        ("British", "United Kingdom"), ("American", "United States"), ("Georgia", "Georgia"),
    ],
)
def test_lookup_canonical(gz: Gazetteer, name: str, canonical: str) -> None:
    actor = gz.lookup(name)
    assert actor is not None, name
    assert actor.name == canonical


def test_lookup_types_and_parents(gz: Gazetteer) -> None:
    assert gz.lookup("United Kingdom").type == "country"
    labour = gz.lookup("Labour")
    assert (labour.type, labour.parent) == ("party", "United Kingdom")
    assert gz.lookup("European Commission").parent == "European Union"
    assert gz.lookup("Federal Reserve").parent == "United States"
    assert "Paris" in gz.lookup("France").aliases
    assert all(a.type in ACTOR_TYPES for a in gz.actors())


@pytest.mark.parametrize("name", ["Treasury", "the Treasury", "Sebastien Lecornu", "", "   ", "x" * 5000, "the", "government"])
def test_lookup_unknown_or_ambiguous(gz: Gazetteer, name: str) -> None:
    assert gz.lookup(name) is None


def test_find_capital_and_government_phrase(gz: Gazetteer) -> None:
    text = "Paris would maintain its current levels of training, the French government said."
    assert spans(gz, text) == [("Paris", "France", "capital"), ("French government", "France", "government")]


def test_find_adjective_for_learning_people(gz: Gazetteer) -> None:
    text = "French minister Sebastien Lecornu said Ukrainian soldiers would train in France."
    assert spans(gz, text) == [
        ("French", "France", "adjective"),
        ("Ukrainian", "Ukraine", "adjective"),
        ("France", "France", "name"),
    ]


def test_find_possessive_party_and_offsets(gz: Gazetteer) -> None:
    text = "Britain's Labour party will not raise income tax."
    ms = gz.find(text)
    assert [(text[m.start:m.end], m.actor.name) for m in ms] == [("Britain", "United Kingdom"), ("Labour party", "Labour Party")]
    assert isinstance(ms[0], Mention) and ms[0].start == 0 and ms[1].actor.type == "party"
    assert gz.find_spans(text)[0] == (0, 7, gz.lookup("UK"))


def test_find_money_sentence(gz: Gazetteer) -> None:
    text = "Washington pledged $5 billion on Thursday, U.S. officials said, and the Kremlin objected."
    assert spans(gz, text) == [
        ("Washington", "United States", "capital"),
        ("U.S. officials", "United States", "government"),
        ("Kremlin", "Russia", "metonym"),
    ]


def test_find_government_of_and_possessive_government(gz: Gazetteer) -> None:
    text = "The government of France and Germany's government agreed with Japanese authorities."
    assert [f for _, _, f in spans(gz, text)] == ["government"] * 3
    assert spans(gz, text)[0][0] == "government of France"


def test_find_ignores_lookalikes(gz: Gazetteer) -> None:
    text = ("New Mexico and New Jersey sent aid to Latin America; George Washington University "
            "hosted Karen Washington; pro-Russian groups and us all. The French Open.")
    assert spans(gz, text) == []


def test_find_longest_match(gz: Gazetteer) -> None:
    text = "Papua New Guinea, Guinea-Bissau, the UN Security Council, North Korea and the Russia-Ukraine war."
    assert [n for _, n, _ in spans(gz, text)] == [
        "Papua New Guinea", "Guinea-Bissau", "UN Security Council", "North Korea", "Russia", "Ukraine",
    ]


def test_find_case_sensitive_and_dotted_acronyms(gz: Gazetteer) -> None:
    assert spans(gz, "let us see") == []
    assert [n for _, n, _ in spans(gz, "The U.N. and the UN, the E.U. and the EU.")] == [
        "United Nations", "United Nations", "European Union", "European Union",
    ]


def test_find_empty_and_odd_input(gz: Gazetteer) -> None:
    assert gz.find("") == []
    assert gz.find("ünïcödé \x00 ☃ " * 100) == []


def test_build_is_fast() -> None:
    t0 = time.perf_counter()
    Gazetteer.default().compile()
    assert time.perf_counter() - t0 < 1.0  # measured ~40-80 ms; generous for slow CI


def test_default_gazetteer_is_cached() -> None:
    assert default_gazetteer() is default_gazetteer()


# ------------------------------------------------------------------ actors files

GOOD = '''
[[actor]]
name = "Acme Corp"
type = "company"
aliases = ["Acme", "Acme Corporation"]
parent = ""

[[actor]]
name = "Jane Roe"
type = "person"
parent = "Acme Corp"
'''


def write(tmp_path, text: str):
    p = tmp_path / "actors.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_load_actors_file_and_merge(tmp_path, gz: Gazetteer) -> None:
    actors = load_actors_file(write(tmp_path, GOOD))
    assert actors == [
        ActorInfo("Acme Corp", "company", ("Acme", "Acme Corporation"), None),
        ActorInfo("Jane Roe", "person", (), "Acme Corp"),
    ]
    g2 = gz.with_extra(actors)
    assert g2.lookup("acme").name == "Acme Corp"
    assert g2.lookup("France").name == "France"  # built-ins kept
    assert gz.lookup("Acme") is None  # the original is unchanged
    text = "Acme said Jane Roe will visit Paris."
    assert spans(g2, text) == [("Acme", "Acme Corp", "name"), ("Jane Roe", "Jane Roe", "name"), ("Paris", "France", "capital")]


def test_user_entries_win(gz: Gazetteer) -> None:
    g2 = gz.with_extra([ActorInfo("Paris Agreement Secretariat", "organisation", ("Paris",), None)])
    assert g2.lookup("Paris").name == "Paris Agreement Secretariat"
    assert [m.actor.name for m in g2.find("Paris said it would act.")] == ["Paris Agreement Secretariat"]
    g3 = gz.with_extra([ActorInfo("France", "country", ("Hexagon",), "European Union")])
    assert g3.lookup("Paris").parent == "European Union"  # replaced actor, built-in aliases kept
    assert g3.lookup("the Hexagon").name == "France"


@pytest.mark.parametrize(
    "body, message",
    [
        ('[[actor]]\nname = "Acme"\ntype = "firm"\n', 'actor #1 ("Acme"): unknown type \'firm\' (expected one of: country, organisation'),
        ('[[actor]]\ntype = "company"\n', "actor #1: missing 'name'"),
        ('[[actor]]\nname = ""\ntype = "company"\n', "actor #1: 'name' is empty"),
        ('[[actor]]\nname = 5\ntype = "company"\n', "actor #1: 'name' must be a string"),
        ('[[actor]]\nname = "Acme"\n', 'actor #1 ("Acme"): missing \'type\''),
        ('[[actor]]\nname = "Acme"\ntype = 3\n', "'type' must be a string"),
        ('[[actor]]\nname = "Acme"\ntype = "company"\nslogan = "x"\n', "unknown key(s) 'slogan'"),
        ('[[actor]]\nname = "Acme"\ntype = "company"\nadjectives = ["Acmean"]\n', "unknown key(s) 'adjectives'"),
        ('[[actor]]\nname = "Acme"\ntype = "company"\naliases = "Acme Inc"\n', "'aliases' must be a list of strings"),
        ('[[actor]]\nname = "Acme"\ntype = "company"\naliases = [1]\n', "'aliases' must be a list of strings"),
        ('[[actor]]\nname = "Acme"\ntype = "company"\nparent = ["X"]\n', "'parent' must be a string"),
        ('[[actor]]\nname = "Acme"\ntype = "company"\n[[actor]]\nname = "ACME"\ntype = "company"\n',
         'actor #2 ("ACME"): duplicate name or alias \'ACME\' (already used by'),
        ('[[actor]]\nname = "Acme"\ntype = "company"\n[[actor]]\nname = "Beta"\ntype = "company"\naliases = ["Acme"]\n',
         'actor #2 ("Beta"): duplicate name or alias'),
        ('[[actors]]\nname = "Acme"\n', "unknown top-level key(s) 'actors'"),
        ('actor = "Acme"\n', "'actor' must be an array of tables"),
        ('[[actor]]\nname = "Acme\ntype = "company"\n', "invalid TOML"),
    ],
)
def test_actors_file_errors(tmp_path, body: str, message: str) -> None:
    p = write(tmp_path, body)
    with pytest.raises(RuleError) as exc:
        load_actors_file(p)
    text = str(exc.value)
    assert text.startswith(str(p) + ":")
    assert message in text
    assert "\n" not in text


def test_actors_file_toml_error_names_the_line(tmp_path) -> None:
    p = write(tmp_path, '[[actor]]\nname = "Acme"\ntype = company\n')
    with pytest.raises(RuleError, match=r"line 3"):
        load_actors_file(p)


def test_actors_file_missing(tmp_path) -> None:
    with pytest.raises(RuleError, match="cannot read"):
        load_actors_file(tmp_path / "nope.toml")


@pytest.mark.parametrize("word", ["it", "and", "can", "GM", "IN"])
def test_iso_codes_are_not_names(gz: Gazetteer, word: str) -> None:
    # News writes "GM will pay" and "it will": neither is Gambia nor Italy.
    assert gz.lookup(word) is None


def test_an_ambiguous_name_is_read_by_the_documents_countries() -> None:
    from tracker.extract import Document, Extractor

    ex = Extractor.load()
    assert [r.name for r in ex.gaz.readings("Congress")] == ["Indian National Congress"]
    assert ex.gaz.readings("France") == []
    about_india = Document("d", "Congress will scrap the fuel levy, the party said.", title="Kerala goes to the polls",
                           source="The Hindu, Chennai, India")
    about_us = Document("d", "Congress will pass the dairy bill this week, the Speaker said.", source="Reuters")
    assert [f.actor for f in ex.extract(about_india)] == ["Indian National Congress"]
    assert [f.actor for f in ex.extract(about_us)] == ["United States Congress"]
