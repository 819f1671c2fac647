"""Every model the package knows, and lazy access to its module.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import difflib
import importlib
import json
from types import ModuleType
from typing import Final, NamedTuple

from kie_client._spec import ModelSpec
from kie_client.errors import NotFoundError


class ModelEntry(NamedTuple):
    module: str
    class_name: str
    group: str
    method: str
    kind: str
    output: str
    title: str
    inputs: tuple[str, ...]  # the input names, required ones first


# One JSON row per model: id, module, input class, group, method, kind, output, title, inputs.
# Rows of data rather than constructor calls keep this module quick to import with many models.
_ROWS: Final = (
    '["bytedance/seedance-1.5-pro","bytedance_seedance_1_5_pro","BytedanceSeedance15ProInput","bytedance","seedance_1_5_pro","text-to-video","video","Bytedance Seedance 1.5 Pro",["prompt","aspect_ratio","duration","input_urls","resolution","fixed_lens","generate_audio","nsfw_checker"]]',
    '["bytedance/seedance-2","bytedance_seedance_2","BytedanceSeedance2Input","bytedance","seedance_2","reference-to-video","video","Bytedance Seedance 2.0",["prompt","first_frame_url","last_frame_url","reference_image_urls","reference_video_urls","reference_audio_urls","return_last_frame","generate_audio","resolution","aspect_ratio","duration","web_search","nsfw_checker"]]',
    '["bytedance/seedance-2-5","bytedance_seedance_2_5","BytedanceSeedance25Input","bytedance","seedance_2_5","reference-to-video","video","Bytedance Seedance 2.5",["prompt","first_frame_url","last_frame_url","reference_image_urls","reference_video_urls","reference_audio_urls","return_last_frame","generate_audio","resolution","aspect_ratio","duration","output_format","web_search","nsfw_checker"]]',
    '["bytedance/seedance-2-mini","bytedance_seedance_2_mini","BytedanceSeedance2MiniInput","bytedance","seedance_2_mini","reference-to-video","video","Bytedance Seedance 2.0 Mini",["prompt","first_frame_url","last_frame_url","reference_image_urls","reference_video_urls","reference_audio_urls","generate_audio","resolution","aspect_ratio","duration","web_search","nsfw_checker"]]',
    '["bytedance/v1-lite-image-to-video","bytedance_v1_lite_image_to_video","BytedanceV1LiteImageToVideoInput","bytedance","v1_lite_image_to_video","image-to-video","video","Bytedance V1 Lite Image to Video",["prompt","image_url","resolution","duration","camera_fixed","seed","enable_safety_checker","end_image_url","nsfw_checker"]]',
    '["bytedance/v1-lite-text-to-video","bytedance_v1_lite_text_to_video","BytedanceV1LiteTextToVideoInput","bytedance","v1_lite_text_to_video","text-to-video","video","ByteDance Seedance V1 Lite Text to Video",["prompt","aspect_ratio","resolution","duration","camera_fixed","seed","enable_safety_checker","nsfw_checker"]]',
    '["bytedance/v1-pro-image-to-video","bytedance_v1_pro_image_to_video","BytedanceV1ProImageToVideoInput","bytedance","v1_pro_image_to_video","image-to-video","video","Bytedance V1 Pro Image to Video",["prompt","image_url","resolution","duration","camera_fixed","seed","enable_safety_checker","nsfw_checker"]]',
    '["bytedance/v1-pro-text-to-video","bytedance_v1_pro_text_to_video","BytedanceV1ProTextToVideoInput","bytedance","v1_pro_text_to_video","text-to-video","video","Bytedance V1 Pro Text to Video",["prompt","aspect_ratio","resolution","duration","camera_fixed","seed","enable_safety_checker","nsfw_checker"]]',
    '["elevenlabs/text-to-dialogue-v3","elevenlabs_text_to_dialogue_v3","ElevenlabsTextToDialogueV3Input","elevenlabs","text_to_dialogue_v3","text-to-dialogue","audio","ElevenLabs Text to Dialogue V3",["dialogue","stability","language_code"]]',
    '["elevenlabs/text-to-speech-turbo-2-5","elevenlabs_text_to_speech_turbo_2_5","ElevenlabsTextToSpeechTurbo25Input","elevenlabs","text_to_speech_turbo_2_5","text-to-speech","audio","ElevenLabs Text to Speech Turbo 2.5",["text","voice","stability","similarity_boost","style","speed","timestamps","previous_text","next_text","language_code"]]',
    '["flux-2/flex-image-to-image","flux_2_flex_image_to_image","Flux2FlexImageToImageInput","flux_2","flex_image_to_image","image-to-image","image","Flux-2 Flex Image to Image",["input_urls","prompt","aspect_ratio","resolution","nsfw_checker"]]',
    '["flux-2/flex-text-to-image","flux_2_flex_text_to_image","Flux2FlexTextToImageInput","flux_2","flex_text_to_image","text-to-image","image","Flux-2 Flex Text to Image",["prompt","aspect_ratio","resolution","nsfw_checker"]]',
    '["flux-2/pro-image-to-image","flux_2_pro_image_to_image","Flux2ProImageToImageInput","flux_2","pro_image_to_image","image-to-image","image","Flux-2 Pro Image to Image",["input_urls","prompt","aspect_ratio","resolution","nsfw_checker"]]',
    '["flux-2/pro-text-to-image","flux_2_pro_text_to_image","Flux2ProTextToImageInput","flux_2","pro_text_to_image","text-to-image","image","Flux-2 Pro Text to Image",["prompt","aspect_ratio","resolution","nsfw_checker"]]',
    '["gemini-omni-video","gemini_omni_video","GeminiOmniVideoInput","gemini_omni_video","run","reference-to-video","video","Gemini Omni Video",["prompt","duration","image_urls","audio_ids","video_list","character_ids","aspect_ratio","resolution","seed"]]',
    '["google/gemini-2-5-pro-tts","google_gemini_2_5_pro_tts","GoogleGemini25ProTtsInput","google","gemini_2_5_pro_tts","text-to-speech","audio","Gemini 2.5 Pro Text to Speech",["speakers","dialogue_turns","temperature","scene","sample_context"]]',
    '["google/imagen4-fast","google_imagen4_fast","GoogleImagen4FastInput","google","imagen4_fast","text-to-image","image","Google Imagen4 Fast",["prompt","negative_prompt","aspect_ratio","seed"]]',
    '["google/imagen4-ultra","google_imagen4_ultra","GoogleImagen4UltraInput","google","imagen4_ultra","text-to-image","image","Google Imagen4 Ultra",["prompt","negative_prompt","aspect_ratio","seed"]]',
    '["google/nano-banana","google_nano_banana","GoogleNanoBananaInput","google","nano_banana","text-to-image","image","Google Nano Banana",["prompt","output_format","aspect_ratio","image_size","nsfw_checker"]]',
    '["google/nano-banana-edit","google_nano_banana_edit","GoogleNanoBananaEditInput","google","nano_banana_edit","image-edit","image","Google Nano Banana Edit",["prompt","image_urls","output_format","aspect_ratio","image_size"]]',
    '["gpt-image-2-image-to-image","gpt_image_2_image_to_image","GptImage2ImageToImageInput","gpt_image_2_image_to_image","run","image-to-image","image","GPT Image 2 Image to Image",["prompt","input_urls","aspect_ratio","resolution"]]',
    '["gpt-image-2-text-to-image","gpt_image_2_text_to_image","GptImage2TextToImageInput","gpt_image_2_text_to_image","run","text-to-image","image","GPT Image 2 Text to Image",["prompt","aspect_ratio","resolution"]]',
    '["gpt-image/1.5-image-to-image","gpt_image_1_5_image_to_image","GptImage15ImageToImageInput","gpt_image","v1_5_image_to_image","image-to-image","image","GPT Image-1.5 Image to Image",["input_urls","prompt","aspect_ratio","quality"]]',
    '["gpt-image/1.5-text-to-image","gpt_image_1_5_text_to_image","GptImage15TextToImageInput","gpt_image","v1_5_text_to_image","text-to-image","image","GPT Image-1.5 Text to Image",["prompt","aspect_ratio","quality"]]',
    '["grok-imagine-image-2-0/image-edit","grok_imagine_image_2_0_image_edit","GrokImagineImage20ImageEditInput","grok_imagine_image_2_0","image_edit","image-edit","image","Grok Imagine Image 2.0 Image Edit",["prompt","task_id","mask_indexs"]]',
    '["grok-imagine-image-2-0/segment-map","grok_imagine_image_2_0_segment_map","GrokImagineImage20SegmentMapInput","grok_imagine_image_2_0","segment_map","image-segmentation","image","Grok Imagine Image 2.0 Segment Map",["task_id","image_url"]]',
    '["grok-imagine-video-1-5-preview","grok_imagine_video_1_5_preview","GrokImagineVideo15PreviewInput","grok_imagine_video_1_5_preview","run","text-to-video","video","Grok Imagine Video 1.5 Preview",["prompt","image_urls","aspect_ratio","resolution","duration","nsfw_checker"]]',
    '["grok-imagine/image-to-image","grok_imagine_image_to_image","GrokImagineImageToImageInput","grok_imagine","image_to_image","image-to-image","image","Grok Imagine Image to Image",["image_urls","prompt","nsfw_checker"]]',
    '["grok-imagine/image-to-video","grok_imagine_image_to_video","GrokImagineImageToVideoInput","grok_imagine","image_to_video","image-to-video","video","Grok Imagine Image to Video",["image_urls","task_id","index","prompt","mode","duration","resolution","aspect_ratio","nsfw_checker"]]',
    '["grok-imagine/text-to-image","grok_imagine_text_to_image","GrokImagineTextToImageInput","grok_imagine","text_to_image","text-to-image","image","Grok Imagine Text to Image",["prompt","aspect_ratio","enable_pro","nsfw_checker"]]',
    '["grok-imagine/text-to-video","grok_imagine_text_to_video","GrokImagineTextToVideoInput","grok_imagine","text_to_video","text-to-video","video","Grok Imagine Text to Video",["prompt","aspect_ratio","mode","duration","resolution","nsfw_checker"]]',
    '["hailuo/02-image-to-video-standard","hailuo_02_image_to_video_standard","Hailuo02ImageToVideoStandardInput","hailuo","v02_image_to_video_standard","image-to-video","video","Hailuo Standard Image to Video",["prompt","image_url","end_image_url","duration","resolution","prompt_optimizer","nsfw_checker"]]',
    '["hailuo/2-3-image-to-video-pro","hailuo_2_3_image_to_video_pro","Hailuo23ImageToVideoProInput","hailuo","v2_3_image_to_video_pro","image-to-video","video","Hailuo 2.3 Pro Image to Video",["prompt","image_url","duration","resolution","nsfw_checker"]]',
    '["hailuo/2-3-image-to-video-standard","hailuo_2_3_image_to_video_standard","Hailuo23ImageToVideoStandardInput","hailuo","v2_3_image_to_video_standard","image-to-video","video","Hailuo 2.3 Standard Image to Video",["prompt","image_url","duration","resolution","nsfw_checker"]]',
    '["happyhorse-1-1/image-to-video","happyhorse_1_1_image_to_video","Happyhorse11ImageToVideoInput","happyhorse_1_1","image_to_video","image-to-video","video","HappyHorse 1.1 Image to Video",["image_urls","prompt","resolution","duration"]]',
    '["happyhorse-1-1/reference-to-video","happyhorse_1_1_reference_to_video","Happyhorse11ReferenceToVideoInput","happyhorse_1_1","reference_to_video","reference-to-video","video","HappyHorse 1.1 Reference to Video",["prompt","reference_image","resolution","aspect_ratio","duration"]]',
    '["happyhorse/image-to-video","happyhorse_image_to_video","HappyhorseImageToVideoInput","happyhorse","image_to_video","image-to-video","video","HappyHorse Image to Video",["image_urls","prompt","resolution","duration","seed"]]',
    '["happyhorse/reference-to-video","happyhorse_reference_to_video","HappyhorseReferenceToVideoInput","happyhorse","reference_to_video","reference-to-video","video","HappyHorse Reference to Video",["prompt","reference_image","resolution","aspect_ratio","duration","seed"]]',
    '["happyhorse/text-to-video","happyhorse_text_to_video","HappyhorseTextToVideoInput","happyhorse","text_to_video","text-to-video","video","HappyHorse Text to Video",["prompt","resolution","aspect_ratio","duration","seed"]]',
    '["happyhorse/video-edit","happyhorse_video_edit","HappyhorseVideoEditInput","happyhorse","video_edit","video-edit","video","HappyHorse Video Edit",["prompt","video_url","reference_image","resolution","audio_setting","seed"]]',
    '["ideogram/character-edit","ideogram_character_edit","IdeogramCharacterEditInput","ideogram","character_edit","image-edit","image","Ideogram Character Edit",["prompt","image_url","mask_url","reference_image_urls","rendering_speed","style","expand_prompt","num_images","seed"]]',
    '["ideogram/character-remix","ideogram_character_remix","IdeogramCharacterRemixInput","ideogram","character_remix","image-to-image","image","Ideogram Character Remix",["prompt","image_url","reference_image_urls","rendering_speed","style","expand_prompt","image_size","num_images","seed","strength","negative_prompt","image_urls","reference_mask_urls"]]',
    '["ideogram/v3-edit","ideogram_v3_edit","IdeogramV3EditInput","ideogram","v3_edit","image-edit","image","Ideogram V3 Edit",["prompt","image_url","mask_url","rendering_speed","expand_prompt","seed"]]',
    '["ideogram/v3-reframe","ideogram_v3_reframe","IdeogramV3ReframeInput","ideogram","v3_reframe","reframe","image","Ideogram V3 Reframe",["image_url","image_size","rendering_speed","style","num_images","seed"]]',
    '["ideogram/v3-remix","ideogram_v3_remix","IdeogramV3RemixInput","ideogram","v3_remix","image-to-image","image","Ideogram V3 Remix",["prompt","image_url","rendering_speed","style","expand_prompt","image_size","num_images","seed","strength","negative_prompt"]]',
    '["infinitalk/from-audio","infinitalk_from_audio","InfinitalkFromAudioInput","infinitalk","from_audio","avatar","video","Infinitalk From Audio",["image_url","audio_url","prompt","resolution","seed"]]',
    '["kling-2.6/image-to-video","kling_2_6_image_to_video","Kling26ImageToVideoInput","kling_2_6","image_to_video","image-to-video","video","Kling 2.6 Image to Video",["prompt","image_urls","sound","duration"]]',
    '["kling-2.6/motion-control","kling_2_6_motion_control","Kling26MotionControlInput","kling_2_6","motion_control","motion-control","video","Kling 2.6 Motion Control",["input_urls","video_urls","character_orientation","mode","prompt"]]',
    '["kling-2.6/text-to-video","kling_2_6_text_to_video","Kling26TextToVideoInput","kling_2_6","text_to_video","text-to-video","video","Kling 2.6 Text to Video",["prompt","sound","aspect_ratio","duration"]]',
    '["kling-3.0-omni/image-to-video","kling_3_0_omni_image_to_video","Kling30OmniImageToVideoInput","kling_3_0_omni","image_to_video","image-to-video","video","Kling 3.0 Omni Image to Video",["prompt","image_urls","duration","resolution","aspect_ratio","audio","customize_multi_shots","prefer_multi_shots","multi_prompt","elements"]]',
    '["kling-3.0-omni/reference-to-video","kling_3_0_omni_reference_to_video","Kling30OmniReferenceToVideoInput","kling_3_0_omni","reference_to_video","reference-to-video","video","Kling 3.0 Omni Reference to Video",["prompt","image_urls","duration","resolution","aspect_ratio","audio","customize_multi_shots","prefer_multi_shots","multi_prompt","elements","video_urls"]]',
    '["kling-3.0-omni/text-to-video","kling_3_0_omni_text_to_video","Kling30OmniTextToVideoInput","kling_3_0_omni","text_to_video","text-to-video","video","Kling 3.0 Omni Text to Video",["prompt","customize_multi_shots","prefer_multi_shots","multi_prompt","elements","audio","resolution","aspect_ratio","duration"]]',
    '["kling-3.0-omni/transformation","kling_3_0_omni_transformation","Kling30OmniTransformationInput","kling_3_0_omni","transformation","video-to-video","video","Kling 3.0 Omni Transformation",["prompt","video_urls","image_urls","duration","resolution","aspect_ratio","audio","elements"]]',
    '["kling-3.0/motion-control","kling_3_0_motion_control","Kling30MotionControlInput","kling_3_0","motion_control","motion-control","video","Kling 3.0 Motion Control",["input_urls","video_urls","prompt","mode","character_orientation","background_source"]]',
    '["kling-3.0/video","kling_3_0_video","Kling30VideoInput","kling_3_0","video","text-to-video","video","Kling 3.0",["prompt","sound","duration","mode","multi_shots","multi_prompt","image_urls","aspect_ratio","kling_elements"]]',
    '["kling/ai-avatar-pro","kling_ai_avatar_pro","KlingAiAvatarProInput","kling","ai_avatar_pro","avatar","video","Kling AI Avatar Pro",["image_url","audio_url","prompt"]]',
    '["kling/ai-avatar-standard","kling_ai_avatar_standard","KlingAiAvatarStandardInput","kling","ai_avatar_standard","avatar","video","Kling AI Avatar Standard",["image_url","audio_url","prompt"]]',
    '["kling/v1-avatar-standard","kling_v1_avatar_standard","KlingV1AvatarStandardInput","kling","v1_avatar_standard","avatar","video","Kling V1 Avatar Standard",["image_url","audio_url","prompt"]]',
    '["kling/v2-1-master-image-to-video","kling_v2_1_master_image_to_video","KlingV21MasterImageToVideoInput","kling","v2_1_master_image_to_video","image-to-video","video","Kling V2.1 Master Image to Video",["prompt","image_url","duration","negative_prompt","cfg_scale"]]',
    '["kling/v2-1-master-text-to-video","kling_v2_1_master_text_to_video","KlingV21MasterTextToVideoInput","kling","v2_1_master_text_to_video","text-to-video","video","Kling V2.1 Master Text to Video",["prompt","duration","aspect_ratio","negative_prompt","cfg_scale"]]',
    '["kling/v2-1-pro","kling_v2_1_pro","KlingV21ProInput","kling","v2_1_pro","image-to-video","video","Kling V2.1 Pro",["prompt","image_url","duration","negative_prompt","cfg_scale","tail_image_url"]]',
    '["kling/v2-1-standard","kling_v2_1_standard","KlingV21StandardInput","kling","v2_1_standard","image-to-video","video","Kling V2.1 Standard",["prompt","image_url","duration","negative_prompt","cfg_scale"]]',
    '["kling/v2-5-turbo-image-to-video-pro","kling_v2_5_turbo_image_to_video_pro","KlingV25TurboImageToVideoProInput","kling","v2_5_turbo_image_to_video_pro","image-to-video","video","Kling V2.5 Turbo Image to Video Pro",["prompt","image_url","tail_image_url","duration","negative_prompt","cfg_scale"]]',
    '["kling/v2-5-turbo-text-to-video-pro","kling_v2_5_turbo_text_to_video_pro","KlingV25TurboTextToVideoProInput","kling","v2_5_turbo_text_to_video_pro","text-to-video","video","Kling V2.5 Turbo Text to Video Pro",["prompt","duration","aspect_ratio","negative_prompt","cfg_scale"]]',
    '["kling/v3-turbo-image-to-video","kling_v3_turbo_image_to_video","KlingV3TurboImageToVideoInput","kling","v3_turbo_image_to_video","image-to-video","video","Kling V3 Turbo Image to Video",["prompt","image_urls","duration","resolution"]]',
    '["kling/v3-turbo-text-to-video","kling_v3_turbo_text_to_video","KlingV3TurboTextToVideoInput","kling","v3_turbo_text_to_video","text-to-video","video","Kling V3 Turbo Text to Video",["prompt","duration","aspect_ratio","resolution"]]',
    '["minimax-h3/image-to-video","minimax_h3_image_to_video","MinimaxH3ImageToVideoInput","minimax_h3","image_to_video","image-to-video","video","MiniMax H3 Image to Video",["prompt","duration","first_frame_url","last_frame_url","resolution"]]',
    '["minimax-h3/reference-to-video","minimax_h3_reference_to_video","MinimaxH3ReferenceToVideoInput","minimax_h3","reference_to_video","reference-to-video","video","MiniMax H3 Reference to Video",["prompt","duration","reference_image_urls","reference_video_urls","reference_audio_urls","aspect_ratio","resolution"]]',
    '["minimax-h3/text-to-video","minimax_h3_text_to_video","MinimaxH3TextToVideoInput","minimax_h3","text_to_video","text-to-video","video","MiniMax H3 Text to Video",["prompt","aspect_ratio","duration","resolution"]]',
    '["nano-banana-2","nano_banana_2","NanoBanana2Input","nano_banana_2","run","text-to-image","image","Google Nano Banana 2",["prompt","image_input","aspect_ratio","resolution","output_format"]]',
    '["nano-banana-2-lite","nano_banana_2_lite","NanoBanana2LiteInput","nano_banana_2_lite","run","text-to-image","image","Google Nano Banana 2 Lite",["prompt","aspect_ratio","image_urls"]]',
    '["omnihuman-1-5/human-identification","omnihuman_1_5_human_identification","Omnihuman15HumanIdentificationInput","omnihuman_1_5","human_identification","human-identification","text","OmniHuman 1.5 Human Identification",["image_url"]]',
    '["pixverse-v6/extend","pixverse_v6_extend","PixverseV6ExtendInput","pixverse_v6","extend","video-extend","video","PixVerse V6 Video Extension",["prompt","duration","quality","generate_audio_switch","seed","taskId","video_url"]]',
    '["pixverse-v6/image-to-video","pixverse_v6_image_to_video","PixverseV6ImageToVideoInput","pixverse_v6","image_to_video","image-to-video","video","PixVerse V6 Image to Video",["prompt","image_urls","quality","duration","generate_audio_switch","generate_multi_clip_switch","seed","template_id"]]',
    '["pixverse-v6/reference-to-video","pixverse_v6_reference_to_video","PixverseV6ReferenceToVideoInput","pixverse_v6","reference_to_video","reference-to-video","video","PixVerse V6 Reference to Video",["prompt","image_references","aspect_ratio","quality","duration","generate_audio_switch","seed"]]',
    '["pixverse-v6/text-to-video","pixverse_v6_text_to_video","PixverseV6TextToVideoInput","pixverse_v6","text_to_video","text-to-video","video","PixVerse V6 Text to Video",["prompt","aspect_ratio","quality","duration","generate_audio_switch","generate_multi_clip_switch","seed"]]',
    '["pixverse-v6/transition","pixverse_v6_transition","PixverseV6TransitionInput","pixverse_v6","transition","image-to-video","video","PixVerse V6 First & Last Frame Transition",["prompt","first_frame_image_url","last_frame_image_url","quality","duration","generate_audio_switch","seed"]]',
    '["qwen/image-edit","qwen_image_edit","QwenImageEditInput","qwen","image_edit","image-edit","image","Qwen Image Edit",["prompt","image_url","acceleration","image_size","num_inference_steps","seed","guidance_scale","sync_mode","num_images","enable_safety_checker","output_format","negative_prompt","nsfw_checker"]]',
    '["qwen2/image-edit","qwen2_image_edit","Qwen2ImageEditInput","qwen2","image_edit","image-edit","image","Qwen2 Image Edit",["prompt","image_url","image_size","seed","output_format","nsfw_checker"]]',
    '["qwen3/pro-image-to-image","qwen3_pro_image_to_image","Qwen3ProImageToImageInput","qwen3","pro_image_to_image","image-to-image","image","Qwen3 Pro Image to Image",["image_urls","prompt","resolution","image_size","output_format","prompt_extend","negative_prompt","seed","nsfw_checker"]]',
    '["qwen3/pro-text-to-image","qwen3_pro_text_to_image","Qwen3ProTextToImageInput","qwen3","pro_text_to_image","text-to-image","image","Qwen3 Pro Text to Image",["prompt","resolution","image_size","output_format","prompt_extend","negative_prompt","seed","nsfw_checker"]]',
    '["qwen3/text-to-image","qwen3_text_to_image","Qwen3TextToImageInput","qwen3","text_to_image","text-to-image","image","Qwen3 Text to Image",["prompt","resolution","image_size","output_format","prompt_extend","negative_prompt","seed","nsfw_checker"]]',
    '["recraft/crisp-upscale","recraft_crisp_upscale","RecraftCrispUpscaleInput","recraft","crisp_upscale","upscale","image","Recraft Crisp Upscale",["image"]]',
    '["seedream/4.5-edit","seedream_4_5_edit","Seedream45EditInput","seedream","v4_5_edit","image-edit","image","Seedream 4.5 Edit",["prompt","image_urls","aspect_ratio","quality","nsfw_checker"]]',
    '["seedream/4.5-text-to-image","seedream_4_5_text_to_image","Seedream45TextToImageInput","seedream","v4_5_text_to_image","text-to-image","image","Seedream 4.5 Text to Image",["prompt","aspect_ratio","quality","nsfw_checker"]]',
    '["seedream/5-lite-image-to-image","seedream_5_lite_image_to_image","Seedream5LiteImageToImageInput","seedream","v5_lite_image_to_image","image-to-image","image","Seedream 5.0 Lite Image to Image",["prompt","image_urls","aspect_ratio","quality","output_format","nsfw_checker"]]',
    '["seedream/5-lite-text-to-image","seedream_5_lite_text_to_image","Seedream5LiteTextToImageInput","seedream","v5_lite_text_to_image","text-to-image","image","Seedream 5.0 Lite Text to Image",["prompt","aspect_ratio","quality","output_format","nsfw_checker"]]',
    '["seedream/5-pro-image-to-image","seedream_5_pro_image_to_image","Seedream5ProImageToImageInput","seedream","v5_pro_image_to_image","image-to-image","image","Seedream 5.0 Pro Image to Image",["prompt","image_urls","aspect_ratio","quality","output_format","nsfw_checker"]]',
    '["seedream/5-pro-layer-decomposition","seedream_5_pro_layer_decomposition","Seedream5ProLayerDecompositionInput","seedream","v5_pro_layer_decomposition","layer-decomposition","image","Seedream 5.0 Pro Layer Decomposition",["image_url","prompt","size","output_format"]]',
    '["seedream/5-pro-text-to-image","seedream_5_pro_text_to_image","Seedream5ProTextToImageInput","seedream","v5_pro_text_to_image","text-to-image","image","Seedream 5.0 Pro Text to Image",["prompt","aspect_ratio","quality","output_format","nsfw_checker"]]',
    '["topaz/image-upscale","topaz_image_upscale","TopazImageUpscaleInput","topaz","image_upscale","upscale","image","Topaz Image Upscale",["image_url","upscale_factor"]]',
    '["topaz/video-upscale","topaz_video_upscale","TopazVideoUpscaleInput","topaz","video_upscale","upscale","video","Topaz Video Upscale",["video_url","upscale_factor"]]',
    '["volcengine/video-to-video-lip-sync","volcengine_video_to_video_lip_sync","VolcengineVideoToVideoLipSyncInput","volcengine","video_to_video_lip_sync","lip-sync","video","Volcengine Video to Video Lip Sync",["mode","video_url","audio_url","separate_vocal","open_scenedet","align_audio","align_audio_reverse","templ_start_seconds"]]',
    '["wan/2-2-a14b-image-to-video-turbo","wan_2_2_a14b_image_to_video_turbo","Wan22A14bImageToVideoTurboInput","wan","v2_2_a14b_image_to_video_turbo","image-to-video","video","Wan 2.2 A14B Image to Video Turbo",["image_url","prompt","resolution","enable_prompt_expansion","seed","acceleration","nsfw_checker"]]',
    '["wan/2-2-a14b-speech-to-video-turbo","wan_2_2_a14b_speech_to_video_turbo","Wan22A14bSpeechToVideoTurboInput","wan","v2_2_a14b_speech_to_video_turbo","speech-to-video","video","Wan 2.2 A14B Speech to Video Turbo",["prompt","image_url","audio_url","num_frames","frames_per_second","resolution","negative_prompt","seed","num_inference_steps","guidance_scale","shift","nsfw_checker"]]',
    '["wan/2-2-a14b-text-to-video-turbo","wan_2_2_a14b_text_to_video_turbo","Wan22A14bTextToVideoTurboInput","wan","v2_2_a14b_text_to_video_turbo","text-to-video","video","Wan 2.2 A14B Text to Video Turbo",["prompt","resolution","aspect_ratio","enable_prompt_expansion","seed","acceleration","nsfw_checker"]]',
    '["wan/2-2-animate-move","wan_2_2_animate_move","Wan22AnimateMoveInput","wan","v2_2_animate_move","motion-control","video","Wan Animate Move",["video_url","image_url","resolution","nsfw_checker"]]',
    '["wan/2-2-animate-replace","wan_2_2_animate_replace","Wan22AnimateReplaceInput","wan","v2_2_animate_replace","video-edit","video","Wan Animate Replace",["video_url","image_url","resolution","nsfw_checker"]]',
    '["wan/2-5-image-to-video","wan_2_5_image_to_video","Wan25ImageToVideoInput","wan","v2_5_image_to_video","image-to-video","video","Wan 2.5 Image to Video",["prompt","image_url","duration","resolution","negative_prompt","enable_prompt_expansion","seed","nsfw_checker"]]',
    '["wan/2-5-text-to-video","wan_2_5_text_to_video","Wan25TextToVideoInput","wan","v2_5_text_to_video","text-to-video","video","Wan 2.5 Text to Video",["prompt","duration","aspect_ratio","resolution","negative_prompt","enable_prompt_expansion","seed","nsfw_checker"]]',
    '["wan/2-6-flash-image-to-video","wan_2_6_flash_image_to_video","Wan26FlashImageToVideoInput","wan","v2_6_flash_image_to_video","image-to-video","video","Wan 2.6 Flash Image to Video",["prompt","image_urls","audio","duration","resolution","multi_shots","nsfw_checker"]]',
    '["wan/2-6-flash-video-to-video","wan_2_6_flash_video_to_video","Wan26FlashVideoToVideoInput","wan","v2_6_flash_video_to_video","video-to-video","video","Wan 2.6 Flash Video to Video",["prompt","video_urls","duration","resolution","audio","multi_shots","nsfw_checker"]]',
    '["wan/2-6-text-to-video","wan_2_6_text_to_video","Wan26TextToVideoInput","wan","v2_6_text_to_video","text-to-video","video","Wan 2.6 Text to Video",["prompt","duration","resolution","multi_shots","nsfw_checker"]]',
    '["wan/2-6-video-to-video","wan_2_6_video_to_video","Wan26VideoToVideoInput","wan","v2_6_video_to_video","video-to-video","video","Wan 2.6 Video to Video",["prompt","video_urls","duration","resolution","multi_shots","nsfw_checker"]]',
    '["wan/2-7-image","wan_2_7_image","Wan27ImageInput","wan","v2_7_image","text-to-image","image","Wan 2.7 Image",["prompt","input_urls","aspect_ratio","enable_sequential","n","resolution","thinking_mode","color_palette","bbox_list","watermark","seed","nsfw_checker"]]',
    '["wan/2-7-image-to-video","wan_2_7_image_to_video","Wan27ImageToVideoInput","wan","v2_7_image_to_video","image-to-video","video","Wan 2.7 Image to Video",["prompt","negative_prompt","first_frame_url","last_frame_url","first_clip_url","driving_audio_url","resolution","duration","prompt_extend","watermark","seed","nsfw_checker"]]',
    '["wan/2-7-r2v","wan_2_7_r2v","Wan27R2vInput","wan","v2_7_r2v","reference-to-video","video","Wan 2.7 Reference to Video",["prompt","negative_prompt","reference_image","reference_video","first_frame","reference_voice","resolution","aspect_ratio","duration","prompt_extend","watermark","seed","nsfw_checker"]]',
    '["wan/2-7-text-to-video","wan_2_7_text_to_video","Wan27TextToVideoInput","wan","v2_7_text_to_video","text-to-video","video","Wan 2.7 Text to Video",["prompt","negative_prompt","audio_url","resolution","ratio","duration","prompt_extend","watermark","seed","nsfw_checker"]]',
    '["wan/2-7-videoedit","wan_2_7_videoedit","Wan27VideoeditInput","wan","v2_7_videoedit","video-edit","video","Wan 2.7 Video Edit",["video_url","prompt","negative_prompt","reference_image","resolution","aspect_ratio","duration","audio_setting","prompt_extend","watermark","seed","nsfw_checker"]]',
    '["z-image","z_image","ZImageInput","z_image","run","text-to-image","image","Z-Image",["prompt","aspect_ratio","nsfw_checker"]]',
)


def _entries() -> dict[str, ModelEntry]:
    entries = {}
    for row in _ROWS:
        model_id, module, class_name, group, method, kind, output, title, inputs = json.loads(row)
        entries[model_id] = ModelEntry(
            module, class_name, group, method, kind, output, title, tuple(inputs)
        )

    return entries


MODELS: Final[dict[str, ModelEntry]] = _entries()

# The largest file any model documents for a URL input, in bytes (None: no model says).
LARGEST_INPUT_FILE_BYTES: Final[int | None] = 500000000


def load_model(model_id: str) -> ModuleType:
    """The generated module of `model_id`, imported now if it was not yet."""
    entry = MODELS.get(model_id)
    if entry is None:
        close = difflib.get_close_matches(model_id, MODELS, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(sorted(MODELS))}"
        raise NotFoundError(f"unknown model {model_id!r}{hint}")
    return importlib.import_module(f"kie_client.models.{entry.module}")


def spec_of(model_id: str) -> ModelSpec:
    """The spec of `model_id`: its fields, limits and rules."""
    spec: ModelSpec = load_model(model_id).SPEC
    return spec
