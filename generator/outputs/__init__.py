"""Stage 4: every output of the generator, each a folder of generated/ that installs on its own.

An output is a set of templates (templates/<folder>/) and one module here that says what it
renders once for the whole project and what it renders per model.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..format import Chunked
from ..spec import ModelSpec, Project
from . import comfyui, openapi, python_client

Rendered = dict[str, str | bytes | Chunked]
Renders = Callable[[Project], Mapping[str, str | bytes | Chunked]]


@dataclass(frozen=True)
class Output:
    folder: str  # below generated/, and below templates/
    render_shared: Renders
    render_model: Callable[[ModelSpec], Mapping[str, str | bytes | Chunked]]


OUTPUTS = (
    Output("python", python_client.render_shared, python_client.render_model),
    Output("comfyui", comfyui.render_shared, comfyui.render_model),
    Output("openapi", openapi.render_shared, openapi.render_model),
)


def render_shared(project: Project) -> Rendered:
    """The files of every output that depend on the whole project; Python not yet formatted."""
    return {
        f"{output.folder}/{path}": content
        for output in OUTPUTS
        for path, content in output.render_shared(project).items()
    }


def render_model(model: ModelSpec) -> Rendered:
    """The files of every output that depend on one model only; Python not yet formatted."""
    return {
        f"{output.folder}/{path}": content
        for output in OUTPUTS
        for path, content in output.render_model(model).items()
    }
