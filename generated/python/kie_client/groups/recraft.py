"""Models whose ids start with `recraft/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["RecraftModels", "AsyncRecraftModels"]


class RecraftModels:
    """1 model(s) whose ids start with `recraft/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def crisp_upscale(
        self,
        *,
        image: str | os.PathLike[str],
        callback_url: str | None = None,
    ) -> Task:
        """Recraft Crisp Upscale (`recraft/crisp-upscale`): upscale, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.recraft_crisp_upscale for the input as a dataclass.

        Args:
            image: Image to upscale (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175716...
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.recraft_crisp_upscale import RecraftCrispUpscaleInput

        request = RecraftCrispUpscaleInput(
            image=image,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncRecraftModels:
    """1 model(s) whose ids start with `recraft/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def crisp_upscale(
        self,
        *,
        image: str | os.PathLike[str],
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Recraft Crisp Upscale (`recraft/crisp-upscale`): upscale, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.recraft_crisp_upscale for the input as a dataclass.

        Args:
            image: Image to upscale (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175716...
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.recraft_crisp_upscale import RecraftCrispUpscaleInput

        request = RecraftCrispUpscaleInput(
            image=image,
        )
        return await self._client.submit(request, callback_url=callback_url)
