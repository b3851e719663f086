"""Finding every user-facing Phrase a module defines, to check both languages are there."""

from collections.abc import Iterable, Iterator
from dataclasses import fields, is_dataclass
from types import ModuleType

from workshop.phrase import Phrase


def _walk(obj: object, path: str) -> Iterator[tuple[str, Phrase]]:
    """Every Phrase inside `obj`, with the path that reaches it."""
    if isinstance(obj, Phrase):
        yield path, obj
    elif is_dataclass(obj) and not isinstance(obj, type):
        for field in fields(obj):
            yield from _walk(getattr(obj, field.name), f"{path}.{field.name}")
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield from _walk(value, f"{path}[{key}]")
    elif isinstance(obj, list | tuple):
        for index, value in enumerate(obj):
            yield from _walk(value, f"{path}[{index}]")


def phrases_in(modules: Iterable[ModuleType]) -> list[tuple[str, Phrase]]:
    """Every Phrase under the upper-case names of `modules` and of the classes they define."""
    found: list[tuple[str, Phrase]] = []
    for module in modules:
        short = module.__name__.split(".", 1)[-1]  # inside its layer: "home.screen"
        for name, value in vars(module).items():
            if name.isupper():
                found.extend(_walk(value, f"{short}.{name}"))
            elif isinstance(value, type) and value.__module__ == module.__name__:
                for attribute, inner in vars(value).items():
                    if attribute.isupper():
                        found.extend(_walk(inner, f"{short}.{name}.{attribute}"))
    return found
