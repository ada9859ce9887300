"""The application stages in funnel order, without pandas: the codebook checks the stages
``letters.toml`` names against them before any table is read (``schema`` re-exports them)."""

from __future__ import annotations

STAGES: tuple[str, ...] = (
    "applied",
    "screen",
    "assessment",
    "first_round",
    "second_round",
    "final_round",
    "offer",
)
