#!/usr/bin/env python3
"""Regenerates the desk's feedback sounds in resources/sounds/ (16-bit mono WAV).

admitted: two rising notes (pleasant, short); already: two equal mid notes;
refused: a low double buzz. Distinct in pitch and rhythm, so staff can tell
them apart without looking.
"""
import math
import pathlib
import struct
import wave

RATE = 22050


def tone(freq, seconds, volume=0.5, square=False):
    samples = []
    count = int(RATE * seconds)
    for i in range(count):
        t = i / RATE
        value = math.sin(2 * math.pi * freq * t)
        if square:
            value = 1.0 if value >= 0 else -1.0
            value *= 0.6
        # 5 ms fade in/out: no clicks
        envelope = min(1.0, i / (0.005 * RATE), (count - i) / (0.005 * RATE))
        samples.append(value * volume * envelope)
    return samples


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(name, samples):
    path = pathlib.Path(__file__).resolve().parent.parent / "resources" / "sounds" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


write("admitted.wav", tone(880, 0.09) + silence(0.02) + tone(1318.5, 0.14))
write("already.wav", tone(660, 0.12) + silence(0.06) + tone(660, 0.12))
write("refused.wav", tone(196, 0.16, 0.45, square=True) + silence(0.05) + tone(196, 0.16, 0.45, square=True))
