"""The loaded files as they read in one language (loading/languages.py)."""

from __future__ import annotations

from planwijzer.loading.languages import in_language, plan_languages
from planwijzer.loading.plan_folder import load_plan_sources
from planwijzer.shared.languages import Foreign
from planwijzer.shared.problems import Report

BILINGUAL_PLAN = """\
    titel: {nl: Testplan, fr: Plan de test}
    organisatie: Testorganisatie
    periode: {van: 2024, tot: 2026}
    talen: [nl, fr]
    """


def _sources(plan_folder, overrides):
    folder = plan_folder(overrides)
    report = Report()
    return load_plan_sources(folder.root, report), report


def test_a_plan_without_languages_passes_through_untouched(plan_folder):
    sources, _ = _sources(plan_folder, {})
    view = in_language(sources)
    assert plan_languages(sources) == ("nl",)
    assert view.sources is sources and view.missing == []


def test_each_language_reads_its_own_text_and_ids_stay(plan_folder):
    sources, _ = _sources(
        plan_folder,
        {
            "data/plan.yaml": BILINGUAL_PLAN,
            "data/acties.yaml": """\
                acties:
                  - id: actie-een
                    titel: {nl: Actie een, fr: Action un}
                    partners: [partner-x]
                    bijdragen: {zeker: [doel-a]}
                """,
        },
    )
    dutch, french = in_language(sources, "nl"), in_language(sources, "fr")
    action_nl = dutch.sources.actions[0].data["acties"][0]
    action_fr = french.sources.actions[0].data["acties"][0]
    assert (action_nl["titel"], action_fr["titel"]) == ("Actie een", "Action un")
    assert action_fr["id"] == "actie-een" and action_fr["bijdragen"] == {"zeker": ["doel-a"]}
    assert dutch.sources.plan.data["titel"] == "Testplan"
    # the original data is not changed: another language reads it again
    assert sources.actions[0].data["acties"][0]["titel"] == {"nl": "Actie een", "fr": "Action un"}


def test_a_missing_translation_shows_the_main_language_marked_and_counted(plan_folder):
    sources, _ = _sources(
        plan_folder,
        {
            "data/plan.yaml": BILINGUAL_PLAN,
            "data/doelstellingen.yaml": """\
                doelstellingen:
                  - id: doel-a
                    titel: Doel A
                  - id: doel-b
                    titel: {nl: Doel B}
                """,
        },
    )
    french = in_language(sources, "fr")
    goals = french.sources.goals.data["doelstellingen"]
    for goal in goals:
        assert isinstance(goal["titel"], Foreign) and goal["titel"].lang == "nl"
    # marked for a screen reader (lang) and for the eye (issue 33: a short visible note)
    assert goals[0]["titel"].__html__() == (
        '<span lang="nl">Doel A</span> <small class="pw-foreign-mark">(in het Nederlands)</small>'
    )
    missing = {(item.doc.file, item.path) for item in french.missing}
    # the two goals, the two actions' titles; a partner's name is a name (not counted)
    assert ("data/doelstellingen.yaml", ("doelstellingen", 1, "titel")) in missing
    assert ("data/acties.yaml", ("acties", 0, "titel")) in missing
    assert not any(path[-1] == "naam" for _file, path in missing)
    assert len(missing) == 4
    assert in_language(sources, "nl").missing == []


def _errors(plan_folder, overrides):
    sources, report = _sources(plan_folder, overrides)
    in_language(sources, None, report)
    return [(p.file, p.line, p.message, p.hint) for p in report.errors]


def _goal_errors(plan_folder, first: str, second: str):
    """The errors of a bilingual plan whose two goals have these titles."""
    goals = f"""\
        doelstellingen:
          - id: doel-a
            titel: {first}
          - id: doel-b
            titel: {second}
        """
    return _errors(
        plan_folder, {"data/plan.yaml": BILINGUAL_PLAN, "data/doelstellingen.yaml": goals}
    )


def test_a_language_the_plan_does_not_list_is_an_error_with_did_you_mean(plan_folder):
    errors = _goal_errors(plan_folder, "{nl: Doel A, fa: But A}", "{nl: Doel B, en: Goal B}")
    assert len(errors) == 2
    (file, line, message, hint), second = errors
    assert (file, line) == ("data/doelstellingen.yaml", 3)
    assert "'fa' is geen taal van dit plan" in message and "Bedoelde je 'fr'?" in hint
    assert second[1] == 5 and "'en' is geen taal van dit plan" in second[2]


def test_a_translated_id_or_date_is_an_error_at_its_line(plan_folder):
    errors = _errors(
        plan_folder,
        {
            "data/plan.yaml": BILINGUAL_PLAN,
            "data/acties.yaml": """\
                acties:
                  - id: {nl: actie-een, fr: action-un}
                    titel: Actie een
                    periode: {van: {nl: 2024, fr: 2025}}
                    bijdragen: {zeker: [doel-a]}
                """,
        },
    )
    assert [(line, message.split(" wordt")[0]) for _f, line, message, _h in errors] == [
        (2, "'id'"),
        (4, "'van'"),
    ]


def test_the_main_language_may_not_be_missing(plan_folder):
    errors = _goal_errors(plan_folder, "{fr: But A}", "Doel B")
    assert len(errors) == 1 and errors[0][1] == 3
    assert "hoofdtaal ontbreekt" in errors[0][2] and "nl: ..." in errors[0][3]


def test_a_value_without_words_is_the_same_in_every_language(plan_folder):
    """'%' (or '2026', '€') has nothing to translate: never counted, never marked."""
    sources, _ = _sources(
        plan_folder,
        {
            "data/plan.yaml": BILINGUAL_PLAN,
            "data/indicatoren.yaml": """\
                indicatoren:
                  - id: bereik
                    titel: {nl: Bereik, fr: Portée}
                    eenheid: "%"
                    richting: hoger
                    bij: [actie-een]
                    basis: {datum: 2023, waarde: 0}
                  - id: budget
                    titel: {nl: Budget, fr: Budget}
                    eenheid: {nl: "€"}
                    richting: hoger
                    bij: [actie-een]
                    basis: {datum: 2023, waarde: 0}
                """,
            "data/acties.yaml": """\
                acties:
                  - id: actie-een
                    titel: {nl: Actie een, fr: Action un}
                    partners: [partner-x]
                    bijdragen: {zeker: [doel-a]}
                """,
        },
    )
    french = in_language(sources, "fr")
    units = [i["eenheid"] for i in french.sources.indicators.data["indicatoren"]]
    assert units == ["%", "€"] and not any(isinstance(unit, Foreign) for unit in units)
    counted = {item.doc.file for item in french.missing}
    assert counted and "data/indicatoren.yaml" not in counted  # the goals' titles are


def test_the_main_language_visits_no_scalar(plan_folder, monkeypatch):
    """In the main language a text, id or number reads as written: the walk (a tenth of
    a check at 10.000 actions) only looks into mappings and lists, where a choice can be."""
    from planwijzer.loading import languages

    sources, _ = _sources(plan_folder, {})
    visited: list = []
    value = languages._Projector.value

    def counting(self, item, kind, path):  # type: ignore[no-untyped-def]
        visited.append(item)
        return value(self, item, kind, path)

    monkeypatch.setattr(languages._Projector, "value", counting)
    view = in_language(sources)
    assert view.sources is sources
    assert visited and all(isinstance(item, (dict, list)) for item in visited)
