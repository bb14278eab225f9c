"""The core's own messages (``accreditation.i18n``) come in the reader's language, read from the Qt
Linguist sources in ``assets/translations/`` without Qt."""

from __future__ import annotations

import pytest

from accreditation import i18n


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.set_language("en")


def test_language_codes_are_reduced_to_the_desks_languages() -> None:
    assert i18n.set_language("fa_IR") == "fa"
    assert i18n.set_language("ru-RU") == "ru"
    assert i18n.set_language("de") == "en"
    assert i18n.current_language() == "en"


def test_environment_picks_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ACCREDITATION_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert i18n.language_from_environment() == "en"
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert i18n.language_from_environment() == "ru"
    monkeypatch.setenv("ACCREDITATION_LANG", "fa")
    assert i18n.language_from_environment() == "fa"
    monkeypatch.setenv("ACCREDITATION_LANG", "C.UTF-8")
    monkeypatch.setenv("LANG", "C")
    assert i18n.language_from_environment() == "en"


def test_a_finished_translation_is_used_and_an_unfinished_one_is_not(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "core_ru.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context><name>Test</name>
  <message><source>There is no person with id {id}.</source>
    <translation>Нет человека с номером {id}.</translation></message>
  <message><source>Not yet</source><translation type="unfinished">Пока нет</translation></message>
  <message><source>Two meanings</source><comment>verb</comment><translation>Глагол</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "assets_dir", lambda: tmp_path)
    i18n._catalogue.cache_clear()
    try:
        i18n.set_language("ru")
        assert (
            i18n.translate("Test", "There is no person with id {id}.").format(id=7)
            == "Нет человека с номером 7."
        )
        assert i18n.translate("Test", "Not yet") == "Not yet"
        assert i18n.translate("Test", "Two meanings", "verb") == "Глагол"
        assert i18n.translate("Test", "Two meanings") == "Two meanings"
        i18n.set_language("en")
        assert (
            i18n.translate("Test", "There is no person with id {id}.") == "There is no person with id {id}."
        )
    finally:
        i18n._catalogue.cache_clear()
