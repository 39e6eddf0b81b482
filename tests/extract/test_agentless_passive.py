"""reading.agentless_passive: an agentless passive binds a body or a person the text names
in full, seen acting nearby, as a reader would; otherwise it is refused with an id
(sentences written for these tests)."""

from __future__ import annotations

from tracker.extract import Document, Extractor
from tracker.extract.explain import explain


def passive(ex: Extractor, text: str, words: str) -> tuple[str | None, str | None]:
    """(refusal id, actor) of the cue in the sentence holding `words`."""
    for s in explain(ex, Document(doc_id="t", text=text)):
        if words in s.sentence:
            for c in s.cues:
                if c.reading == "reading.agentless_passive" or c.refusal and "passive" in c.refusal:
                    return c.refusal, (c.actor.actor if c.actor and c.decision == "found" else None)
    raise AssertionError(f"no passive cue in the sentence with {words!r}")


def test_a_firm_seen_acting_just_before_is_bound(ex: Extractor) -> None:
    text = ("Norvik Motors said on Monday it would expand production in Ohio.\n\n"
            "The new plant will be built next to the existing one.")
    assert passive(ex, text, "new plant") == (None, "Norvik Motors")


def test_a_minister_named_in_full_is_bound(ex: Extractor) -> None:
    text = ("Foreign Secretary Helen Marsh announced on Tuesday that six embassies would close.\n\n"
            "Honorary consuls will be appointed in some of the towns affected.")
    assert passive(ex, text, "Honorary consuls") == (None, "Helen Marsh")


def test_an_actor_not_seen_acting_nearby_is_refused(ex: Extractor) -> None:
    text = ("Brekke Shipping said it had sold two tankers.\n\n"
            "The harbour was busy all week, with ferries running late.\n\n"
            "Tourists crowded the quays and the cafes did well.\n\n"
            "Local traders reported their best summer in a decade.\n\n"
            "Fishing boats stayed in port because of the storms, and the market was quiet. "
            "Prices of cod rose sharply at the auction on Friday morning.\n\n"
            "Walkers came in their thousands to the cliffs, and the campsites above the bay were "
            "full from June until the first week of September, as in the best years.\n\n"
            "A new lighthouse will be built in the spring.")
    refusal, actor = passive(ex, text, "lighthouse")
    assert refusal == "refusal.passive-actor-not-recent" and actor is None


def test_the_one_seen_acting_nearby_is_bound_when_the_story_moved_on(ex: Extractor) -> None:
    text = ("The Westland Council agreed its budget in March.\n\n"
            "The harbour was busy all week, with ferries running late.\n\n"
            "Tourists crowded the quays and the cafes did well, traders reported.\n\n"
            "Fishing boats stayed in port because of the storms, and the market was quiet. "
            "Prices of cod rose sharply at the auction on Friday morning.\n\n"
            "Transport Minister Olga Brandt has decided to rebuild the pier. "
            "A new ferry terminal will also be built.")
    assert passive(ex, text, "ferry terminal") == (None, "Olga Brandt")


def test_a_quote_without_a_named_speaker_binds_no_one(ex: Extractor) -> None:
    text = ("Calder Holdings confirmed it was in talks with a buyer.\n\n"
            "\"We can confirm that talks are taking place. A further statement will be made in due course.\"")
    refusal, actor = passive(ex, text, "further statement")
    assert refusal == "refusal.passive-quote-no-body" and actor is None


def test_a_thing_of_another_named_party_is_not_bound(ex: Extractor) -> None:
    text = ("Ostrava Steel said it would buy a stake in a rival.\n\n"
            "Kesko's remaining plant will be sold to the highest bidder.")
    refusal, actor = passive(ex, text, "remaining plant")
    assert refusal == "refusal.passive-others-thing" and actor is None


def test_a_lone_suffix_word_is_no_body(ex: Extractor) -> None:
    text = ("The Ministry of Transport and Communications said tenders would open soon.\n\n"
            "Communications said the rules were ready.\n\n"
            "Details of the tender will be published on the website in March.")
    refusal, actor = passive(ex, text, "Details of the tender")
    assert actor != "Communications"


def test_a_firm_that_has_struck_a_deal_is_seen_acting(ex: Extractor) -> None:
    text = ("Velden Motors has struck a deal to supply vans to a French rival.\n\n"
            "The vans will be built in Sweden from next year.")
    assert passive(ex, text, "The vans") == (None, "Velden Motors")


def test_a_package_announced_by_a_minister_binds_the_minister(ex: Extractor) -> None:
    text = ("The Marnian Wine Board said on Monday that sales had fallen sharply.\n\n"
            "Growers said prices were at their lowest for years, and many vineyards were for sale. "
            "Exports fell for the fourth year running, and cellars were full of unsold wine.\n\n"
            "Retailers reported a slow season, with shoppers turning to cheaper imports from abroad. "
            "Restaurants cut their wine lists and bars served more beer than in any year before.\n\n"
            "In the hills, whole villages emptied as young people left for the cities to find work, "
            "and the old harvest festivals were held for the last time in living memory.\n\n"
            "The package was announced by farm minister Paolo Renzetti after talks with growers. "
            "A further 10m euros will be made available to cooperatives.")
    assert passive(ex, text, "further 10m") == (None, "Paolo Renzetti")


def test_a_person_seen_acting_before_a_sentence_with_its_own_subject_is_refused(ex: Extractor) -> None:
    # refusal.passive-nearby-moved-on: a sentence about something else stands between
    text = ("The festival is run by the Harwell Arts Trust, a charity.\n\n"
            "Mayor Maria Olsen said the crowds had been the largest in years. "
            "The new stage drew praise from visiting bands. "
            "The prize-giving dinner will be held in the town hall on 3 March.")
    refusal, actor = passive(ex, text, "prize-giving dinner")
    assert refusal == "refusal.passive-nearby-moved-on" and actor is None


def test_the_story_goes_on_with_a_he_said_or_the_plan_itself(ex: Extractor) -> None:
    text = ("The festival is run by the Harwell Arts Trust, a charity.\n\n"
            "Culture Minister Pavel Novak announced a review of arts funding. "
            "He said the grants had not kept pace with costs. "
            "The new scheme will double the touring budget. "
            "Regional theatres will be given three-year grants.")
    assert passive(ex, text, "Regional theatres") == (None, "Pavel Novak")
