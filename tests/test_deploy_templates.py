"""The deployment templates parse and agree with the pipeline's flags (they cannot be run here)."""

from __future__ import annotations

import json

import yaml
from conftest import REPO

from emr_deid.pipelines import runners
from emr_deid.pipelines.deid_pipeline import _argument_parser


def test_kubernetes_manifests_parse_and_use_known_pipeline_flags():
    deployment = yaml.safe_load((REPO / "deploy/flink/flinkdeployment.yaml").read_text())
    assert deployment["kind"] == "FlinkDeployment"
    sidecar = deployment["spec"]["taskManager"]["podTemplate"]["spec"]["containers"][0]
    assert sidecar["args"] == ["--worker_pool"]
    job = yaml.safe_load((REPO / "deploy/flink/submit-job.yaml").read_text())
    args = job["spec"]["template"]["spec"]["containers"][0]["args"]
    known = {option for action in _argument_parser()._actions for option in action.option_strings}
    ours = [
        a.split("=", 1)[0] for a in args if not a.startswith(("--runner", "--flink", "--environment", "--streaming"))
    ]
    assert set(ours) <= known


def test_dataflow_parameters_are_pipeline_flags():
    metadata = json.loads((REPO / "deploy/dataflow/metadata.json").read_text())
    known = {option for action in _argument_parser()._actions for option in action.option_strings}
    assert {f"--{p['name']}" for p in metadata["parameters"]} <= known


def test_the_flink_image_carries_the_job_server_build_sh_assembles():
    dockerfile = (REPO / "deploy/flink/Dockerfile").read_text()
    assert "mvn -B -q -f /build/pom.xml package" in dockerfile
    assert f"EMR_DEID_FLINK_JOB_SERVER=/opt/flink-job-server/{runners._REPO_FLINK_JOB_SERVER.name}" in dockerfile
