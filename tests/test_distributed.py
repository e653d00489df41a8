"""The reader on Dask's distributed scheduler: the recipe over a JSON Lines corpus on a local
cluster of two worker processes, its shards loaded with ``diplograph load``, gives the same
graphs as a plain ingest of the same reports."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from diplograph.cli import main
from tests.conftest import CORPUS, need

pytest.importorskip("distributed")


def dg(store: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--store", str(store), *args])
    return code, out.getvalue(), err.getvalue()


def graphs(store: Path) -> dict[str, Graph]:
    code, out, err = dg(store, "export", "--format", "nquads")
    assert code == 0, err
    ds = Dataset()
    ds.parse(data=out, format="nquads")
    found = {}
    for g in ds.graphs():
        if len(g):
            plain = Graph()
            for t in g:
                plain.add(t)
            found[str(g.identifier)] = plain
    return found


def test_the_recipe_on_a_local_cluster_equals_a_plain_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from distributed import Client, LocalCluster

    from diplograph.distributed import main as recipe

    dev = need(CORPUS / "dev")
    texts = sorted(dev.glob("*.txt"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # before the workers start: they inherit it
    corpus = tmp_path / "dev.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for path in texts:
            fh.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}) + "\n")
        fh.write('{"id": "no-text"}\n')  # refused alone, naming its line
    shards = tmp_path / "shards"
    out, err = io.StringIO(), io.StringIO()
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
        redirect_stdout(out),
        redirect_stderr(err),
    ):
        code = recipe([str(corpus), str(shards), "--scheduler", cluster.scheduler_address, "--shard-size", "10"])
        workers = {w["id"] for w in client.scheduler_info()["workers"].values()}
    assert len(workers) == 2
    assert (
        code == 2
        and err.getvalue().strip()
        == f"diplograph: {corpus}:{len(texts) + 1}: no 'text': every record needs 'id' and 'text'"
    )
    written = sorted(shards.glob("shard-*.nq"))
    assert out.getvalue().strip() == f"read {len(texts)} reports into {len(written)} shards in {shards}"
    assert len(written) == -(-len(texts) // 10) and not list(shards.glob("*.part"))

    distributed_store, plain_store = tmp_path / "distributed", tmp_path / "plain"
    code, _, err_text = dg(distributed_store, "load", *map(str, written))
    assert code == 0, err_text
    code, _, err_text = dg(plain_store, "ingest", *map(str, texts))
    assert code == 0, err_text
    ours, plain = graphs(distributed_store), graphs(plain_store)
    assert ours.keys() == plain.keys() and len(ours) == len(texts)
    for name in plain:
        assert isomorphic(ours[name], plain[name]), name
