"""Nothing left out of translation (issue 20), read from the source: no text with letters is
handed to a Qt text setter or widget as a bare literal or f-string. The pseudo-locale walks find
what is on screen in the tested states; this finds it in every state, including error paths."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from optilearn_desktop.api import errors

PACKAGE = Path(__file__).resolve().parents[2] / "optilearn_desktop"
SHOWN_BY = {
    # setters of shown text
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setStatusTip",
    "setWhatsThis",
    "setTitle",
    "setItemText",
    "addItem",
    "setTabText",
    "addTab",
    "showMessage",
    "setLabelText",
    "setIconText",
    "setHeaderLabels",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setNameFilter",
    # our own helpers and widgets that show their text argument
    "plain_label",
    "show_message",
    "set_action",
    "set_caption",
    "show_status",
    "set_notice",
    "_say",
    "_tell_keyring",
    "keyring_trouble",
    "sign_out",
    # signals whose text reaches the screen (`x.emit(...)` is read under the signal's name)
    "status_changed",
    "children_failed",
    "offline_since",
    "reported",
    "sign_out_requested",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
}
LETTERS = re.compile(r"[A-Za-z]{2,}")
MARKUP = re.compile(r"<[^>]*>")  # tags and their attributes are not words


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "emit":
        signal = func.value
        return signal.attr if isinstance(signal, ast.Attribute) else ""
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _bare(node: ast.AST) -> str | None:
    """The literal words of `node` when it is a plain string or an f-string."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if LETTERS.search(MARKUP.sub("", node.value)) else None
    if isinstance(node, ast.JoinedStr):
        words = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        return words if LETTERS.search(MARKUP.sub("", words)) else None
    return None


def bare_texts(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _name(node) in SHOWN_BY:
            for arg in [*node.args, *(k.value for k in node.keywords if k.arg == "text")]:
                words = _bare(arg)
                if words is not None:
                    found.append((node.lineno, words))
    return found


def test_the_scan_sees_a_bare_text():
    assert bare_texts('label.setText("Sign in")') == [(1, "Sign in")]
    assert bare_texts('button.setToolTip(f"Open {name}")') == [(1, "Open ")]
    assert bare_texts('label.setText(self.tr("Sign in"))') == []
    assert bare_texts('self.status_changed.emit(f"Saved {n}")') == [(1, "Saved ")]
    assert bare_texts('edit.setDisplayFormat("HH:mm")') == []
    assert bare_texts("QLabel(f'<a href=\"#x\">{words}</a>')") == []


def test_no_text_reaches_the_screen_untranslated():
    bare = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for line, words in bare_texts(path.read_text(encoding="utf-8")):
            bare.append(f"{path.relative_to(PACKAGE)}:{line}: {words!r}")
    assert not bare, "\n".join(bare)


API_ERRORS = {
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, errors.ApiError)
}


def _bare_error_messages(source: str) -> list[tuple[int, str]]:
    """Errors raised with a literal message that is not marked with QT_TRANSLATE_NOOP."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _name(node) in API_ERRORS and node.args:
            words = _bare(node.args[0])
            if words is not None:
                found.append((node.lineno, words))
    return found


def test_every_message_the_api_layer_raises_is_translatable():
    """The API's errors reach the parent through core.wording.message_of, which translates
    only the messages marked as ours; a bare one would stay English in Hindi."""
    assert _bare_error_messages('raise ProtocolError("Bad answer.")') == [(1, "Bad answer.")]
    bare = []
    for path in sorted((PACKAGE / "api").rglob("*.py")):
        for line, words in _bare_error_messages(path.read_text(encoding="utf-8")):
            bare.append(f"api/{path.name}:{line}: {words!r}")
    assert not bare, "\n".join(bare)
