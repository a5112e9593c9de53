"""Event coding: trigger frames, stance, event typing (PLOVER/CAMEO), contexts and evaluation."""
