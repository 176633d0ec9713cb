#!/usr/bin/env python3
"""Writes the seeds in corpus/fuzz_wedge/: event programs for fuzz_wedge.cpp.

fuzz_wedge reads its input with libFuzzer's FuzzedDataProvider, which takes integers from the
END of the input, one byte each for the small ranges used there. So a program is a list of
byte values in the order the harness consumes them, written reversed. Keep key() etc. in step
with fuzz_wedge.cpp (and COMMON with its `common` string) when the harness changes, then run
this again. The seeds only give the fuzzer a head start: a stale seed still fuzzes, just less well.
"""
import os

COMMON = "0123456789abcdefgkstvxyzABCXYZ-_./: 한글ㄱㅏㅘ뷁１２３ａＡ　"
DAMM = [[0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
        [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
        [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
        [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def our_code(tag, digit):
    code = tag + digit * 19
    interim = 0
    for c in code:
        interim = DAMM[interim][int(c)]
    return code + str(interim)


def settings(min_code_length=6, only_return=False):
    return [min_code_length - 1, int(only_return)]


def key(ch, gap=3, to_window=False):
    # gap, op 0 (a key), a common character, its index, not auto-repeat, with a timestamp,
    # receiver, released, gap, receiver
    return [gap, 0, 0, COMMON.index(ch), 1, 1, int(to_window), 1, 2, int(to_window)]


def keys(text, **kwargs):
    return [v for ch in text for v in key(ch, **kwargs)]


def enter(gap=3):
    return [gap, 4, 0, 0, 0]  # op 4: Return, press and release to the focus


def ime(preedit, commit, gap=3):
    values = [gap, 5]
    values += [1, 0, COMMON.index(preedit)] if preedit else [0]
    values += [1, 0, COMMON.index(commit)] if commit else [0]
    return values + [0]


def pause_and_flush(gap=100):
    return [gap, 8]


SEEDS = {
    "scanner-burst-with-enter": settings() + keys(our_code("4821", "1")) + enter(),
    "scanner-burst-no-terminator-then-pause": settings() + keys("evt-gks24", to_window=True) + pause_and_flush(),
    "person-typing-slowly-then-enter": settings() + keys("kgs", gap=120) + enter(gap=120),
    "short-fast-burst-is-typing": settings() + keys("123") + enter() + [3, 7, 0],  # then a click
    "korean-ime-during-scan": settings() + ime("ㄱ", None) + ime("ㅘ", "한") + ime(None, "글") + keys("24") + enter(),
    "shortcut-and-altgr-in-burst": settings() + keys("4821") + [3, 6, 1, 0, 0] + [3, 6, 2, 0, 0] + keys("99")
    + [3, 9] + enter(),
}

if __name__ == "__main__":
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "fuzz_wedge")
    for name, values in SEEDS.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(bytes(reversed(values)))
    # Also fed to the Hangul → key mapping as text.
    with open(os.path.join(folder, "korean-text-for-key-mapping"), "w", encoding="utf-8") as f:
        f.write("한글 ㄱㅏㅘ 뷁 １２３ 　evt-gks24 한")
