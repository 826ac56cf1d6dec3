"""Shared pydantic configuration and tolerant field types for OptiLearn payloads.

The server may add fields or enum values at any time; parsing ignores the former and turns the
latter into a readable string instead of failing the payload.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from functools import partial
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, PlainSerializer, PlainValidator
from pydantic.alias_generators import to_camel

from .vocabulary import WireEnum, humanize, label_of, tolerant_value

__all__ = ["UtcDateTime", "WireEnum", "WireModel", "humanize", "label_of", "tolerant"]


class WireModel(BaseModel):
    """camelCase on the wire, snake_case in Python, unknown fields ignored, immutable."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="ignore",
        frozen=True,
    )

    def to_wire(self) -> dict[str, Any]:
        """JSON-ready dict with the wire (camelCase) names."""
        return self.model_dump(mode="json", by_alias=True)


def tolerant(enum_cls: type[WireEnum]) -> Any:
    """Field type: a member of `enum_cls`, or the raw upper-cased string when it is new to us."""
    return Annotated[
        enum_cls | str,
        PlainValidator(partial(tolerant_value, enum_cls)),
        PlainSerializer(lambda v: str(v.value if isinstance(v, StrEnum) else v), return_type=str),
    ]


def _as_utc(value: datetime) -> datetime:
    # Examples in the docs are UTC with 'Z'; a naive timestamp is read as UTC rather than local.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


UtcDateTime = Annotated[datetime, AfterValidator(_as_utc)]
