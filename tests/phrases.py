"""Finding every user-facing Phrase a module defines, to check both languages are there."""

import ast
import importlib
import pkgutil
from collections.abc import Iterable, Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path
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


LAYERS = ("workshop", "storage", "screens")
"""The packages whose modules define user-facing texts, lowest layer first."""


def layer_modules() -> list[ModuleType]:
    """Every module of the three layers, imported, lowest layer first."""
    modules: list[ModuleType] = []
    for layer in LAYERS:
        package = importlib.import_module(layer)
        modules.append(package)
        for info in pkgutil.walk_packages(package.__path__, f"{layer}."):
            modules.append(importlib.import_module(info.name))
    return modules


def defined_names(module: ModuleType) -> set[str]:
    """The names `module` assigns at its top level (not those it imports)."""
    if module.__file__ is None:
        return set()
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names.update(target.id for target in targets if isinstance(target, ast.Name))
    return names


def every_phrase() -> list[tuple[str, Phrase]]:
    """Every Phrase defined by a module of the three layers, once, named by its full path.

    Only what a module defines counts (a name it imports is checked where it is defined), and a
    phrase reached by two names is kept under the first.
    """
    found: dict[int, tuple[str, Phrase]] = {}
    for module in layer_modules():
        defined = defined_names(module)
        for name, value in vars(module).items():
            if name.isupper() and name in defined:
                pairs = _walk(value, f"{module.__name__}.{name}")
            elif isinstance(value, type) and value.__module__ == module.__name__:
                pairs = (
                    pair
                    for attribute, inner in vars(value).items()
                    if attribute.isupper()
                    for pair in _walk(inner, f"{module.__name__}.{name}.{attribute}")
                )
            else:
                continue
            for path, phrase in pairs:
                found.setdefault(id(phrase), (path, phrase))
    return list(found.values())
