"""The `emr-deid` command: run the pipeline, mask JSON Lines, evaluate, benchmark."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from emr_deid.pipelines import __version__

COMMANDS = {
    "run": "run the de-identification pipeline (files or Kafka -> research lake) on any Beam runner",
    "mask": "mask JSON Lines notes: {id, text, lang?, known_phi?, patient?} in, masked JSON Lines out",
    "eval": "score detection against a gold JSON Lines file (precision/recall/F1, leak rate)",
    "bench": "measure throughput of detection and of the whole pipeline against vanilla Presidio",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="emr-deid",
        description="Streaming de-identification of Korean, Chinese and English clinical text.",
    )
    parser.add_argument("--version", action="version", version=f"emr-deid {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress at INFO level")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, summary in COMMANDS.items():
        # `run` parses its own flags (Beam style); the others are filled in by later issues.
        subparser = commands.add_parser(name, help=summary, description=summary, add_help=name != "run")
        if name == "eval":
            from emr_deid.pipelines import eval_command

            eval_command.add_arguments(subparser)
        if name == "mask":
            from emr_deid.pipelines import mask_command

            mask_command.add_arguments(subparser)
        if name == "bench":
            from emr_deid.pipelines import bench_command

            bench_command.add_arguments(subparser)
    return parser


class _DropGcpClientNotice(logging.Filter):
    """Beam warns at import that Google Cloud clients are missing; they are not used unless on Dataflow."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "apitools not found" not in record.getMessage()


def _configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(_DropGcpClientNotice())


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args, rest = _parser().parse_known_args(argv)
    _configure_logging(args.verbose)
    if args.command == "run":
        from emr_deid.pipelines.deid_pipeline import run

        return run(rest)
    if rest:
        print(f"emr-deid {args.command}: unrecognized arguments: {' '.join(rest)}", file=sys.stderr)
        return 2
    if args.command == "eval":
        from emr_deid.pipelines import eval_command

        return eval_command.run(args)
    if args.command == "mask":
        from emr_deid.pipelines import mask_command

        return mask_command.run(args)
    from emr_deid.pipelines import bench_command

    return bench_command.run(args)


if __name__ == "__main__":
    sys.exit(main())
