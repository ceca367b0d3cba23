"""Pipeline flags as a Beam `PipelineOptions` subclass, so they travel with the job to any runner.

Each flag overrides the same key of the YAML configuration (`--config`).
"""

from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions

from emr_deid.pipelines.config import DeidConfig, load_config, parse_config


class DeidOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        group = parser.add_argument_group("emr-deid")
        group.add_argument("--config", default=None, help="YAML configuration file (see README)")
        group.add_argument(
            "--input",
            action="append",
            default=None,
            help="file or folder of HL7 v2 (.hl7) and FHIR (.json/.ndjson) messages; repeatable. "
            "Without --input and --bootstrap-servers the bundled samples are read.",
        )
        group.add_argument("--output", default=None, help="research lake folder (default: ./lake)")
        # Beam's Kafka Streams runner already owns --bootstrap_servers (with a default), so ours is
        # the dashed spelling or the prefixed one.
        group.add_argument(
            "--bootstrap-servers",
            "--kafka_bootstrap_servers",
            dest="kafka_bootstrap_servers",
            default=None,
            help="Kafka bootstrap servers, e.g. 127.0.0.1:9092",
        )
        group.add_argument("--topics", default=None, help="comma-separated Kafka topics to read")
        group.add_argument("--group_id", "--group-id", default=None, help="Kafka consumer group")
        group.add_argument(
            "--consumer_config",
            "--consumer-config",
            action="append",
            default=None,
            metavar="KEY=VALUE",
            help="extra confluent-kafka consumer setting (security.protocol, sasl.*, ssl.*); repeatable",
        )
        group.add_argument(
            "--bounded",
            action="store_true",
            default=None,
            help="stop at the end offsets seen at start (backfills, tests, the DirectRunner)",
        )
        group.add_argument("--profile", default=None, help="masking profile: safe-harbor, research, ...")
        group.add_argument("--policy_file", "--policy-file", default=None, help="masking policy YAML")
        group.add_argument("--key_file", "--key-file", default=None, help="file holding the pseudonym key")
        group.add_argument(
            "--demo_key",
            "--demo-key",
            action="store_true",
            default=None,
            help="use the public demo key (never for real data)",
        )
        group.add_argument("--window_seconds", "--window-seconds", type=int, default=None)
        group.add_argument(
            "--allowed_lateness_seconds",
            "--allowed-lateness-seconds",
            type=int,
            default=None,
            help="how late a record may be and still be written (streaming; default one day)",
        )
        group.add_argument(
            "--detect_processes",
            "--detect-processes",
            type=int,
            default=None,
            help="processes detecting in each worker: more than 1 forks detection workers (Linux), "
            "for the DirectRunner's one core; 0 means one per core (default 1)",
        )
        group.add_argument("--masked_topic", "--masked-topic", default=None)
        group.add_argument("--dead_letter_topic", "--dead-letter-topic", default=None)


def _consumer_settings(pairs: list[str]) -> dict[str, str]:
    settings = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ValueError(f"--consumer_config expects KEY=VALUE, got {pair!r}")
        settings[key.strip()] = value.strip()
    return settings


def resolve_config(options: DeidOptions) -> DeidConfig:
    """The YAML configuration with the command-line flags laid over it."""
    config = load_config(options.config)
    updates: dict[str, dict] = {"input": {}, "kafka": {}, "detection": {}, "masking": {}, "output": {}}
    if options.input:
        updates["input"]["paths"] = options.input
    if options.kafka_bootstrap_servers:
        updates["kafka"]["bootstrap_servers"] = options.kafka_bootstrap_servers
    if options.topics:
        updates["kafka"]["topics"] = [t.strip() for t in options.topics.split(",") if t.strip()]
    if options.group_id:
        updates["kafka"]["group_id"] = options.group_id
    if options.consumer_config:
        updates["kafka"]["consumer"] = {**config.kafka.consumer, **_consumer_settings(options.consumer_config)}
    if options.bounded:
        updates["kafka"]["bounded"] = True
    if options.detect_processes is not None:
        updates["detection"]["processes"] = options.detect_processes
    for flag, key in (("profile", "profile"), ("policy_file", "policy_file"), ("key_file", "key_file")):
        if getattr(options, flag):
            updates["masking"][key] = getattr(options, flag)
    if options.demo_key:
        updates["masking"]["demo_key"] = True
    for flag in ("window_seconds", "allowed_lateness_seconds", "masked_topic", "dead_letter_topic"):
        if getattr(options, flag) is not None:
            updates["output"][flag] = getattr(options, flag)
    if options.output:
        updates["output"]["lake"] = options.output
    data = config.model_dump()
    for section, values in updates.items():
        data[section].update(values)
    return parse_config(data, origin=f"{options.config or 'defaults'} with command-line flags")
