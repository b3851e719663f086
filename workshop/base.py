"""The base of every stored model."""

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """Unknown fields are an error, so a typo in an imported file is named, not ignored."""

    # Schemas are built on first use, not at import: the CLI and the home screen start faster.
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)
