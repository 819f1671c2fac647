"""Models whose ids start with `omnihuman-1-5/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["Omnihuman15Models", "AsyncOmnihuman15Models"]


class Omnihuman15Models:
    """1 model(s) whose ids start with `omnihuman-1-5/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def human_identification(
        self,
        *,
        image_url: str | os.PathLike[str],
        callback_url: str | None = None,
    ) -> Task:
        """OmniHuman 1.5 Human Identification (`omnihuman-1-5/human-identification`): human-identification, text output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.omnihuman_1_5_human_identification for the input as a dataclass.

        Args:
            image_url: Portrait image URL. Requirements: JPG/PNG/JPEG format, less than 5MB, resolution under 4096x4096. Recommended: single person facing forward, with the face occupying a large proportion of the image. Accepted file types: image/jpeg, image/png, image/jpg. Max file size: 5MB.
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 5MB; a local path is uploaded first.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.omnihuman_1_5_human_identification import (
            Omnihuman15HumanIdentificationInput,
        )

        request = Omnihuman15HumanIdentificationInput(
            image_url=image_url,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncOmnihuman15Models:
    """1 model(s) whose ids start with `omnihuman-1-5/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def human_identification(
        self,
        *,
        image_url: str | os.PathLike[str],
        callback_url: str | None = None,
    ) -> AsyncTask:
        """OmniHuman 1.5 Human Identification (`omnihuman-1-5/human-identification`): human-identification, text output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.omnihuman_1_5_human_identification for the input as a dataclass.

        Args:
            image_url: Portrait image URL. Requirements: JPG/PNG/JPEG format, less than 5MB, resolution under 4096x4096. Recommended: single person facing forward, with the face occupying a large proportion of the image. Accepted file types: image/jpeg, image/png, image/jpg. Max file size: 5MB.
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 5MB; a local path is uploaded first.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.omnihuman_1_5_human_identification import (
            Omnihuman15HumanIdentificationInput,
        )

        request = Omnihuman15HumanIdentificationInput(
            image_url=image_url,
        )
        return await self._client.submit(request, callback_url=callback_url)
