"""The base of every stored model."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from workshop.ids import new_id


class Model(BaseModel):
    """Unknown fields are an error, so a typo in an imported file is named, not ignored."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


ItemId = Annotated[str, Field(default_factory=new_id, min_length=1, max_length=64)]
"""A stable identifier of an item within its session."""
