"""Formatting never raises: every number a server can send becomes text or a dash."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from optilearn_desktop.core import formatting

SERVER_NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([2**63, 2**64 - 1, 10**400, 1e20, -1e308]),
)


@given(value=SERVER_NUMBERS, decimals=st.integers(min_value=0, max_value=3))
def test_no_number_makes_formatting_raise(qapp, value, decimals):
    for text in (
        formatting.number(value, decimals),
        formatting.percent(value),
        formatting.score(value),
    ):
        assert isinstance(text, str) and text


@pytest.mark.parametrize("value", [1e20, 2**63, 2**64 - 1, float("nan"), float("inf"), 10**400])
def test_a_value_the_app_cannot_show_is_a_dash(qapp, value):
    assert formatting.number(value) == formatting.percent(value) == formatting.score(value)
    assert formatting.number(value) == formatting.UNSHOWN


def test_ordinary_values_read_as_before(qapp):
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert formatting.number(1234) == "1,234"
        assert formatting.score(42) == "42" and formatting.score(42.5) == "42.5"
        assert formatting.percent(83.3) == "83.3 %" and formatting.percent(None) == "—"
    finally:
        QLocale.setDefault(previous)
