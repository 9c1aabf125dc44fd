"""Many documents at once: batch parsing, --jobs across processes, batched ingest give what one-by-one gives."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from tracker.cli import main
from tracker.documents import Document
from tracker.parsing import Announcement, parse_many, parse_text
from tracker.store import Store

TEXTS = [
    "Germany will deliver 14 Leopard tanks to Ukraine.",
    "La France livrera 12 canons Caesar supplémentaires à l’Ukraine.",
    "Nothing about aid here.",
    "Die Niederlande stellen der Ukraine 2 Milliarden Euro Militärhilfe bereit.",
    "Norway pledged NOK 7.5 billion in military support to Ukraine.",
    "Denmark has delivered 19 F-16 fighter jets to Ukraine.",
    "Spain is considering sending Patriot interceptors to Ukraine.",
]
ANNOUNCEMENTS = [Announcement(text, dt.date(2024, 1, 1 + n), f"release-{n}") for n, text in enumerate(TEXTS * 3)]


def test_parse_many_is_parse_text_on_each():
    one_by_one = pd.concat([parse_text(a.text, published=a.published, source=a.source) for a in ANNOUNCEMENTS], ignore_index=True)
    pd.testing.assert_frame_equal(parse_many(ANNOUNCEMENTS), one_by_one)


def test_two_processes_give_the_same_table():
    pd.testing.assert_frame_equal(parse_many(ANNOUNCEMENTS, jobs=2), parse_many(ANNOUNCEMENTS, jobs=1))


def test_parse_many_of_nothing_is_the_empty_table():
    assert parse_many([]).empty and list(parse_many([]).columns) == list(parse_text("").columns)


def test_jobs_must_be_positive():
    with pytest.raises(ValueError, match="jobs"):
        parse_many(ANNOUNCEMENTS, jobs=0)


def test_cli_parse_jobs_output_is_identical(tmp_path, capsys):
    paths = []
    for number, text in enumerate(TEXTS):
        path = tmp_path / f"{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    outputs = []
    for jobs in ("1", "2"):
        assert main(["parse", *paths, "--published", "2024-05-01", "--jobs", jobs]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] and outputs[0].count("\n") > 5


def test_cli_rejects_a_bad_job_count(capsys):
    with pytest.raises(SystemExit):
        main(["parse", "x.txt", "--jobs", "zero"])
    assert "number of processes" in capsys.readouterr().err


def test_batched_ingest_stores_what_one_by_one_stores(tmp_path):
    documents = [Document(text=a.text, published=a.published, source=a.source) for a in ANNOUNCEMENTS[: len(TEXTS)]]
    single, batched = Store(tmp_path / "one.duckdb"), Store(tmp_path / "many.duckdb")
    for document in documents:
        single.ingest(document)
    results = batched.ingest_many(documents + documents[:2], jobs=2, batch=3)  # the last two repeat earlier texts
    assert [r.new for r in results] == [True] * len(documents) + [False, False]
    columns = ["id", "donor", "category", "quantity", "amount", "status", "announced_on", "evidence"]
    pd.testing.assert_frame_equal(single.commitments()[columns], batched.commitments()[columns])
    assert len(batched.documents()) == len(documents)


def test_the_same_text_twice_in_one_batch_is_stored_once(tmp_path):
    store = Store(tmp_path / "store.duckdb")
    text = "Germany will deliver 14 Leopard tanks to Ukraine."
    results = store.ingest_many([Document(text=text), Document(text=text + "  ")])
    assert [r.new for r in results] == [True, False] and results[0].rows == 1 and results[1].rows == 0
    assert len(store.documents()) == 1 and len(store.commitments()) == 1
