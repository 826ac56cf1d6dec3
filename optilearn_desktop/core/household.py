"""The household: every linked child's overview kept loaded, and what needs attention across
them (core/attention.py), for the household page.

The presenter loads the child on screen; this loads the others, one after another, whenever
the children are (re)loaded (sign-in, F5), then reads the grade history each child has on this
computer. It says `changed` whenever any child's data changed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..api.errors import ApiError, AuthExpiredError, OfflineError, ServerError
from .attention import Household, household
from .errors import ChildGoneError

if TYPE_CHECKING:
    from .overview_presenter import OverviewPresenter
    from .parent_data import ChildState

log = logging.getLogger(__name__)
TASK = "household"


class HouseholdService(QObject):
    changed = Signal()

    def __init__(self, presenter: OverviewPresenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        presenter.children_changed.connect(lambda _children, _selected: self.load_others())
        presenter.overview_ready.connect(lambda _child_id: self.changed.emit())
        presenter.no_children.connect(self.changed.emit)

    @property
    def loading(self) -> bool:
        return self.presenter.tasks.is_running(TASK)

    def summary(self) -> Household:
        """Every child's card and the ranked items, as of now."""
        presenter = self.presenter
        data = presenter.data
        children = list(data.children) if data is not None else []
        states: dict[str, ChildState | None] = {
            c.contact_id: presenter.state(c.contact_id) for c in children
        }
        return household(children, states, presenter.clock())

    def load_others(self) -> None:
        """Load every child but the one the presenter is loading; then their histories."""
        self.presenter.tasks.start(TASK, self._load(), on_result=lambda _none: self.changed.emit())

    async def _load(self) -> None:
        data = self.presenter.data
        if data is None:
            return
        for child in list(data.children):
            if self.presenter.data is not data:
                return  # signed out meanwhile
            if child.contact_id == self.presenter.current_child:
                continue
            try:
                await data.refresh_overview(child.contact_id)
            except ChildGoneError:
                self.presenter.refresh()  # reloads the children, which starts this again
                return
            except (AuthExpiredError, OfflineError, ServerError):
                break  # the presenter reports these for the child on screen
            except ApiError as exc:  # kept on that child's state; its card says why
                log.info("a child's overview could not be loaded (%s)", exc.code)
            self.changed.emit()
        await data.load_histories()
