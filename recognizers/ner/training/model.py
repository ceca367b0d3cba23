"""The tagger: character feature embeddings, residual dilated convolutions, a linear BIO head.

Convolutions are written as shifted copies concatenated along channels and one Linear (a MatMul in
ONNX), in (batch, length, channels) layout: onnxruntime's dynamic int8 quantisation turns each into a
MatMulInteger over the whole batch, much faster on a CPU than its ConvInteger. The mask zeroes padded
positions after every layer, exactly as the zero padding at the ends of a single note, so a
note's output does not depend on what it is batched with.
"""

from __future__ import annotations

import torch
from torch import nn

from emr_deid.recognizers.ner.features import FEATURES


class DilatedBlock(nn.Module):
    def __init__(self, channels: int, dilation: int, dropout: float):
        super().__init__()
        self.dilation = dilation
        self.mix = nn.Linear(3 * channels, channels)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        # (x[t - d], x[t], x[t + d]) at every t, zeros beyond the ends; static slices export cleanly.
        d = self.dilation
        padded = nn.functional.pad(x, (0, 0, d, d))
        window = torch.cat((padded[:, : -2 * d], x, padded[:, 2 * d :]), dim=-1)
        return (x + self.dropout(torch.relu(self.mix(window)))) * mask


class CharConvTagger(nn.Module):
    def __init__(
        self,
        feature_sizes: dict[str, int],
        embedding_dims: dict[str, int],
        channels: int,
        dilations: tuple[int, ...],
        tags: int,
        dropout: float = 0.1,
    ):
        super().__init__()
        self.embeddings = nn.ModuleList(
            nn.Embedding(feature_sizes[name], embedding_dims[name], padding_idx=0) for name in FEATURES
        )
        self.project = nn.Linear(sum(embedding_dims[name] for name in FEATURES), channels)
        self.blocks = nn.ModuleList(DilatedBlock(channels, dilation, dropout) for dilation in dilations)
        self.head = nn.Linear(channels, tags)
        self.dropout = nn.Dropout(dropout)
        self.receptive_radius = sum(dilations)

    def logits(self, features: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        mask = mask.unsqueeze(-1)
        embedded = torch.cat([embedding(features[..., i]) for i, embedding in enumerate(self.embeddings)], dim=-1)
        x = torch.relu(self.project(self.dropout(embedded))) * mask
        for block in self.blocks:
            x = block(x, mask)
        return self.head(x)

    def forward(self, features: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Tag probabilities (batch, length, tags): what the ONNX file outputs."""
        return torch.softmax(self.logits(features, mask), dim=-1)
