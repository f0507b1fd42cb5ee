"""clausecmp benchmarks: run with ``make bench`` (or ``python benchmarks/run.py [--quick]``).

Prints one table: parse time per clause against a regex keyword scan of the same texts,
growth with clause length, the cold command line, all-pairs comparison of 1,000 clauses, word
diffs, and a 1 MB input. Each figure is a median of repeated runs after a warm-up; targets
are printed beside the figures. Nothing here touches the network.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from clausecmp.comparison import all_pairs, field_vector  # noqa: E402
from clausecmp.parser import parse_data  # noqa: E402
from clausecmp.textdiff import diff_texts  # noqa: E402
from clausecmp.treatyfile import read_treaty_file  # noqa: E402

CUES = (
    "armed attack|attack|aggression|invasion|threat|sovereignty|territorial integrity|assist|"
    "assistance|aid|support|consult|force|armed force|military|individually|collectively|jointly|"
    "forthwith|immediately|without delay|security council|article 51|self-defence|deems necessary|"
    "considered|deemed|against them all|constitutional processes|europe|north america|territory|"
    "area|region|shall|undertake|agree|report|terminated|measures"
)
SCAN = re.compile(rf"\b(?:{CUES})\b", re.IGNORECASE)


def median_time(fn: Callable[[], Any], repeat: int, number: int = 1) -> float:
    """Median seconds per call over ``repeat`` rounds of ``number`` calls, after a warm-up."""
    fn()
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        rounds.append((time.perf_counter() - start) / number)
    return statistics.median(rounds)


def corpus() -> list[tuple[str, str, str]]:
    """(ref, text, language) of every treaty file shipped in treaties/."""
    out = []
    for path in sorted((ROOT / "treaties").glob("*.txt")):
        tf = read_treaty_file(path)
        out.append((tf.ref, tf.text, tf.meta["language"]))
    return out


def bench_parse(texts: list[tuple[str, str, str]], repeat: int) -> dict[str, Any]:
    parse = median_time(lambda: [parse_data(t, lang) for _, t, lang in texts], repeat)
    scan = median_time(lambda: [SCAN.findall(t) for _, t, _ in texts], repeat, number=20)
    nato = next(t for r, t, _ in texts if r == "nato-5.en")
    nato_parse = median_time(lambda: parse_data(nato, "en"), repeat, number=10)
    nato_scan = median_time(lambda: SCAN.findall(nato), repeat, number=200)
    return {
        "clauses": len(texts),
        "parse_per_clause_us": parse / len(texts) * 1e6,
        "scan_per_clause_us": scan / len(texts) * 1e6,
        "corpus_ratio": parse / scan,
        "nato_parse_us": nato_parse * 1e6,
        "nato_scan_us": nato_scan * 1e6,
        "nato_ratio": nato_parse / nato_scan,
    }


def bench_growth(nato: str, repeat: int, sizes: tuple[int, ...]) -> dict[str, Any]:
    rows = []
    for k in sizes:
        text = " ".join([nato] * k)
        words = len(text.split())
        seconds = median_time(lambda text=text: parse_data(text, "en"), max(3, repeat // k))
        rows.append({"copies": k, "words": words, "us_per_word": seconds / words * 1e6})
    return {"rows": rows, "ratio_last_to_first": rows[-1]["us_per_word"] / rows[0]["us_per_word"]}


def _cli(args: list[str], env: dict[str, str]) -> float:
    exe = Path(sys.executable).with_name("clausecmp")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "clausecmp"]
    start = time.perf_counter()
    subprocess.run([*cmd, *args], check=True, capture_output=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def bench_cli(runs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "CLAUSECMP_CACHE_DIR": cache}
        first = _cli(["compare", "nato-5", "aes-6"], env)
        repeated = statistics.median(_cli(["compare", "nato-5", "aes-6"], env) for _ in range(runs))
        nocache = {**env, "CLAUSECMP_CACHE": "0"}
        uncached = statistics.median(
            _cli(["compare", "nato-5", "aes-6"], nocache) for _ in range(3)
        )
    python = statistics.median(_time_cmd([sys.executable, "-c", "pass"]) for _ in range(runs))
    return {"first_s": first, "repeated_s": repeated, "uncached_s": uncached, "python_s": python}


def _time_cmd(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def _variants(texts: list[tuple[str, str, str]], n: int) -> list[tuple[Any, ...]]:
    """n distinct primary-obligation field vectors: the corpus codings, varied at random."""
    base = [d["primary"] for _, t, lang in texts if (d := parse_data(t, lang))["primary"]]
    rng = random.Random(0)
    choices = {
        "trigger": ["armed_attack", "aggression", "infringement", "threat", "none"],
        "duty": ["obligatory", "permissive", "consultation", "none"],
        "means": ["all_means", "unspecified", "discretionary"],
    }
    out = []
    for i in range(n):
        ob = json.loads(json.dumps(base[i % len(base)]))
        ob["trigger"]["kind"] = rng.choice(choices["trigger"])
        ob["response"]["duty"] = rng.choice(choices["duty"])
        ob["response"]["means"] = rng.choice(choices["means"])
        ob["response"]["immediate"] = rng.random() < 0.5
        out.append(field_vector(ob))
    return out


def bench_pairs(texts: list[tuple[str, str, str]], n: int) -> dict[str, Any]:
    vectors = _variants(texts, n)
    start = time.perf_counter()
    count = sum(1 for _ in all_pairs(vectors))
    seconds = time.perf_counter() - start
    tracemalloc.start()  # memory in a second pass: tracing slows allocation down
    sum(1 for _ in all_pairs(vectors))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"clauses": n, "pairs": count, "seconds": seconds, "peak_mb": peak / 1e6}


def bench_diff(texts: dict[str, str], repeat: int) -> dict[str, Any]:
    pairs = {
        "nato-5.en vs aes-6.en": ("nato-5.en", "aes-6.en"),
        "aes-6.en-v1 vs aes-6.en-v3": ("aes-6.en-v1", "aes-6.en-v3"),
    }
    out = {}
    for label, (a, b) in pairs.items():
        for gran in ("word", "char"):
            secs = median_time(lambda a=a, b=b, g=gran: diff_texts(texts[a], texts[b], g), repeat)
            out[f"{label} ({gran})"] = secs * 1e3
    return out


def _parse_big(big: str) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        data = parse_data(big, "en")
        outcome = f"parsed, {len(data['obligations'])} obligations"
    except Exception as err:  # the size limit: a clear error, at once
        outcome = f"refused: {str(err)[:40]}"
    return time.perf_counter() - start, outcome


def bench_big(texts: list[tuple[str, str, str]]) -> dict[str, Any]:
    block = " ".join(t for _, t, lang in texts if lang == "en")
    big = ((block + " ") * (1_000_000 // len(block) + 1))[:1_000_000]
    seconds, outcome = _parse_big(big)
    os.environ["CLAUSECMP_MAX_CHARS"] = str(len(big))
    try:
        raised_s, raised = _parse_big(big)
        tracemalloc.start()
        _parse_big(big)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    finally:
        del os.environ["CLAUSECMP_MAX_CHARS"]
    return {
        "chars": len(big),
        "seconds": seconds,
        "outcome": outcome,
        "raised_seconds": raised_s,
        "raised_outcome": raised,
        "peak_mb": peak / 1e6,
    }


def _mark(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report(r: dict[str, Any]) -> str:
    p, g, c, a, b = r["parse"], r["growth"], r["cli"], r["pairs"], r["big"]
    lines = [
        "clausecmp benchmarks (medians; this machine: "
        f"{os.cpu_count()} cores, Python {sys.version.split()[0]})",
        "",
        f"{'measure':<52}{'figure':>14}  {'target':<18}",
        "-" * 90,
        f"{'parse, per corpus clause (' + str(p['clauses']) + ' files)':<52}"
        f"{p['parse_per_clause_us']:>11.0f} us",
        f"{'regex keyword scan, per corpus clause':<52}{p['scan_per_clause_us']:>11.1f} us",
        f"{'parse / scan, whole corpus':<52}{p['corpus_ratio']:>13.1f}x",
        f"{'NATO Art. 5: parse':<52}{p['nato_parse_us']:>11.0f} us",
        f"{'NATO Art. 5: regex scan':<52}{p['nato_scan_us']:>11.1f} us",
        f"{'NATO Art. 5: parse / scan':<52}{p['nato_ratio']:>13.1f}x  <= 10x (goal 5x)"
        f"  {_mark(p['nato_ratio'] <= 10)}",
    ]
    for row in g["rows"]:
        label = f"growth: NATO x{row['copies']} ({row['words']} words)"
        lines.append(f"{label:<52}{row['us_per_word']:>8.2f} us/word")
    lines += [
        f"{'growth: cost per word, largest / x1':<52}{g['ratio_last_to_first']:>13.2f}x  <= 1.5x"
        f"           {_mark(g['ratio_last_to_first'] <= 1.5)}",
        f"{'python -c pass':<52}{c['python_s'] * 1e3:>11.0f} ms",
        f"{'cold CLI compare nato-5 aes-6, first run':<52}{c['first_s'] * 1e3:>11.0f} ms",
        f"{'cold CLI compare, repeated (parse cache warm)':<52}{c['repeated_s'] * 1e3:>11.0f} ms"
        f"  <= 150 ms          {_mark(c['repeated_s'] <= 0.150)}",
        f"{'cold CLI compare, cache off':<52}{c['uncached_s'] * 1e3:>11.0f} ms",
        f"{'all pairs of ' + str(a['clauses']) + ' clauses (' + str(a['pairs']) + ')':<52}"
        f"{a['seconds']:>12.2f} s  <= 2 s              {_mark(a['seconds'] <= 2)}",
        f"{'  peak memory':<52}{a['peak_mb']:>11.1f} MB",
    ]
    for label, ms in r["diff"].items():
        lines.append(f"{'diff ' + label:<52}{ms:>11.2f} ms")
    lines += [
        f"{'1 MB input, default limit (' + b['outcome'].split(':')[0] + ')':<52}"
        f"{b['seconds']:>12.3f} s"
        f"  <= 5 s or refused  {_mark(b['seconds'] <= 5)}",
        f"{'1 MB input, limit raised (' + b['raised_outcome'][:24] + ')':<52}"
        f"{b['raised_seconds']:>12.2f} s",
        f"{'  peak memory':<52}{b['peak_mb']:>11.0f} MB",
    ]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer repeats (a rough look)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args()
    repeat = 3 if args.quick else 9
    texts = corpus()
    by_ref = {r: t for r, t, _ in texts}
    results = {
        "parse": bench_parse(texts, repeat),
        "growth": bench_growth(by_ref["nato-5.en"], repeat * 2, (1, 2, 4, 8, 16, 32, 64)),
        "cli": bench_cli(3 if args.quick else 10),
        "pairs": bench_pairs(texts, 1000),
        "diff": bench_diff(by_ref, repeat),
        "big": bench_big(texts),
    }
    print(report(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
