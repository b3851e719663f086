"""The base of every stored model."""

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """Unknown fields are an error, so a typo in an imported file is named, not ignored."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)
