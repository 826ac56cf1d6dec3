"""Shared pydantic configuration and tolerant field types for OptiLearn payloads.

The server may add fields or enum values at any time; parsing ignores the former and turns the
latter into a readable string instead of failing the payload.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from functools import partial
from typing import Annotated, Any, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, GetCoreSchemaHandler
from pydantic.alias_generators import to_camel
from pydantic_core import core_schema

from .vocabulary import E, WireEnum, humanize, label_of, tolerant_value

__all__ = ["Tolerant", "UtcDateTime", "WireEnum", "WireModel", "humanize", "label_of"]


class WireModel(BaseModel):
    """camelCase on the wire, snake_case in Python, unknown fields ignored, immutable."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="ignore",
        frozen=True,
        # JSON parsers accept NaN and Infinity; no school figure is either: such a number is
        # refused where it enters (its row is left out, or its section says why).
        allow_inf_nan=False,
    )

    def to_wire(self) -> dict[str, Any]:
        """JSON-ready dict with the wire (camelCase) names."""
        return self.model_dump(mode="json", by_alias=True)


class _TolerantEnum:
    """Pydantic metadata for `E | str`: a member of the enum in the union, or the raw
    upper-cased string when it is new to us; written back as the plain wire string."""

    def __get_pydantic_core_schema__(
        self, source: object, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        enum_cls = next(
            t for t in get_args(source) if isinstance(t, type) and issubclass(t, WireEnum)
        )
        return core_schema.no_info_plain_validator_function(
            partial(tolerant_value, enum_cls),
            serialization=core_schema.plain_serializer_function_ser_schema(
                _wire_text, return_schema=core_schema.str_schema()
            ),
        )


def _wire_text(value: WireEnum | str) -> str:
    return str(value.value if isinstance(value, StrEnum) else value)


# Field type: `Tolerant[Relation]` reads a Relation, or the raw string of a value new to us.
Tolerant = Annotated[E | str, _TolerantEnum()]


def _as_utc(value: datetime) -> datetime:
    # Examples in the docs are UTC with 'Z'; a naive timestamp is read as UTC rather than local.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


UtcDateTime = Annotated[datetime, AfterValidator(_as_utc)]
