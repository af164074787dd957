"""Tiny random-init models of the paper's real classes, built in code (no model hub).

They prove that the HPC code paths load checkpoints, pack frames/audio/text and decode; their
output is noise and is never shown as a real model's.
"""

from __future__ import annotations

from pathlib import Path

SPECIAL = [
    "<|endoftext|>",
    "<|im_start|>",
    "<|im_end|>",
    "<|AUDIO|>",
    "<|audio_bos|>",
    "<|audio_eos|>",
    "<|IMAGE|>",
    "<|VIDEO|>",
    "<|vision_bos|>",
    "<|vision_eos|>",
]
WORDS = [
    "system",
    "user",
    "assistant",
    "you",
    "describe",
    "video",
    "clips",
    "the",
    "a",
    "of",
    "and",
    "json",
    "answer",
    ":",
    "{",
    "}",
    '"',
    ",",
    ".",
    "?",
    "subject",
    "intent",
    "action",
    "aims",
    "to",
    "by",
    "[UNK]",
]
# The shape of Qwen's chat template: media parts become their placeholder tokens.
CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n"
    "{% if m['content'] is string %}{{ m['content'] }}{% else %}{% for c in m['content'] %}"
    "{% if c['type'] == 'video' %}<|vision_bos|><|VIDEO|><|vision_eos|>"
    "{% elif c['type'] == 'image' %}<|vision_bos|><|IMAGE|><|vision_eos|>"
    "{% elif c['type'] == 'audio' %}<|audio_bos|><|AUDIO|><|audio_eos|>"
    "{% else %}{{ c['text'] }}{% endif %}{% endfor %}{% endif %}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
MERGE = 2
TEXT_CONFIG = {
    "hidden_size": 32,
    "intermediate_size": 37,
    "num_hidden_layers": 2,
    "num_attention_heads": 4,
    "num_key_value_heads": 2,
    "max_position_embeddings": 4096,
}


def tiny_tokenizer():
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocab = {t: i for i, t in enumerate(SPECIAL + WORDS)}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tok.add_special_tokens(SPECIAL)
    names = {
        "image_token": "<|IMAGE|>",
        "audio_token": "<|AUDIO|>",
        "video_token": "<|VIDEO|>",
        "vision_bos_token": "<|vision_bos|>",
        "vision_eos_token": "<|vision_eos|>",
        "audio_bos_token": "<|audio_bos|>",
        "audio_eos_token": "<|audio_eos|>",
    }
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        unk_token="[UNK]",
        extra_special_tokens=names,
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    return tokenizer


def build_tiny_omni(out: Path, full: bool = False) -> Path:
    """A Qwen2.5-Omni thinker checkpoint (or, with ``full``, thinker + talker + vocoder, as the
    released checkpoints are) and its processor, saved with ``save_pretrained``."""
    import torch
    from transformers import (
        Qwen2_5OmniConfig,
        Qwen2_5OmniForConditionalGeneration,
        Qwen2_5OmniProcessor,
        Qwen2_5OmniThinkerConfig,
        Qwen2_5OmniThinkerForConditionalGeneration,
        WhisperFeatureExtractor,
    )
    from transformers.models.qwen2_vl.image_processing_qwen2_vl import Qwen2VLImageProcessor
    from transformers.models.qwen2_vl.video_processing_qwen2_vl import Qwen2VLVideoProcessor

    tokenizer = tiny_tokenizer()
    ids = tokenizer.convert_tokens_to_ids
    processor = Qwen2_5OmniProcessor(
        image_processor=Qwen2VLImageProcessor(
            patch_size=14, temporal_patch_size=2, merge_size=MERGE
        ),
        video_processor=Qwen2VLVideoProcessor(
            patch_size=14, temporal_patch_size=2, merge_size=MERGE
        ),
        feature_extractor=WhisperFeatureExtractor(feature_size=20),
        tokenizer=tokenizer,
        chat_template=CHAT_TEMPLATE,
    )
    tokens = {
        "audio_token_index": ids("<|AUDIO|>"),
        "image_token_index": ids("<|IMAGE|>"),
        "video_token_index": ids("<|VIDEO|>"),
        "vision_start_token_id": ids("<|vision_bos|>"),
        "vision_end_token_id": ids("<|vision_eos|>"),
        "audio_start_token_id": ids("<|audio_bos|>"),
        "audio_end_token_id": ids("<|audio_eos|>"),
    }
    thinker = Qwen2_5OmniThinkerConfig(
        audio_config={
            "d_model": 32,
            "encoder_attention_heads": 4,
            "encoder_ffn_dim": 32,
            "encoder_layers": 1,
            "num_mel_bins": 20,
            "max_source_positions": 1500,
            "n_window": 100,
            "output_dim": 32,
        },
        vision_config={
            "depth": 1,
            "embed_dim": 32,
            "hidden_size": 32,
            "intermediate_size": 32,
            "num_heads": 4,
            "patch_size": 14,
            "spatial_merge_size": MERGE,
            "temporal_patch_size": 2,
            "out_hidden_size": 32,
            "fullatt_block_indexes": [0],
        },
        text_config=TEXT_CONFIG
        | {
            "rope_scaling": {"mrope_section": [1, 1, 2], "rope_type": "default", "type": "default"},
            "vocab_size": len(tokenizer),
            "eos_token_id": ids("<|im_end|>"),
            "pad_token_id": ids("<|endoftext|>"),
        },
        user_token_id=ids("user"),
        **tokens,
    )
    torch.manual_seed(0)
    if not full:
        model = Qwen2_5OmniThinkerForConditionalGeneration(thinker)
    else:
        talker = {
            "vocab_size": 64,
            "embedding_size": 32,
            "hidden_size": 32,
            "intermediate_size": 32,
            "num_hidden_layers": 1,
            "num_attention_heads": 4,
            "num_key_value_heads": 2,
            "head_dim": 8,
            "tts_codec_start_token_id": 60,
            "tts_codec_end_token_id": 61,
            "tts_codec_pad_token_id": 62,
            "tts_codec_mask_token_id": 63,
            "tts_text_start_token_id": 10,
            "tts_text_end_token_id": 11,
            "tts_text_pad_token_id": 12,
            "spatial_merge_size": MERGE,
            "rope_scaling": {"mrope_section": [1, 1, 2], "rope_type": "default"},
        } | tokens
        token2wav = {
            "dit_config": {
                "hidden_size": 32,
                "num_hidden_layers": 1,
                "num_attention_heads": 2,
                "emb_dim": 16,
                "head_dim": 16,
                "num_embeds": 64,
                "mel_dim": 8,
                "enc_emb_dim": 8,
                "enc_dim": 8,
                "enc_channels": [8, 8, 8, 8, 24],
                "enc_attention_channels": 8,
                "enc_se_channels": 8,
                "look_ahead_layers": [0],
                "look_backward_layers": [0],
            },
            "bigvgan_config": {
                "mel_dim": 8,
                "upsample_initial_channel": 16,
                "upsample_rates": [2, 2],
                "upsample_kernel_sizes": [4, 4],
            },
        }
        config = Qwen2_5OmniConfig(
            thinker_config=thinker.to_dict(), talker_config=talker, token2wav_config=token2wav
        )
        model = Qwen2_5OmniForConditionalGeneration(config)
    model.save_pretrained(out)
    processor.save_pretrained(out)
    if full:
        torch.save({}, out / "spk_dict.pt")  # released checkpoints ship their speakers here
    return out


def spelling_tokenizer():
    """A BPE tokenizer trained here on a few sentences over printable ASCII (SentencePiece-style
    spaces): unlike the word-level one it can spell any JSON, so constrained decoding has
    something to constrain, and every token is whole characters."""
    import string

    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    alphabet = [*string.ascii_letters, *string.digits, *string.punctuation, "\n", "\t"]
    trainer = trainers.BpeTrainer(vocab_size=300, special_tokens=[*SPECIAL, "[UNK]"],
                                  initial_alphabet=alphabet, show_progress=False)  # fmt: skip
    corpus = ['{"subject": "a cyclist", "intent": "fix a tyre", "action": "patching it"}',
              "You describe video clips. Answer with one JSON object.", *WORDS]  # fmt: skip
    tok.train_from_iterator(corpus, trainer)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|im_end|>",
                                        pad_token="<|endoftext|>", unk_token="[UNK]")  # fmt: skip
    tokenizer.chat_template = CHAT_TEMPLATE
    return tokenizer


def build_tiny_causal_lm(out: Path, spelling: bool = False) -> Path:
    """A text-only chat model (Qwen2 architecture) with a chat template."""
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    tokenizer = spelling_tokenizer() if spelling else tiny_tokenizer()
    config = Qwen2Config(
        vocab_size=len(tokenizer),
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        **TEXT_CONFIG,
    )
    torch.manual_seed(0)
    Qwen2ForCausalLM(config).save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


TINY_CLIP = {
    "embed_dim": 32,
    "vision_cfg": {"image_size": 32, "layers": 1, "width": 32, "head_width": 8, "patch_size": 16},
    "text_cfg": {"context_length": 77, "vocab_size": 49408, "width": 32, "heads": 4, "layers": 1},
}


def build_tiny_clip(out: Path) -> tuple[str, Path]:
    """A random-init open_clip CLIP registered as ``tiny-clip``, its weights saved to a file
    (loaded back through ``pretrained=``, the path real weights take)."""
    import json

    import open_clip
    import torch

    out.mkdir(parents=True, exist_ok=True)
    (out / "tiny-clip.json").write_text(json.dumps(TINY_CLIP))
    open_clip.add_model_config(out)
    torch.manual_seed(0)
    model, _, _ = open_clip.create_model_and_transforms("tiny-clip", pretrained=None)
    weights = out / "tiny-clip.pt"
    torch.save(model.state_dict(), weights)
    return "tiny-clip", weights


def build_tiny_wan(out: Path) -> Path:
    """A random-init WanPipeline (real classes: UMT5 text encoder, Wan transformer and VAE,
    flow-matching scheduler) saved with ``save_pretrained``, the folder layout of
    Wan2.1-T2V-1.3B-Diffusers. A few hundred thousand parameters: its videos are noise."""
    import torch
    from diffusers import (
        AutoencoderKLWan,
        FlowMatchEulerDiscreteScheduler,
        WanPipeline,
        WanTransformer3DModel,
    )
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast, UMT5Config, UMT5EncoderModel

    torch.manual_seed(0)
    words = ["<pad>", "</s>", "<unk>"] + sorted(
        {w.lower().strip(".,") for w in " ".join(WORDS).split()} | {"aims", "to", "by"}
    )
    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=tok, pad_token="<pad>", eos_token="</s>", unk_token="<unk>"
    )
    text_dim = 32
    encoder = UMT5EncoderModel(
        UMT5Config(
            vocab_size=len(words),
            d_model=text_dim,
            d_kv=8,
            d_ff=64,
            num_layers=1,
            num_heads=2,
            relative_attention_num_buckets=8,
            pad_token_id=0,
            eos_token_id=1,
            decoder_start_token_id=0,
        )  # fmt: skip
    )
    transformer = WanTransformer3DModel(
        patch_size=(1, 2, 2), num_attention_heads=2, attention_head_dim=12, in_channels=16,
        out_channels=16, text_dim=text_dim, freq_dim=256, ffn_dim=32, num_layers=2,
        cross_attn_norm=True, qk_norm="rms_norm_across_heads", rope_max_seq_len=32,
    )  # fmt: skip
    vae = AutoencoderKLWan(base_dim=3, z_dim=16, dim_mult=[1, 1, 1, 1], num_res_blocks=1,
                           temperal_downsample=[False, True, True])  # fmt: skip
    pipe = WanPipeline(
        tokenizer=tokenizer,
        text_encoder=encoder,
        vae=vae,
        scheduler=FlowMatchEulerDiscreteScheduler(shift=3.0),
        transformer=transformer,
    )
    pipe.save_pretrained(out)
    return out


def build_tiny_clip_dir(out: Path) -> Path:
    """The tiny CLIP as an open_clip ``local-dir:`` folder (open_clip_config.json with its
    model config, weights as open_clip_pytorch_model.bin): loadable in any process, as a site's
    local copy of real weights is."""
    import json

    import open_clip
    import torch

    out.mkdir(parents=True, exist_ok=True)
    (out / "open_clip_config.json").write_text(json.dumps({"model_cfg": TINY_CLIP,
                                                           "preprocess_cfg": {}}))  # fmt: skip
    torch.manual_seed(0)
    model = open_clip.CLIP(**TINY_CLIP)
    torch.save(model.state_dict(), out / "open_clip_pytorch_model.bin")
    return out


def build_tiny_whisper(path: Path) -> Path:
    """A random-init checkpoint of openai-whisper's own model class, in its .pt format."""
    from dataclasses import asdict

    import torch
    from whisper.model import ModelDimensions, Whisper

    dims = ModelDimensions(n_mels=80, n_audio_ctx=1500, n_audio_state=32, n_audio_head=2,
                           n_audio_layer=1, n_vocab=51865, n_text_ctx=448, n_text_state=32,
                           n_text_head=2, n_text_layer=1)  # fmt: skip
    torch.manual_seed(0)
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save({"dims": asdict(dims), "model_state_dict": Whisper(dims).state_dict()}, path)
    return path
