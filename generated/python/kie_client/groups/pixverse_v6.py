"""Models whose ids start with `pixverse-v6/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["PixverseV6Models", "AsyncPixverseV6Models"]


class PixverseV6Models:
    """5 model(s) whose ids start with `pixverse-v6/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def extend(
        self,
        *,
        prompt: str,
        duration: int,
        quality: Literal["360p", "540p", "720p", "1080p"],
        generate_audio_switch: bool | None = None,
        seed: int | None = None,
        task_id: str | None = None,
        video_url: str | os.PathLike[str] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """PixVerse V6 Video Extension (`pixverse-v6/extend`): video-extend, video output.

        Rule: Give exactly one of taskId, video_url.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.pixverse_v6_extend for the input as a dataclass.

        Args:
            prompt: Generate prompt, cannot be empty, length is limited to 3-5000 characters.
                Required.
                3 to 5000 characters.
                Example: 'A cat walking on the beach at sunset'
            duration: Generated video duration in seconds. Current validation range is 1-15.
                Required.
                From 1 to 15.
                Example: 5
            quality: Resolution.
                Required.
                Options: 360p, 540p, 720p, 1080p
                Example: '1080p'
            generate_audio_switch: Whether to generate audio.
                Example: False
            seed: Random seed, optional. Range 0-2147483647.
                From 0 to 2147483647.
                Example: 42
            task_id: The taskId of the parent video task to be extended. The parent task must belong to the current user, be undeleted, and have a status of success. KIE does not accept official source_video_id/video_id. Please be aware that video_url and taskId are mutually exclusive — only one parameter may be submitted.
                Example: 'task_abc123456'
            video_url: To extend the video, please supply the URL. Please be aware that video_url and taskId are mutually exclusive — only one parameter may be submitted.
                Points at: video.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.pixverse_v6_extend import PixverseV6ExtendInput

        request = PixverseV6ExtendInput(
            prompt=prompt,
            duration=duration,
            quality=quality,
            generate_audio_switch=generate_audio_switch,
            seed=seed,
            task_id=task_id,
            video_url=video_url,
        )
        return self._client.submit(request, callback_url=callback_url)

    def image_to_video(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        quality: Literal["360p", "540p", "720p", "1080p"],
        duration: int | None = None,
        generate_audio_switch: bool | None = None,
        generate_multi_clip_switch: bool | None = None,
        seed: int | None = None,
        template_id: (
            Literal[
                "412736208886848",
                "411563216524736",
                "411316927927040",
                "411174903569216",
                "410999246341952",
                "408891141511104",
                "410317363057408",
                "410285445698304",
                "410133101388544",
                "409899296377728",
                "408897485909952",
                "408869061406656",
                "408661207662528",
                "409767750265728",
                "409766559675264",
                "409589071559552",
                "407804339389760",
                "407658863287616",
                "407474361215744",
                "407473438360320",
                "407467702283008",
                "385844572217469",
                "406428904874432",
                "406423682060736",
                "406411724685760",
                "406372274350528",
                "406218913317312",
                "406218479198656",
                "406064763308480",
                "406413607395776",
                "405662117814720",
                "406014934000064",
                "405658369331648",
                "405321470423488",
                "405175211454656",
                "404955806201792",
                "404820147974080",
                "398980393937856",
                "403916646846400",
                "403739217192896",
                "403560060358144",
                "403556618212098",
                "398965022284579",
                "402201060373270",
                "403085292466285",
                "402061828030966",
                "402888569901524",
                "402155676592228",
                "402047865383360",
                "402046136040202",
            ]
            | None
        ) = None,
        callback_url: str | None = None,
    ) -> Task:
        """PixVerse V6 Image to Video (`pixverse-v6/image-to-video`): image-to-video, video output.

        Rule: Give duration, or a template_id (its template fixes the duration), not both.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.pixverse_v6_image_to_video for the input as a dataclass.

        Args:
            prompt: Generate prompt, cannot be empty, length is limited to 3-5000 characters.
                Required.
                3 to 5000 characters.
                Example: 'Cinematic sunrise illuminating a mist-shrouded mountain lake, came...
            image_urls: Image URLs, supports up to 2 images, single image size not exceeding 20 MB. Supports HTTP, HTTPS, and OSS addresses. Supported image formats include JPG, JPEG, PNG, and WebP.
                Required.
                Up to 2 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
            quality: Output video resolution. Supports 360p, 540p, 720p, and 1080p.
                Required.
                Options: 360p, 540p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Generated video duration in seconds, ranging from 1 to 15. Required when template_id is not passed; if template_id is passed, the video duration is fixed by the selected template, please do not pass this parameter at the same time.
                From 1 to 15.
                Default: 5
                Example: 5
            generate_audio_switch: Whether to generate audio synchronized with the video content.
                Default: False
                Example: False
            generate_multi_clip_switch: Whether to generate a multi-clip video.
                Default: False
                Example: False
            seed: Random seed, value range is 0-2147483647. Using the same parameters and seed helps improve result reproducibility.
                From 0 to 2147483647.
                Example: 123456789
            template_id: Used to select a PixVerse video effect template. Please pass in the corresponding template_id. Once a template_id is provided, the video duration is fixed by the selected template, so duration cannot be set at the same time. effect_type indicates the number of images required by the selected template. Please upload the specified number of images accordingly. To preview the template effect, open https://static.aiquickdraw.com/tools/example/<template_id>.mp4 in a browser and replace <template_id> with the actual template ID. For example:https://static.aiquickdraw.com/tools/example/412736208886848.mp4. Available template list: 412736208886848 - Dive into the deep blue of love - Let every kiss turn into a dream. - effect_type: 2 411563216524736 - Skyline Track Flag - Unwavering. Next is the city-level entrance effect. - effect_type: 1 411316927927040 - Vibe Copines - Capture this vibe with tungtung. - effect_type: 1 411174903569216 - Crowd Focus - First person: The camera caught you - upload a selfie or group photo to become the focus of the audience - effect_type: 1 410999246341952 - Poke my little cutie - Pinch this little guy and watch it get cutely angry. - effect_type: 1 408891141511104 - Today is my birthday - Yes, I know you don't know me, but today is my birthday - effect_type: 1 410317363057408 - Mini Football Hero - Turn any photo into a mini chibi football hero and compete with giant players in a cinematic hyper-realistic stadium. - effect_type: 1 410285445698304 - Magma Rise - Rise from the ashes. Fight fire with fire. - effect_type: 1 410133101388544 - Cyber Armor: Reborn in the Rain 🌧️⚡ - Shatter the storm. Awaken the body of steel within. - effect_type: 1 409899296377728 - Product Landmark - Upload your product and turn it into a building! - effect_type: 1 408897485909952 - Mini Football Pitch - Upload your product and create a mini football pitch inside it! - effect_type: 1 408869061406656 - A kick through the world - Upload your product and let it shine on the night of the grand annual global competition! - effect_type: 1 408661207662528 - Small Town Footballer - Upload your product and enjoy the moment of victory! - effect_type: 1 409767750265728 - Crowned God in One Battle - You unexpectedly became the MVP of the game. - effect_type: 1 409766559675264 - Thriller Dance Steps - Upload a photo and watch it turn into an iconic viral dance trend! - effect_type: 1 409589071559552 - Dai Dai Dance - Vibe cheering dance template. A front-facing photo to easily join the dance floor clip. - effect_type: 1 407804339389760 - Fluffy Chef - Upload your product and cook in the fluffy kitchen - effect_type: 1 407658863287616 - Summer Postcard - Upload your product and join the summer special! - effect_type: 1 407474361215744 - Inhaled into Product Universe - Upload your product and enter the product universe! - effect_type: 1 407473438360320 - Fluffy Factory - Upload your product to make it in the fluffy factory - effect_type: 1 407467702283008 - Surfing Summer - Upload your product photo and start surfing! - effect_type: 1 385844572217469 - Love Launcher - A Valentine's Day moment in one shot. - effect_type: 1 406428904874432 - Kitty Shop - Upload your product image and let the cute cat transform into your street vendor! - effect_type: 1 406423682060736 - Courtyard Makeover Party - Upload your courtyard and give it a magical makeover! - effect_type: 1 406411724685760 - Ski Joy - Upload a photo of your pet, toy or product and let it embark on a fun skiing adventure. - effect_type: 1 406372274350528 - Nail Lab - Upload your nail photos and let our exclusive manicurists create exquisite nails for you. - effect_type: 1 406218913317312 - Rhythm Dash - Hit the beat, take off the crown. Welcome to the perfect score frenzy. - effect_type: 1 406218479198656 - Screen Killer King - The court needs a hero. So, you break through the screen. - effect_type: 1 406064763308480 - Dynamic Football Poster - From selfie to jersey photo (single and multiplayer) - effect_type: 1 406413607395776 - Football Live King! - The moment you score a wonderful goal, super sports car gifts pour down. - effect_type: 1 405662117814720 - Trophy Breakthrough - Upload your photo, transform into a champion football player, break through the screen and win the trophy! - effect_type: 1 406014934000064 - Post-match Sharp Comment - If the microphone is handed to you after the game, what would you say? - effect_type: 1 405658369331648 - Stadium Legend - Run, celebrate, create a legendary football moment. - effect_type: 1 405321470423488 - Step by Step - Step by step, shining with confidence - effect_type: 1 405175211454656 - Superstar Lobby - Welcome to your championship season. - effect_type: 1 404955806201792 - Post-match Sharp Comment 2 - If it's your turn for a post-match interview, what would you say about this game? - effect_type: 1 404820147974080 - Top of the World - Hold the trophy high and become the well-deserved hero of the football feast. - effect_type: 2 398980393937856 - The Last Hug - The last hug before the tsunami comes. - effect_type: 2 403916646846400 - My Future has Infinite Possibilities - Embrace your infinite potential and shine your future. - effect_type: 1 403739217192896 - Apex Dance - Flat rhythm, decadent chaotic dance steps - effect_type: 1 403560060358144 - Idol Ending Shot - One look up is a million direct shots. - effect_type: 1 403556618212098 - MotoGP Live - Live an unchoreographed moment. - effect_type: 1 398965022284579 - Knee Slide - Celebrate the victory with an iconic and energetic knee slide goal. - effect_type: 1 402201060373270 - Tunnel to Captain - Transform from an ordinary girl to a legendary football captain in a cinematic stadium journey. - effect_type: 1 403085292466285 - Golden Field Breaker - He is not on the list, but he still controls the scene. - effect_type: 1 402061828030966 - Trophy Celebration - Have you always wanted a huge trophy? Here, you can at least get it digitally. - effect_type: 1 402888569901524 - Jump into the Crowd 2 - Jump into the crowd - effect_type: 1 402155676592228 - World Champion Lift - You are the captain, lifting the trophy of victory. Mountains of people, golden ribbons, pure victory. - effect_type: 1 402047865383360 - Sideline Ball Boy - Experience the game from a unique perspective on the sidelines. Feel the excitement of the game as a young talent ready to participate. - effect_type: 1 402046136040202 - Epic Save - Become a legendary goalkeeper. Catch the ball in a stunning flying save. - effect_type: 1
                Options: 412736208886848, 411563216524736, 411316927927040, 411174903569216, 410999246341952, 408891141511104, 410317363057408, 410285445698304, 410133101388544, 409899296377728, 408897485909952, 408869061406656, 408661207662528, 409767750265728, 409766559675264, 409589071559552, 407804339389760, 407658863287616, 407474361215744, 407473438360320, 407467702283008, 385844572217469, 406428904874432, 406423682060736, 406411724685760, 406372274350528, 406218913317312, 406218479198656, 406064763308480, 406413607395776, 405662117814720, 406014934000064, 405658369331648, 405321470423488, 405175211454656, 404955806201792, 404820147974080, 398980393937856, 403916646846400, 403739217192896, 403560060358144, 403556618212098, 398965022284579, 402201060373270, 403085292466285, 402061828030966, 402888569901524, 402155676592228, 402047865383360, 402046136040202
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.pixverse_v6_image_to_video import PixverseV6ImageToVideoInput

        request = PixverseV6ImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            quality=quality,
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            generate_multi_clip_switch=generate_multi_clip_switch,
            seed=seed,
            template_id=template_id,
        )
        return self._client.submit(request, callback_url=callback_url)

    def reference_to_video(
        self,
        *,
        prompt: str,
        image_references: Sequence[Mapping[str, object]],
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["360p", "540p", "720p", "1080p"],
        duration: int,
        generate_audio_switch: bool | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """PixVerse V6 Reference to Video (`pixverse-v6/reference-to-video`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.pixverse_v6_reference_to_video for the input as a dataclass.

        Args:
            prompt: 生成提示词，不能为空，长度限制为 3–5000 个字符。
                Required.
                3 to 5000 characters.
                Example: '电影感日出照亮薄雾笼罩的山间湖泊，镜头缓慢掠过水面，鸟群从天空飞过'
            image_references: 参考图列表。
                Required.
                1 to 7 items.
                Each item is an object of:
                - image_url: 参考图片 URL。 Required. Points at: image. Example: 'https://your-domain.com/images/reference.png'
                - type: 参考图类型。subject 表示主体，background 表示背景。 Options: subject, background Default: 'subject' Example: 'subject'
                - ref_name: 参考图名称，最长 30 个字符。可在提示词中使用 `@名称` 引用。 1 to 30 characters. Example: 'dog'
                Example: [{'image_url': 'https://your-domain.com/images/dog.png', 'type': 's...
            aspect_ratio: 画幅比例。(PixVerseV6AspectRatio)
                Required.
                Options: 16:9, 4:3, 1:1, 3:4, 9:16, 2:3, 3:2, 21:9
                Default: '16:9'
                Example: '16:9'
            quality: 清晰度。
                Required.
                Options: 360p, 540p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: 生成视频时长，单位秒。校验范围为 1-15。
                Required.
                From 1 to 15.
                Default: 5
                Example: 5
            generate_audio_switch: 是否生成音频。
                Default: False
                Example: False
            seed: 随机种子，可选。范围 0-2147483647。
                From 0 to 2147483647.
                Example: 123456789
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.pixverse_v6_reference_to_video import PixverseV6ReferenceToVideoInput

        request = PixverseV6ReferenceToVideoInput(
            prompt=prompt,
            image_references=image_references,
            aspect_ratio=aspect_ratio,
            quality=quality,
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            seed=seed,
        )
        return self._client.submit(request, callback_url=callback_url)

    def text_to_video(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["360p", "540p", "720p", "1080p"],
        duration: int,
        generate_audio_switch: bool | None = None,
        generate_multi_clip_switch: bool | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """PixVerse V6 Text to Video (`pixverse-v6/text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.pixverse_v6_text_to_video for the input as a dataclass.

        Args:
            prompt: Generate prompt, cannot be empty, length is limited to 3-5000 characters.
                Required.
                3 to 5000 characters.
                Example: "A cinematic sunrise illuminates a mist-shrouded mountain lake; the...
            aspect_ratio: Output video aspect ratio. This parameter is supported in text-to-video and Fusion multi-reference image-to-video modes.
                Required.
                Options: 16:9, 4:3, 1:1, 3:4, 9:16, 2:3, 3:2, 21:9
                Default: '16:9'
                Example: '16:9'
            quality: Output video resolution. Supports 360p, 540p, 720p, and 1080p.
                Required.
                Options: 360p, 540p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Output video duration in seconds. PixVerse V6 supports 1–15 seconds.
                Required.
                From 1 to 15.
                Default: 5
                Example: 5
            generate_audio_switch: Whether to generate audio synchronized with the video content.
                Default: False
                Example: False
            generate_multi_clip_switch: Whether to generate a multi-clip video.
                Default: False
                Example: False
            seed: Random seed, value range is 0–2147483647. Using the same parameters and seed helps improve result reproducibility.
                From 0 to 2147483647.
                Example: 123456789
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.pixverse_v6_text_to_video import PixverseV6TextToVideoInput

        request = PixverseV6TextToVideoInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quality=quality,
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            generate_multi_clip_switch=generate_multi_clip_switch,
            seed=seed,
        )
        return self._client.submit(request, callback_url=callback_url)

    def transition(
        self,
        *,
        prompt: str,
        first_frame_image_url: str | os.PathLike[str],
        last_frame_image_url: str | os.PathLike[str],
        quality: Literal["360p", "540p", "720p", "1080p"],
        duration: int,
        generate_audio_switch: bool | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """PixVerse V6 First & Last Frame Transition (`pixverse-v6/transition`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.pixverse_v6_transition for the input as a dataclass.

        Args:
            prompt: Generate prompt, cannot be empty, length is limited to 3-5000 characters.
                Required.
                3 to 5000 characters.
                Example: "A cinematic sunrise illuminates a mist-shrouded mountain lake; the...
            first_frame_image_url: First frame image URL. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, and WebP; the size of a single image file must not exceed 20 MB
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
                Example: 'https://your-domain.com/images/first-frame.png'
            last_frame_image_url: Last frame image URL. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, and WebP; the size of a single image file must not exceed 20 MB
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
                Example: 'https://your-domain.com/images/last-frame.png'
            quality: Output video resolution. Supports 360p, 540p, 720p, and 1080p.
                Required.
                Options: 360p, 540p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Output video duration in seconds. PixVerse V6 supports 1–15 seconds.
                Required.
                From 1 to 15.
                Default: 5
                Example: 5
            generate_audio_switch: Whether to generate audio synchronized with the video content.
                Default: False
                Example: False
            seed: Random seed, value range is 0–2147483647. Using the same parameters and seed helps improve result reproducibility.
                From 0 to 2147483647.
                Example: 123456789
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.pixverse_v6_transition import PixverseV6TransitionInput

        request = PixverseV6TransitionInput(
            prompt=prompt,
            first_frame_image_url=first_frame_image_url,
            last_frame_image_url=last_frame_image_url,
            quality=quality,
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            seed=seed,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncPixverseV6Models:
    """5 model(s) whose ids start with `pixverse-v6/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def extend(
        self,
        *,
        prompt: str,
        duration: int,
        quality: Literal["360p", "540p", "720p", "1080p"],
        generate_audio_switch: bool | None = None,
        seed: int | None = None,
        task_id: str | None = None,
        video_url: str | os.PathLike[str] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """PixVerse V6 Video Extension (`pixverse-v6/extend`): video-extend, video output.

        Rule: Give exactly one of taskId, video_url.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.pixverse_v6_extend for the input as a dataclass.

        Args:
            prompt: Generate prompt, cannot be empty, length is limited to 3-5000 characters.
                Required.
                3 to 5000 characters.
                Example: 'A cat walking on the beach at sunset'
            duration: Generated video duration in seconds. Current validation range is 1-15.
                Required.
                From 1 to 15.
                Example: 5
            quality: Resolution.
                Required.
                Options: 360p, 540p, 720p, 1080p
                Example: '1080p'
            generate_audio_switch: Whether to generate audio.
                Example: False
            seed: Random seed, optional. Range 0-2147483647.
                From 0 to 2147483647.
                Example: 42
            task_id: The taskId of the parent video task to be extended. The parent task must belong to the current user, be undeleted, and have a status of success. KIE does not accept official source_video_id/video_id. Please be aware that video_url and taskId are mutually exclusive — only one parameter may be submitted.
                Example: 'task_abc123456'
            video_url: To extend the video, please supply the URL. Please be aware that video_url and taskId are mutually exclusive — only one parameter may be submitted.
                Points at: video.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.pixverse_v6_extend import PixverseV6ExtendInput

        request = PixverseV6ExtendInput(
            prompt=prompt,
            duration=duration,
            quality=quality,
            generate_audio_switch=generate_audio_switch,
            seed=seed,
            task_id=task_id,
            video_url=video_url,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def image_to_video(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        quality: Literal["360p", "540p", "720p", "1080p"],
        duration: int | None = None,
        generate_audio_switch: bool | None = None,
        generate_multi_clip_switch: bool | None = None,
        seed: int | None = None,
        template_id: (
            Literal[
                "412736208886848",
                "411563216524736",
                "411316927927040",
                "411174903569216",
                "410999246341952",
                "408891141511104",
                "410317363057408",
                "410285445698304",
                "410133101388544",
                "409899296377728",
                "408897485909952",
                "408869061406656",
                "408661207662528",
                "409767750265728",
                "409766559675264",
                "409589071559552",
                "407804339389760",
                "407658863287616",
                "407474361215744",
                "407473438360320",
                "407467702283008",
                "385844572217469",
                "406428904874432",
                "406423682060736",
                "406411724685760",
                "406372274350528",
                "406218913317312",
                "406218479198656",
                "406064763308480",
                "406413607395776",
                "405662117814720",
                "406014934000064",
                "405658369331648",
                "405321470423488",
                "405175211454656",
                "404955806201792",
                "404820147974080",
                "398980393937856",
                "403916646846400",
                "403739217192896",
                "403560060358144",
                "403556618212098",
                "398965022284579",
                "402201060373270",
                "403085292466285",
                "402061828030966",
                "402888569901524",
                "402155676592228",
                "402047865383360",
                "402046136040202",
            ]
            | None
        ) = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """PixVerse V6 Image to Video (`pixverse-v6/image-to-video`): image-to-video, video output.

        Rule: Give duration, or a template_id (its template fixes the duration), not both.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.pixverse_v6_image_to_video for the input as a dataclass.

        Args:
            prompt: Generate prompt, cannot be empty, length is limited to 3-5000 characters.
                Required.
                3 to 5000 characters.
                Example: 'Cinematic sunrise illuminating a mist-shrouded mountain lake, came...
            image_urls: Image URLs, supports up to 2 images, single image size not exceeding 20 MB. Supports HTTP, HTTPS, and OSS addresses. Supported image formats include JPG, JPEG, PNG, and WebP.
                Required.
                Up to 2 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
            quality: Output video resolution. Supports 360p, 540p, 720p, and 1080p.
                Required.
                Options: 360p, 540p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Generated video duration in seconds, ranging from 1 to 15. Required when template_id is not passed; if template_id is passed, the video duration is fixed by the selected template, please do not pass this parameter at the same time.
                From 1 to 15.
                Default: 5
                Example: 5
            generate_audio_switch: Whether to generate audio synchronized with the video content.
                Default: False
                Example: False
            generate_multi_clip_switch: Whether to generate a multi-clip video.
                Default: False
                Example: False
            seed: Random seed, value range is 0-2147483647. Using the same parameters and seed helps improve result reproducibility.
                From 0 to 2147483647.
                Example: 123456789
            template_id: Used to select a PixVerse video effect template. Please pass in the corresponding template_id. Once a template_id is provided, the video duration is fixed by the selected template, so duration cannot be set at the same time. effect_type indicates the number of images required by the selected template. Please upload the specified number of images accordingly. To preview the template effect, open https://static.aiquickdraw.com/tools/example/<template_id>.mp4 in a browser and replace <template_id> with the actual template ID. For example:https://static.aiquickdraw.com/tools/example/412736208886848.mp4. Available template list: 412736208886848 - Dive into the deep blue of love - Let every kiss turn into a dream. - effect_type: 2 411563216524736 - Skyline Track Flag - Unwavering. Next is the city-level entrance effect. - effect_type: 1 411316927927040 - Vibe Copines - Capture this vibe with tungtung. - effect_type: 1 411174903569216 - Crowd Focus - First person: The camera caught you - upload a selfie or group photo to become the focus of the audience - effect_type: 1 410999246341952 - Poke my little cutie - Pinch this little guy and watch it get cutely angry. - effect_type: 1 408891141511104 - Today is my birthday - Yes, I know you don't know me, but today is my birthday - effect_type: 1 410317363057408 - Mini Football Hero - Turn any photo into a mini chibi football hero and compete with giant players in a cinematic hyper-realistic stadium. - effect_type: 1 410285445698304 - Magma Rise - Rise from the ashes. Fight fire with fire. - effect_type: 1 410133101388544 - Cyber Armor: Reborn in the Rain 🌧️⚡ - Shatter the storm. Awaken the body of steel within. - effect_type: 1 409899296377728 - Product Landmark - Upload your product and turn it into a building! - effect_type: 1 408897485909952 - Mini Football Pitch - Upload your product and create a mini football pitch inside it! - effect_type: 1 408869061406656 - A kick through the world - Upload your product and let it shine on the night of the grand annual global competition! - effect_type: 1 408661207662528 - Small Town Footballer - Upload your product and enjoy the moment of victory! - effect_type: 1 409767750265728 - Crowned God in One Battle - You unexpectedly became the MVP of the game. - effect_type: 1 409766559675264 - Thriller Dance Steps - Upload a photo and watch it turn into an iconic viral dance trend! - effect_type: 1 409589071559552 - Dai Dai Dance - Vibe cheering dance template. A front-facing photo to easily join the dance floor clip. - effect_type: 1 407804339389760 - Fluffy Chef - Upload your product and cook in the fluffy kitchen - effect_type: 1 407658863287616 - Summer Postcard - Upload your product and join the summer special! - effect_type: 1 407474361215744 - Inhaled into Product Universe - Upload your product and enter the product universe! - effect_type: 1 407473438360320 - Fluffy Factory - Upload your product to make it in the fluffy factory - effect_type: 1 407467702283008 - Surfing Summer - Upload your product photo and start surfing! - effect_type: 1 385844572217469 - Love Launcher - A Valentine's Day moment in one shot. - effect_type: 1 406428904874432 - Kitty Shop - Upload your product image and let the cute cat transform into your street vendor! - effect_type: 1 406423682060736 - Courtyard Makeover Party - Upload your courtyard and give it a magical makeover! - effect_type: 1 406411724685760 - Ski Joy - Upload a photo of your pet, toy or product and let it embark on a fun skiing adventure. - effect_type: 1 406372274350528 - Nail Lab - Upload your nail photos and let our exclusive manicurists create exquisite nails for you. - effect_type: 1 406218913317312 - Rhythm Dash - Hit the beat, take off the crown. Welcome to the perfect score frenzy. - effect_type: 1 406218479198656 - Screen Killer King - The court needs a hero. So, you break through the screen. - effect_type: 1 406064763308480 - Dynamic Football Poster - From selfie to jersey photo (single and multiplayer) - effect_type: 1 406413607395776 - Football Live King! - The moment you score a wonderful goal, super sports car gifts pour down. - effect_type: 1 405662117814720 - Trophy Breakthrough - Upload your photo, transform into a champion football player, break through the screen and win the trophy! - effect_type: 1 406014934000064 - Post-match Sharp Comment - If the microphone is handed to you after the game, what would you say? - effect_type: 1 405658369331648 - Stadium Legend - Run, celebrate, create a legendary football moment. - effect_type: 1 405321470423488 - Step by Step - Step by step, shining with confidence - effect_type: 1 405175211454656 - Superstar Lobby - Welcome to your championship season. - effect_type: 1 404955806201792 - Post-match Sharp Comment 2 - If it's your turn for a post-match interview, what would you say about this game? - effect_type: 1 404820147974080 - Top of the World - Hold the trophy high and become the well-deserved hero of the football feast. - effect_type: 2 398980393937856 - The Last Hug - The last hug before the tsunami comes. - effect_type: 2 403916646846400 - My Future has Infinite Possibilities - Embrace your infinite potential and shine your future. - effect_type: 1 403739217192896 - Apex Dance - Flat rhythm, decadent chaotic dance steps - effect_type: 1 403560060358144 - Idol Ending Shot - One look up is a million direct shots. - effect_type: 1 403556618212098 - MotoGP Live - Live an unchoreographed moment. - effect_type: 1 398965022284579 - Knee Slide - Celebrate the victory with an iconic and energetic knee slide goal. - effect_type: 1 402201060373270 - Tunnel to Captain - Transform from an ordinary girl to a legendary football captain in a cinematic stadium journey. - effect_type: 1 403085292466285 - Golden Field Breaker - He is not on the list, but he still controls the scene. - effect_type: 1 402061828030966 - Trophy Celebration - Have you always wanted a huge trophy? Here, you can at least get it digitally. - effect_type: 1 402888569901524 - Jump into the Crowd 2 - Jump into the crowd - effect_type: 1 402155676592228 - World Champion Lift - You are the captain, lifting the trophy of victory. Mountains of people, golden ribbons, pure victory. - effect_type: 1 402047865383360 - Sideline Ball Boy - Experience the game from a unique perspective on the sidelines. Feel the excitement of the game as a young talent ready to participate. - effect_type: 1 402046136040202 - Epic Save - Become a legendary goalkeeper. Catch the ball in a stunning flying save. - effect_type: 1
                Options: 412736208886848, 411563216524736, 411316927927040, 411174903569216, 410999246341952, 408891141511104, 410317363057408, 410285445698304, 410133101388544, 409899296377728, 408897485909952, 408869061406656, 408661207662528, 409767750265728, 409766559675264, 409589071559552, 407804339389760, 407658863287616, 407474361215744, 407473438360320, 407467702283008, 385844572217469, 406428904874432, 406423682060736, 406411724685760, 406372274350528, 406218913317312, 406218479198656, 406064763308480, 406413607395776, 405662117814720, 406014934000064, 405658369331648, 405321470423488, 405175211454656, 404955806201792, 404820147974080, 398980393937856, 403916646846400, 403739217192896, 403560060358144, 403556618212098, 398965022284579, 402201060373270, 403085292466285, 402061828030966, 402888569901524, 402155676592228, 402047865383360, 402046136040202
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.pixverse_v6_image_to_video import PixverseV6ImageToVideoInput

        request = PixverseV6ImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            quality=quality,
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            generate_multi_clip_switch=generate_multi_clip_switch,
            seed=seed,
            template_id=template_id,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def reference_to_video(
        self,
        *,
        prompt: str,
        image_references: Sequence[Mapping[str, object]],
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["360p", "540p", "720p", "1080p"],
        duration: int,
        generate_audio_switch: bool | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """PixVerse V6 Reference to Video (`pixverse-v6/reference-to-video`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.pixverse_v6_reference_to_video for the input as a dataclass.

        Args:
            prompt: 生成提示词，不能为空，长度限制为 3–5000 个字符。
                Required.
                3 to 5000 characters.
                Example: '电影感日出照亮薄雾笼罩的山间湖泊，镜头缓慢掠过水面，鸟群从天空飞过'
            image_references: 参考图列表。
                Required.
                1 to 7 items.
                Each item is an object of:
                - image_url: 参考图片 URL。 Required. Points at: image. Example: 'https://your-domain.com/images/reference.png'
                - type: 参考图类型。subject 表示主体，background 表示背景。 Options: subject, background Default: 'subject' Example: 'subject'
                - ref_name: 参考图名称，最长 30 个字符。可在提示词中使用 `@名称` 引用。 1 to 30 characters. Example: 'dog'
                Example: [{'image_url': 'https://your-domain.com/images/dog.png', 'type': 's...
            aspect_ratio: 画幅比例。(PixVerseV6AspectRatio)
                Required.
                Options: 16:9, 4:3, 1:1, 3:4, 9:16, 2:3, 3:2, 21:9
                Default: '16:9'
                Example: '16:9'
            quality: 清晰度。
                Required.
                Options: 360p, 540p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: 生成视频时长，单位秒。校验范围为 1-15。
                Required.
                From 1 to 15.
                Default: 5
                Example: 5
            generate_audio_switch: 是否生成音频。
                Default: False
                Example: False
            seed: 随机种子，可选。范围 0-2147483647。
                From 0 to 2147483647.
                Example: 123456789
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.pixverse_v6_reference_to_video import PixverseV6ReferenceToVideoInput

        request = PixverseV6ReferenceToVideoInput(
            prompt=prompt,
            image_references=image_references,
            aspect_ratio=aspect_ratio,
            quality=quality,
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            seed=seed,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def text_to_video(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["360p", "540p", "720p", "1080p"],
        duration: int,
        generate_audio_switch: bool | None = None,
        generate_multi_clip_switch: bool | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """PixVerse V6 Text to Video (`pixverse-v6/text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.pixverse_v6_text_to_video for the input as a dataclass.

        Args:
            prompt: Generate prompt, cannot be empty, length is limited to 3-5000 characters.
                Required.
                3 to 5000 characters.
                Example: "A cinematic sunrise illuminates a mist-shrouded mountain lake; the...
            aspect_ratio: Output video aspect ratio. This parameter is supported in text-to-video and Fusion multi-reference image-to-video modes.
                Required.
                Options: 16:9, 4:3, 1:1, 3:4, 9:16, 2:3, 3:2, 21:9
                Default: '16:9'
                Example: '16:9'
            quality: Output video resolution. Supports 360p, 540p, 720p, and 1080p.
                Required.
                Options: 360p, 540p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Output video duration in seconds. PixVerse V6 supports 1–15 seconds.
                Required.
                From 1 to 15.
                Default: 5
                Example: 5
            generate_audio_switch: Whether to generate audio synchronized with the video content.
                Default: False
                Example: False
            generate_multi_clip_switch: Whether to generate a multi-clip video.
                Default: False
                Example: False
            seed: Random seed, value range is 0–2147483647. Using the same parameters and seed helps improve result reproducibility.
                From 0 to 2147483647.
                Example: 123456789
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.pixverse_v6_text_to_video import PixverseV6TextToVideoInput

        request = PixverseV6TextToVideoInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quality=quality,
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            generate_multi_clip_switch=generate_multi_clip_switch,
            seed=seed,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def transition(
        self,
        *,
        prompt: str,
        first_frame_image_url: str | os.PathLike[str],
        last_frame_image_url: str | os.PathLike[str],
        quality: Literal["360p", "540p", "720p", "1080p"],
        duration: int,
        generate_audio_switch: bool | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """PixVerse V6 First & Last Frame Transition (`pixverse-v6/transition`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.pixverse_v6_transition for the input as a dataclass.

        Args:
            prompt: Generate prompt, cannot be empty, length is limited to 3-5000 characters.
                Required.
                3 to 5000 characters.
                Example: "A cinematic sunrise illuminates a mist-shrouded mountain lake; the...
            first_frame_image_url: First frame image URL. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, and WebP; the size of a single image file must not exceed 20 MB
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
                Example: 'https://your-domain.com/images/first-frame.png'
            last_frame_image_url: Last frame image URL. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, and WebP; the size of a single image file must not exceed 20 MB
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
                Example: 'https://your-domain.com/images/last-frame.png'
            quality: Output video resolution. Supports 360p, 540p, 720p, and 1080p.
                Required.
                Options: 360p, 540p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Output video duration in seconds. PixVerse V6 supports 1–15 seconds.
                Required.
                From 1 to 15.
                Default: 5
                Example: 5
            generate_audio_switch: Whether to generate audio synchronized with the video content.
                Default: False
                Example: False
            seed: Random seed, value range is 0–2147483647. Using the same parameters and seed helps improve result reproducibility.
                From 0 to 2147483647.
                Example: 123456789
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.pixverse_v6_transition import PixverseV6TransitionInput

        request = PixverseV6TransitionInput(
            prompt=prompt,
            first_frame_image_url=first_frame_image_url,
            last_frame_image_url=last_frame_image_url,
            quality=quality,
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            seed=seed,
        )
        return await self._client.submit(request, callback_url=callback_url)
