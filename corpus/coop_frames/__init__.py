"""Hand-written frames and sentences for the cooperative half of the event corpus."""

from . import agree, consult, handwritten, material, none, request, support, yield_

FRAMES = [*agree.FRAMES, *consult.FRAMES, *support.FRAMES, *material.FRAMES, *yield_.FRAMES,
          *request.FRAMES, *none.FRAMES]  # fmt: skip
HAND_WRITTEN = list(handwritten.SENTENCES)
