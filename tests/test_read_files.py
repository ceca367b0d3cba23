"""The file source: message splitting, and the Beam transform on the real DirectRunner."""

from __future__ import annotations

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from emr_deid.transforms.read import ReadMessagesFromFiles, message_files, split_file_items


def test_plain_hl7_batch_splits_at_each_msh():
    data = b"MSH|^~\\&|A\rPID|1\rMSH|^~\\&|B\rPID|2\r"
    assert list(split_file_items("x.hl7", data)) == [(1, b"MSH|^~\\&|A\rPID|1\r"), (2, b"MSH|^~\\&|B\rPID|2\r")]


def test_mllp_frames_are_unwrapped():
    data = b"\x0bMSH|^~\\&|A\rPID|1\r\x1c\r\x0bMSH|^~\\&|B\r\x1c\r"
    assert [p for _, p in split_file_items("x.hl7", data)] == [b"MSH|^~\\&|A\rPID|1\r", b"MSH|^~\\&|B\r"]


def test_msh_inside_a_field_does_not_split():
    data = b"MSH|^~\\&|A\rOBX|1|TX|||see MSH|segment\r"
    assert len(list(split_file_items("x.hl7", data))) == 1


def test_leading_garbage_is_kept_as_its_own_item():
    items = list(split_file_items("x.hl7", b"garbage\rMSH|^~\\&|A\r"))
    assert items == [(1, b"garbage\r"), (2, b"MSH|^~\\&|A\r")]


def test_ndjson_lines_keep_their_line_numbers_and_skip_blank_lines():
    items = list(split_file_items("x.ndjson", b'{"a":1}\n\n{"b":2}\r\n'))
    assert items == [(1, b'{"a":1}'), (3, b'{"b":2}')]


def test_euc_kr_bytes_split_without_decoding(samples_dir):
    path = samples_dir / "hl7v2" / "mdm_t02_ko_euckr.hl7"
    [(_, payload)] = split_file_items(str(path), path.read_bytes())
    assert payload == path.read_bytes()
    assert "최지우" in payload.decode("euc-kr")


def test_message_files_rejects_missing_input(tmp_path):
    with pytest.raises(FileNotFoundError, match="neither a file nor a folder"):
        message_files([str(tmp_path / "missing")])
    with pytest.raises(FileNotFoundError, match="no message files"):
        message_files([str(tmp_path)])


def test_read_transform_on_the_direct_runner(samples_dir):
    expected = []
    for path in message_files([str(samples_dir)]):
        with open(path, "rb") as handle:
            expected += [(path, index, len(p)) for index, p in split_file_items(path, handle.read())]
    assert len(expected) == 16

    with TestPipeline() as pipeline:
        read = (
            pipeline
            | ReadMessagesFromFiles([str(samples_dir)])
            | beam.Map(lambda m: (m.source.file, m.source.line, len(m.payload)))
        )
        assert_that(read, equal_to(expected))
