"""Grok Imagine Image 2.0 Segment Map: `grok-imagine-image-2-0/segment-map` (image-segmentation, image output).

Generated from specs/models/grok-imagine-image-2-0/segment-map.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GrokImagineImage20SegmentMapInput"]

SPEC: Final = ModelSpec(
    id="grok-imagine-image-2-0/segment-map",
    title="Grok Imagine Image 2.0 Segment Map",
    kind="image-segmentation",
    output="image",
    description="",
    module="grok_imagine_image_2_0_segment_map",
    class_name="GrokImagineImage20SegmentMapInput",
    group="grok_imagine_image_2_0",
    method="segment_map",
    fields=(
        FieldSpec(
            name="task_id",
            py_name="task_id",
            type="string",
            description="The ID of an existing task. Required.",
            example="task_grok_imagine_1765180586443",
            min_length=1,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            description="The URL of the reference image.",
            media="image",
        ),
    ),
    rules=(
        RuleSpec(
            kind="one_of",
            fields=(
                "task_id",
                "image_url",
            ),
            message="Give exactly one of task_id, image_url.",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class GrokImagineImage20SegmentMapInput:
    """Input of Grok Imagine Image 2.0 Segment Map (`grok-imagine-image-2-0/segment-map`).

    Rule: Give exactly one of task_id, image_url.
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    task_id: str | None = None
    """The ID of an existing task. Required.
    At least 1 character.
    Example: 'task_grok_imagine_1765180586443'
    """

    image_url: str | os.PathLike[str] | None = None
    """The URL of the reference image.
    Points at: image.
    """
