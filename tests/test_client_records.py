"""Task records as parsed: fields read on first use hold what a record made whole holds, and
file names are read from URLs as pathlib reads a path."""

from __future__ import annotations

import dataclasses
import itertools
import json
import pickle
from datetime import UTC, datetime
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from conftest import KLING
from kie_client import TaskRecord
from kie_client.records import file_name

DATA = {
    "taskId": "t1",
    "model": KLING,
    "state": "success",
    "param": json.dumps({"model": KLING, "input": {"prompt": "a fox"}}),
    "resultJson": json.dumps({"resultUrls": ["https://cdn.example/r.mp4"]}),
    "failCode": "",
    "failMsg": "",
    "costTime": "1000",
    "createTime": 1767225600000,
    "updateTime": 1767225601000,
    "completeTime": 1767225601000,
    "consumeCredits": 10,
    "remainedCredits": 100,
}


def _whole(record: TaskRecord) -> TaskRecord:
    """The same record made by its constructor, every field given."""
    fields = dataclasses.fields(TaskRecord)
    return TaskRecord(**{f.name: getattr(record, f.name) for f in fields})


def test_a_parsed_record_reads_as_one_made_whole() -> None:
    parsed, whole = TaskRecord.parse(DATA), _whole(TaskRecord.parse(DATA))
    assert repr(parsed) == repr(whole) and parsed == whole
    assert TaskRecord.parse(DATA).param == {"model": KLING, "input": {"prompt": "a fox"}}
    assert TaskRecord.parse(DATA).created_at == datetime(2026, 1, 1, tzinfo=UTC)
    assert TaskRecord.parse(DATA).cost_time_ms == 1000
    assert pickle.loads(pickle.dumps(TaskRecord.parse(DATA))) == whole
    assert dataclasses.replace(TaskRecord.parse(DATA), fail_code="x").credits_remaining == 100


def test_fields_read_later_do_not_see_later_changes() -> None:
    given = {**DATA, "param": {"model": KLING}, "createTime": 1}
    record = TaskRecord.parse(given)
    given["param"]["model"] = given["createTime"] = record.raw["createTime"] = "changed"
    record.raw["param"]["input"] = "changed"
    assert record.param == {"model": KLING} and record.created_at is not None


def test_file_names_are_read_as_pathlib_reads_a_path() -> None:
    paths = ("".join(p) for n in range(1, 6) for p in itertools.product("/.a%2F", repeat=n))
    for url in (f"https://cdn.example/{path}?q=/x#y" for path in paths):
        assert file_name(url) == PurePosixPath(unquote(urlsplit(url).path)).name, url
