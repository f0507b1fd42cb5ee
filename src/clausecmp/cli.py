"""The ``clausecmp`` command: a thin shell, each subcommand one library call and one renderer.

Exit status: 0 success; 1 when ``check`` finds problems; 2 for a usage or input error, reported
on one line of stderr (``-v`` adds the traceback).
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from .errors import ClauseCmpError, UsageError

__all__ = ["main"]

_FORMATS = ("text", "json", "markdown", "html", "csv")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr (and exit status 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"clausecmp: error: {message} (see '{self.prog} --help')\n")


def _common() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument("--format", "-f", choices=_FORMATS, default="text", help="output format")
    common.add_argument("--output", "-o", metavar="FILE", help="write to FILE (atomically)")
    common.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    common.add_argument(
        "--vocab", action="append", default=[], metavar="FILE", help="extra cue vocabulary (TOML)"
    )
    common.add_argument("-v", "--verbose", action="store_true", help="tracebacks on errors")
    return common


def _parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="clausecmp",
        description="Read mutual-defence treaty clauses into obligations and compare them.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add = sub.add_parser
    add("list", parents=[common], help="list the known treaty files")
    add("show", parents=[common], help="a clause with its coded spans marked").add_argument("ref")
    add("parse", parents=[common], help="a clause's obligations").add_argument("ref")
    cmp_ = add("compare", parents=[common], help="compare two clauses field by field")
    cmp_.add_argument("left")
    cmp_.add_argument("right")
    dif = add("diff", parents=[common], help="word-level diff of two clause texts")
    dif.add_argument("left")
    dif.add_argument("right")
    dif.add_argument("--granularity", choices=("word", "char"), default="word")
    chk = add("check", parents=[common], help="check treaty files and report every problem")
    chk.add_argument("paths", nargs="*", metavar="PATH")
    mat = add("matrix", parents=[common], help="one row per clause, one column per field")
    mat.add_argument("refs", nargs="*", metavar="REF")
    exp = add("export", parents=[common], help="every obligation of many clauses, a row each")
    exp.add_argument("refs", nargs="*", metavar="REF")
    sim = add("similar", parents=[common], help="rank known clauses by agreement with one")
    sim.add_argument("ref")
    sim.add_argument("-n", type=int, default=10, help="how many (default 10)")
    add("schema", parents=[common], help="the JSON Schema of the models")
    return parser


def _vocab(args: argparse.Namespace) -> tuple[str, ...]:
    """The --vocab files; they and CLAUSECMP_VOCAB's are checked first (errors name the line)."""
    from .parser import env_vocab_files

    files = tuple(args.vocab)
    if files or env_vocab_files():
        from .lexicon import check_files

        check_files(files + env_vocab_files())
    return files


def _renderer(args: argparse.Namespace) -> Any:
    from .renderers import get_renderer
    from .renderers._style import use_color

    color = args.output is None and use_color(args.color)
    return get_renderer(args.format, color=color)


def _cmd_list(args: argparse.Namespace) -> tuple[str, int, list[str]]:
    from .treatyfile import discover

    good, bad = discover()
    for err in bad:
        print(f"clausecmp: warning: {err}", file=sys.stderr)
    return _renderer(args).listing(good), 0, []


def _cmd_show(args: argparse.Namespace, marked: bool = True) -> tuple[str, int, list[str]]:
    from .api import load_data

    data = load_data(args.ref, vocab=_vocab(args))
    return _renderer(args).clause(data, marked=marked), 0, [data["path"]]


def _cmd_parse(args: argparse.Namespace) -> tuple[str, int, list[str]]:
    return _cmd_show(args, marked=False)


def _cmd_compare(args: argparse.Namespace) -> tuple[str, int, list[str]]:
    from .api import load_data
    from .comparison import compare_data

    vocab = _vocab(args)
    left, right = load_data(args.left, vocab=vocab), load_data(args.right, vocab=vocab)
    return _renderer(args).comparison(compare_data(left, right)), 0, [left["path"], right["path"]]


def _cmd_diff(args: argparse.Namespace) -> tuple[str, int, list[str]]:
    from .textdiff import diff_texts
    from .treatyfile import resolve

    a, b = resolve(args.left), resolve(args.right)
    result = diff_texts(a.text, b.text, args.granularity, left_label=a.ref, right_label=b.ref)
    return _renderer(args).diff(result), 0, [str(a.path), str(b.path)]


def _cmd_check(args: argparse.Namespace) -> tuple[str, int, list[str]]:
    from .treatyfile import check

    checked, problems = check(args.paths)
    return _renderer(args).problems(problems, checked), (1 if problems else 0), []


def _all_data(refs: Sequence[str], vocab: tuple[str, ...]) -> list[dict[str, Any]]:
    from .api import load_data
    from .treatyfile import discover

    if not refs:
        good, bad = discover()
        for err in bad:
            print(f"clausecmp: warning: {err}", file=sys.stderr)
        refs = [tf.ref for tf in good]
    from .views import progress

    out = []
    for i, ref in enumerate(refs, start=1):
        out.append(load_data(ref, vocab=vocab))
        progress(i, len(refs))
    return out


def _cmd_matrix(args: argparse.Namespace) -> tuple[str, int, list[str]]:
    clauses = _all_data(args.refs, _vocab(args))
    return _renderer(args).matrix(clauses), 0, [c["path"] for c in clauses]


def _cmd_export(args: argparse.Namespace) -> tuple[str, int, list[str]]:
    if args.format == "text":
        args.format = "csv"  # an export is data: CSV unless asked otherwise
    clauses = _all_data(args.refs, _vocab(args))
    return _renderer(args).obligations(clauses), 0, [c["path"] for c in clauses]


def _cmd_similar(args: argparse.Namespace) -> tuple[str, int, list[str]]:
    from .api import load_data
    from .views import similar

    if args.n < 1:
        raise UsageError("-n must be at least 1")
    vocab = _vocab(args)
    target = load_data(args.ref, vocab=vocab)
    ranking = similar(target, _all_data((), vocab), n=args.n)
    return _renderer(args).similar(ranking), 0, [target["path"]]


def _cmd_schema(args: argparse.Namespace) -> tuple[str, int, list[str]]:
    import json

    from .exports import json_schema

    return json.dumps(json_schema(), indent=2) + "\n", 0, []


_COMMANDS: dict[str, Callable[[argparse.Namespace], tuple[str, int, list[str]]]] = {
    "list": _cmd_list,
    "show": _cmd_show,
    "parse": _cmd_parse,
    "compare": _cmd_compare,
    "diff": _cmd_diff,
    "check": _cmd_check,
    "matrix": _cmd_matrix,
    "export": _cmd_export,
    "similar": _cmd_similar,
    "schema": _cmd_schema,
}


def _emit(args: argparse.Namespace, text: str, inputs: list[str]) -> None:
    if args.output:
        from ._atomic import write_atomic

        write_atomic(args.output, text, inputs=[i for i in inputs if i])
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse has printed its one-line usage error
        return int(exit_.code or 0)
    if args.version:
        from importlib.metadata import version

        print(f"clausecmp {version('clausecmp')}")
        return 0
    if args.command is None:
        parser.print_help()
        return 2
    try:
        text, status, inputs = _COMMANDS[args.command](args)
        _emit(args, text, inputs)
        return status
    except ClauseCmpError as err:
        if args.verbose:
            traceback.print_exc()
        print(f"clausecmp: error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
