"""PixVerse V6 Image to Video: `pixverse-v6/image-to-video` (image-to-video, video output).

Generated from specs/models/pixverse-v6/image-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "PixverseV6ImageToVideoInput"]

SPEC: Final = ModelSpec(
    id="pixverse-v6/image-to-video",
    title="PixVerse V6 Image to Video",
    kind="image-to-video",
    output="video",
    description="",
    module="pixverse_v6_image_to_video",
    class_name="PixverseV6ImageToVideoInput",
    group="pixverse_v6",
    method="image_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Generate prompt, cannot be empty, length is limited to 3-5000 characters.",
            example="Cinematic sunrise illuminating a mist-shrouded mountain lake, camera slowly skimming over the water, a flock of birds flying across the sky",
            min_length=3,
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            required=True,
            description="Image URLs, supports up to 2 images, single image size not exceeding 20 MB. Supports HTTP, HTTPS, and OSS addresses. Supported image formats include JPG, JPEG, PNG, and WebP.",
            max_items=2,
            items=FieldSpec(
                name="image_urls",
                py_name="image_urls",
                type="url",
                media="image",
                accept=(
                    "image/jpeg",
                    "image/png",
                    "image/webp",
                ),
                max_size=20000000,
                max_size_text="20MB",
            ),
        ),
        FieldSpec(
            name="quality",
            py_name="quality",
            type="enum",
            required=True,
            description="Output video resolution. Supports 360p, 540p, 720p, and 1080p.",
            default="720p",
            example="720p",
            options=(
                Option(value="360p", label="360p"),
                Option(value="540p", label="540p"),
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="integer",
            description="Generated video duration in seconds, ranging from 1 to 15. Required when template_id is not passed; if template_id is passed, the video duration is fixed by the selected template, please do not pass this parameter at the same time.",
            default=5,
            example=5,
            minimum=1,
            maximum=15,
        ),
        FieldSpec(
            name="generate_audio_switch",
            py_name="generate_audio_switch",
            type="boolean",
            description="Whether to generate audio synchronized with the video content.",
            default=False,
            example=False,
        ),
        FieldSpec(
            name="generate_multi_clip_switch",
            py_name="generate_multi_clip_switch",
            type="boolean",
            description="Whether to generate a multi-clip video.",
            default=False,
            example=False,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Random seed, value range is 0-2147483647. Using the same parameters and seed helps improve result reproducibility.",
            example=123456789,
            minimum=0,
            maximum=2147483647,
        ),
        FieldSpec(
            name="template_id",
            py_name="template_id",
            type="enum",
            description="Used to select a PixVerse video effect template. Please pass in the corresponding template_id. Once a template_id is provided, the video duration is fixed by the selected template, so duration cannot be set at the same time. effect_type indicates the number of images required by the selected template. Please upload the specified number of images accordingly. To preview the template effect, open https://static.aiquickdraw.com/tools/example/<template_id>.mp4 in a browser and replace <template_id> with the actual template ID. For example:https://static.aiquickdraw.com/tools/example/412736208886848.mp4. Available template list: 412736208886848 - Dive into the deep blue of love - Let every kiss turn into a dream. - effect_type: 2 411563216524736 - Skyline Track Flag - Unwavering. Next is the city-level entrance effect. - effect_type: 1 411316927927040 - Vibe Copines - Capture this vibe with tungtung. - effect_type: 1 411174903569216 - Crowd Focus - First person: The camera caught you - upload a selfie or group photo to become the focus of the audience - effect_type: 1 410999246341952 - Poke my little cutie - Pinch this little guy and watch it get cutely angry. - effect_type: 1 408891141511104 - Today is my birthday - Yes, I know you don't know me, but today is my birthday - effect_type: 1 410317363057408 - Mini Football Hero - Turn any photo into a mini chibi football hero and compete with giant players in a cinematic hyper-realistic stadium. - effect_type: 1 410285445698304 - Magma Rise - Rise from the ashes. Fight fire with fire. - effect_type: 1 410133101388544 - Cyber Armor: Reborn in the Rain 🌧️⚡ - Shatter the storm. Awaken the body of steel within. - effect_type: 1 409899296377728 - Product Landmark - Upload your product and turn it into a building! - effect_type: 1 408897485909952 - Mini Football Pitch - Upload your product and create a mini football pitch inside it! - effect_type: 1 408869061406656 - A kick through the world - Upload your product and let it shine on the night of the grand annual global competition! - effect_type: 1 408661207662528 - Small Town Footballer - Upload your product and enjoy the moment of victory! - effect_type: 1 409767750265728 - Crowned God in One Battle - You unexpectedly became the MVP of the game. - effect_type: 1 409766559675264 - Thriller Dance Steps - Upload a photo and watch it turn into an iconic viral dance trend! - effect_type: 1 409589071559552 - Dai Dai Dance - Vibe cheering dance template. A front-facing photo to easily join the dance floor clip. - effect_type: 1 407804339389760 - Fluffy Chef - Upload your product and cook in the fluffy kitchen - effect_type: 1 407658863287616 - Summer Postcard - Upload your product and join the summer special! - effect_type: 1 407474361215744 - Inhaled into Product Universe - Upload your product and enter the product universe! - effect_type: 1 407473438360320 - Fluffy Factory - Upload your product to make it in the fluffy factory - effect_type: 1 407467702283008 - Surfing Summer - Upload your product photo and start surfing! - effect_type: 1 385844572217469 - Love Launcher - A Valentine's Day moment in one shot. - effect_type: 1 406428904874432 - Kitty Shop - Upload your product image and let the cute cat transform into your street vendor! - effect_type: 1 406423682060736 - Courtyard Makeover Party - Upload your courtyard and give it a magical makeover! - effect_type: 1 406411724685760 - Ski Joy - Upload a photo of your pet, toy or product and let it embark on a fun skiing adventure. - effect_type: 1 406372274350528 - Nail Lab - Upload your nail photos and let our exclusive manicurists create exquisite nails for you. - effect_type: 1 406218913317312 - Rhythm Dash - Hit the beat, take off the crown. Welcome to the perfect score frenzy. - effect_type: 1 406218479198656 - Screen Killer King - The court needs a hero. So, you break through the screen. - effect_type: 1 406064763308480 - Dynamic Football Poster - From selfie to jersey photo (single and multiplayer) - effect_type: 1 406413607395776 - Football Live King! - The moment you score a wonderful goal, super sports car gifts pour down. - effect_type: 1 405662117814720 - Trophy Breakthrough - Upload your photo, transform into a champion football player, break through the screen and win the trophy! - effect_type: 1 406014934000064 - Post-match Sharp Comment - If the microphone is handed to you after the game, what would you say? - effect_type: 1 405658369331648 - Stadium Legend - Run, celebrate, create a legendary football moment. - effect_type: 1 405321470423488 - Step by Step - Step by step, shining with confidence - effect_type: 1 405175211454656 - Superstar Lobby - Welcome to your championship season. - effect_type: 1 404955806201792 - Post-match Sharp Comment 2 - If it's your turn for a post-match interview, what would you say about this game? - effect_type: 1 404820147974080 - Top of the World - Hold the trophy high and become the well-deserved hero of the football feast. - effect_type: 2 398980393937856 - The Last Hug - The last hug before the tsunami comes. - effect_type: 2 403916646846400 - My Future has Infinite Possibilities - Embrace your infinite potential and shine your future. - effect_type: 1 403739217192896 - Apex Dance - Flat rhythm, decadent chaotic dance steps - effect_type: 1 403560060358144 - Idol Ending Shot - One look up is a million direct shots. - effect_type: 1 403556618212098 - MotoGP Live - Live an unchoreographed moment. - effect_type: 1 398965022284579 - Knee Slide - Celebrate the victory with an iconic and energetic knee slide goal. - effect_type: 1 402201060373270 - Tunnel to Captain - Transform from an ordinary girl to a legendary football captain in a cinematic stadium journey. - effect_type: 1 403085292466285 - Golden Field Breaker - He is not on the list, but he still controls the scene. - effect_type: 1 402061828030966 - Trophy Celebration - Have you always wanted a huge trophy? Here, you can at least get it digitally. - effect_type: 1 402888569901524 - Jump into the Crowd 2 - Jump into the crowd - effect_type: 1 402155676592228 - World Champion Lift - You are the captain, lifting the trophy of victory. Mountains of people, golden ribbons, pure victory. - effect_type: 1 402047865383360 - Sideline Ball Boy - Experience the game from a unique perspective on the sidelines. Feel the excitement of the game as a young talent ready to participate. - effect_type: 1 402046136040202 - Epic Save - Become a legendary goalkeeper. Catch the ball in a stunning flying save. - effect_type: 1",
            options=(
                Option(value="412736208886848", label="412736208886848"),
                Option(value="411563216524736", label="411563216524736"),
                Option(value="411316927927040", label="411316927927040"),
                Option(value="411174903569216", label="411174903569216"),
                Option(value="410999246341952", label="410999246341952"),
                Option(value="408891141511104", label="408891141511104"),
                Option(value="410317363057408", label="410317363057408"),
                Option(value="410285445698304", label="410285445698304"),
                Option(value="410133101388544", label="410133101388544"),
                Option(value="409899296377728", label="409899296377728"),
                Option(value="408897485909952", label="408897485909952"),
                Option(value="408869061406656", label="408869061406656"),
                Option(value="408661207662528", label="408661207662528"),
                Option(value="409767750265728", label="409767750265728"),
                Option(value="409766559675264", label="409766559675264"),
                Option(value="409589071559552", label="409589071559552"),
                Option(value="407804339389760", label="407804339389760"),
                Option(value="407658863287616", label="407658863287616"),
                Option(value="407474361215744", label="407474361215744"),
                Option(value="407473438360320", label="407473438360320"),
                Option(value="407467702283008", label="407467702283008"),
                Option(value="385844572217469", label="385844572217469"),
                Option(value="406428904874432", label="406428904874432"),
                Option(value="406423682060736", label="406423682060736"),
                Option(value="406411724685760", label="406411724685760"),
                Option(value="406372274350528", label="406372274350528"),
                Option(value="406218913317312", label="406218913317312"),
                Option(value="406218479198656", label="406218479198656"),
                Option(value="406064763308480", label="406064763308480"),
                Option(value="406413607395776", label="406413607395776"),
                Option(value="405662117814720", label="405662117814720"),
                Option(value="406014934000064", label="406014934000064"),
                Option(value="405658369331648", label="405658369331648"),
                Option(value="405321470423488", label="405321470423488"),
                Option(value="405175211454656", label="405175211454656"),
                Option(value="404955806201792", label="404955806201792"),
                Option(value="404820147974080", label="404820147974080"),
                Option(value="398980393937856", label="398980393937856"),
                Option(value="403916646846400", label="403916646846400"),
                Option(value="403739217192896", label="403739217192896"),
                Option(value="403560060358144", label="403560060358144"),
                Option(value="403556618212098", label="403556618212098"),
                Option(value="398965022284579", label="398965022284579"),
                Option(value="402201060373270", label="402201060373270"),
                Option(value="403085292466285", label="403085292466285"),
                Option(value="402061828030966", label="402061828030966"),
                Option(value="402888569901524", label="402888569901524"),
                Option(value="402155676592228", label="402155676592228"),
                Option(value="402047865383360", label="402047865383360"),
                Option(value="402046136040202", label="402046136040202"),
            ),
        ),
    ),
    rules=(
        RuleSpec(
            kind="one_of",
            fields=(
                "duration",
                "template_id",
            ),
            message="Give duration, or a template_id (its template fixes the duration), not both.",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class PixverseV6ImageToVideoInput:
    """Input of PixVerse V6 Image to Video (`pixverse-v6/image-to-video`).

    Rule: Give duration, or a template_id (its template fixes the duration), not both.
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Generate prompt, cannot be empty, length is limited to 3-5000 characters.
    Required.
    3 to 5000 characters.
    Example: 'Cinematic sunrise illuminating a mist-shrouded mountain lake, came...
    """

    image_urls: Sequence[str | os.PathLike[str]]
    """Image URLs, supports up to 2 images, single image size not exceeding 20 MB. Supports HTTP, HTTPS, and OSS addresses. Supported image formats include JPG, JPEG, PNG, and WebP.
    Required.
    Up to 2 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
    """

    quality: Literal["360p", "540p", "720p", "1080p"]
    """Output video resolution. Supports 360p, 540p, 720p, and 1080p.
    Required.
    Options: 360p, 540p, 720p, 1080p
    Default: '720p'
    Example: '720p'
    """

    duration: int | None = None
    """Generated video duration in seconds, ranging from 1 to 15. Required when template_id is not passed; if template_id is passed, the video duration is fixed by the selected template, please do not pass this parameter at the same time.
    From 1 to 15.
    Default: 5
    Example: 5
    """

    generate_audio_switch: bool | None = None
    """Whether to generate audio synchronized with the video content.
    Default: False
    Example: False
    """

    generate_multi_clip_switch: bool | None = None
    """Whether to generate a multi-clip video.
    Default: False
    Example: False
    """

    seed: int | None = None
    """Random seed, value range is 0-2147483647. Using the same parameters and seed helps improve result reproducibility.
    From 0 to 2147483647.
    Example: 123456789
    """

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
    ) = None
    """Used to select a PixVerse video effect template. Please pass in the corresponding template_id. Once a template_id is provided, the video duration is fixed by the selected template, so duration cannot be set at the same time. effect_type indicates the number of images required by the selected template. Please upload the specified number of images accordingly. To preview the template effect, open https://static.aiquickdraw.com/tools/example/<template_id>.mp4 in a browser and replace <template_id> with the actual template ID. For example:https://static.aiquickdraw.com/tools/example/412736208886848.mp4. Available template list: 412736208886848 - Dive into the deep blue of love - Let every kiss turn into a dream. - effect_type: 2 411563216524736 - Skyline Track Flag - Unwavering. Next is the city-level entrance effect. - effect_type: 1 411316927927040 - Vibe Copines - Capture this vibe with tungtung. - effect_type: 1 411174903569216 - Crowd Focus - First person: The camera caught you - upload a selfie or group photo to become the focus of the audience - effect_type: 1 410999246341952 - Poke my little cutie - Pinch this little guy and watch it get cutely angry. - effect_type: 1 408891141511104 - Today is my birthday - Yes, I know you don't know me, but today is my birthday - effect_type: 1 410317363057408 - Mini Football Hero - Turn any photo into a mini chibi football hero and compete with giant players in a cinematic hyper-realistic stadium. - effect_type: 1 410285445698304 - Magma Rise - Rise from the ashes. Fight fire with fire. - effect_type: 1 410133101388544 - Cyber Armor: Reborn in the Rain 🌧️⚡ - Shatter the storm. Awaken the body of steel within. - effect_type: 1 409899296377728 - Product Landmark - Upload your product and turn it into a building! - effect_type: 1 408897485909952 - Mini Football Pitch - Upload your product and create a mini football pitch inside it! - effect_type: 1 408869061406656 - A kick through the world - Upload your product and let it shine on the night of the grand annual global competition! - effect_type: 1 408661207662528 - Small Town Footballer - Upload your product and enjoy the moment of victory! - effect_type: 1 409767750265728 - Crowned God in One Battle - You unexpectedly became the MVP of the game. - effect_type: 1 409766559675264 - Thriller Dance Steps - Upload a photo and watch it turn into an iconic viral dance trend! - effect_type: 1 409589071559552 - Dai Dai Dance - Vibe cheering dance template. A front-facing photo to easily join the dance floor clip. - effect_type: 1 407804339389760 - Fluffy Chef - Upload your product and cook in the fluffy kitchen - effect_type: 1 407658863287616 - Summer Postcard - Upload your product and join the summer special! - effect_type: 1 407474361215744 - Inhaled into Product Universe - Upload your product and enter the product universe! - effect_type: 1 407473438360320 - Fluffy Factory - Upload your product to make it in the fluffy factory - effect_type: 1 407467702283008 - Surfing Summer - Upload your product photo and start surfing! - effect_type: 1 385844572217469 - Love Launcher - A Valentine's Day moment in one shot. - effect_type: 1 406428904874432 - Kitty Shop - Upload your product image and let the cute cat transform into your street vendor! - effect_type: 1 406423682060736 - Courtyard Makeover Party - Upload your courtyard and give it a magical makeover! - effect_type: 1 406411724685760 - Ski Joy - Upload a photo of your pet, toy or product and let it embark on a fun skiing adventure. - effect_type: 1 406372274350528 - Nail Lab - Upload your nail photos and let our exclusive manicurists create exquisite nails for you. - effect_type: 1 406218913317312 - Rhythm Dash - Hit the beat, take off the crown. Welcome to the perfect score frenzy. - effect_type: 1 406218479198656 - Screen Killer King - The court needs a hero. So, you break through the screen. - effect_type: 1 406064763308480 - Dynamic Football Poster - From selfie to jersey photo (single and multiplayer) - effect_type: 1 406413607395776 - Football Live King! - The moment you score a wonderful goal, super sports car gifts pour down. - effect_type: 1 405662117814720 - Trophy Breakthrough - Upload your photo, transform into a champion football player, break through the screen and win the trophy! - effect_type: 1 406014934000064 - Post-match Sharp Comment - If the microphone is handed to you after the game, what would you say? - effect_type: 1 405658369331648 - Stadium Legend - Run, celebrate, create a legendary football moment. - effect_type: 1 405321470423488 - Step by Step - Step by step, shining with confidence - effect_type: 1 405175211454656 - Superstar Lobby - Welcome to your championship season. - effect_type: 1 404955806201792 - Post-match Sharp Comment 2 - If it's your turn for a post-match interview, what would you say about this game? - effect_type: 1 404820147974080 - Top of the World - Hold the trophy high and become the well-deserved hero of the football feast. - effect_type: 2 398980393937856 - The Last Hug - The last hug before the tsunami comes. - effect_type: 2 403916646846400 - My Future has Infinite Possibilities - Embrace your infinite potential and shine your future. - effect_type: 1 403739217192896 - Apex Dance - Flat rhythm, decadent chaotic dance steps - effect_type: 1 403560060358144 - Idol Ending Shot - One look up is a million direct shots. - effect_type: 1 403556618212098 - MotoGP Live - Live an unchoreographed moment. - effect_type: 1 398965022284579 - Knee Slide - Celebrate the victory with an iconic and energetic knee slide goal. - effect_type: 1 402201060373270 - Tunnel to Captain - Transform from an ordinary girl to a legendary football captain in a cinematic stadium journey. - effect_type: 1 403085292466285 - Golden Field Breaker - He is not on the list, but he still controls the scene. - effect_type: 1 402061828030966 - Trophy Celebration - Have you always wanted a huge trophy? Here, you can at least get it digitally. - effect_type: 1 402888569901524 - Jump into the Crowd 2 - Jump into the crowd - effect_type: 1 402155676592228 - World Champion Lift - You are the captain, lifting the trophy of victory. Mountains of people, golden ribbons, pure victory. - effect_type: 1 402047865383360 - Sideline Ball Boy - Experience the game from a unique perspective on the sidelines. Feel the excitement of the game as a young talent ready to participate. - effect_type: 1 402046136040202 - Epic Save - Become a legendary goalkeeper. Catch the ball in a stunning flying save. - effect_type: 1
    Options: 412736208886848, 411563216524736, 411316927927040, 411174903569216, 410999246341952, 408891141511104, 410317363057408, 410285445698304, 410133101388544, 409899296377728, 408897485909952, 408869061406656, 408661207662528, 409767750265728, 409766559675264, 409589071559552, 407804339389760, 407658863287616, 407474361215744, 407473438360320, 407467702283008, 385844572217469, 406428904874432, 406423682060736, 406411724685760, 406372274350528, 406218913317312, 406218479198656, 406064763308480, 406413607395776, 405662117814720, 406014934000064, 405658369331648, 405321470423488, 405175211454656, 404955806201792, 404820147974080, 398980393937856, 403916646846400, 403739217192896, 403560060358144, 403556618212098, 398965022284579, 402201060373270, 403085292466285, 402061828030966, 402888569901524, 402155676592228, 402047865383360, 402046136040202
    """
