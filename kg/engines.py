"""Extraction engines: where :func:`kg.pipeline.extract_page` runs.

* ``local`` (the default): this process, or ``jobs`` worker processes of a
  process pool on this machine (:func:`kg.pipeline.build`).
* ``dask``: the workers of a dask.distributed cluster -- an existing one
  (``scheduler="tcp://HOST:8786"``, a ``distributed.Client`` or a cluster
  object) or, without a scheduler, a ``LocalCluster`` of ``jobs`` single-threaded
  worker processes started for the build and closed after it.

Either way pages go out in chunks (a few per worker in flight), results stream
back as they finish, and the corpus (so every output byte) is the same as a
local build's. Each dask worker
process loads the lexicons and the tagger once (:class:`KgWorkerPlugin` at
worker start, and :func:`_prepare` again on its first chunk should a worker
join without the plugin), never per page.

By default the client reads every page (:func:`kg.ingest.read_page`, exactly as
a local build does) and ships the decoded pages to the workers, so workers need
kg installed but no access to the input files. With ``ship_pages=False`` the
workers read the files themselves by the paths as given: the files must be
reachable at those paths from every worker (a shared file system; give absolute
paths or start the workers in the same folder).

dask is optional: ``pip install 'kg[dask]'``.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

from .errors import InputError, KgError
from .settings import Settings

__all__ = ["ENGINES", "KgWorkerPlugin", "extract_dask"]

ENGINES = ("local", "dask")

# ------------------------------------------------------------------ worker side
_prepared: set[str] = set()
_lock = threading.Lock()   # one extraction at a time per worker process (threads share the caches)


def _prepare(settings: Settings) -> None:
    """Once per worker process (per tagger): one BLAS thread, lexicons and tagger loaded."""
    from .pipeline import get_context, get_tagger

    key = settings.ner_model
    if key in _prepared:
        return
    with _lock:
        if key in _prepared:
            return
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        get_context()
        get_tagger(settings.ner_model)
        _prepared.add(key)


try:
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:          # dask not installed: the local engine still works
    _WorkerPlugin = object


class KgWorkerPlugin(_WorkerPlugin):
    """dask worker plugin: load kg's lexicons and tagger when a worker starts
    (also on workers that join later); registered with ``Client.register_plugin``."""

    idempotent = True

    def __init__(self, settings: Settings = Settings()):
        self.settings = settings
        self.name = f"kg-extract-{settings.ner_model}"

    def setup(self, worker=None) -> None:
        _prepare(self.settings)

    def teardown(self, worker=None) -> None:
        pass


def _run_chunk(settings: Settings, chunk: list[tuple[int, object]]) -> list[tuple[int, object]]:
    """Dask task: extract a chunk of ``(index, Page | path)``.

    A Page was read by the client; a path is read here. An InputError travels
    as plain fields (as in the local process pool)."""
    from .pipeline import extract_items

    _prepare(settings)
    with _lock:
        return extract_items(chunk, settings)


# ------------------------------------------------------------------ client side
def _import_distributed():
    try:
        import distributed
    except ImportError:
        raise KgError("the dask engine needs dask.distributed: pip install 'kg[dask]' "
                      "(or 'dask[distributed]')") from None
    return distributed


def _client(scheduler, n_workers: int):
    """(client, things to close after the build) for a scheduler address, Client, cluster or None."""
    distributed = _import_distributed()
    if isinstance(scheduler, distributed.Client):
        return scheduler, []
    if scheduler is None:
        import logging
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")   # inherited by the worker processes
        cluster = distributed.LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=logging.ERROR)
        client = distributed.Client(cluster, set_as_default=False)
        return client, [client, cluster]
    try:
        client = distributed.Client(scheduler, set_as_default=False, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise KgError(f"cannot reach the dask scheduler {scheduler}: {exc}") from None
    return client, [client]


def extract_dask(files: list[Path], todo: list[int], settings: Settings, progress=None,
                 done: int = 0, total: int = 0, *, scheduler=None, n_workers: int = 1,
                 ship_pages: bool = True, chunk_size: int | None = None, take=None):
    """Extract the pages ``files[i]`` of ``todo`` on a dask cluster; returns
    ``[(index, Extracted | InputError)...]`` (:class:`kg.pipeline.Extracted`) in input order and the workers used,
    or, with ``take(index, result)``, hands each result over as it arrives (in
    any order) and returns ``([], workers)``: then memory does not grow with the
    corpus, since a few chunks per worker are in flight and pages are read (with
    ``ship_pages``) only as their chunk goes out.

    ``scheduler``: an address (``tcp://HOST:8786``), a ``distributed.Client``,
    a cluster object, or None for a LocalCluster of ``n_workers`` processes.
    ``progress(done, total, "")`` is called as chunks come back.
    """
    from .ingest import read_page
    from .pipeline import IN_FLIGHT, chunked, from_wire

    if not todo:
        return [], 0
    out: list[tuple[int, object]] = []
    keep = take or (lambda i, result: out.append((i, result)))
    client, closing = _client(scheduler, max(1, n_workers))
    try:
        try:
            client.wait_for_workers(1, timeout=60)
        except TimeoutError:
            raise KgError(f"the dask scheduler {client.scheduler.address} has no workers "
                          "(start some: dask worker ADDRESS)") from None
        workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
        plugin = KgWorkerPlugin(settings)
        client.register_plugin(plugin, name=plugin.name)
        chunks = (chunked(todo, workers) if chunk_size is None else
                  (todo[k:k + chunk_size] for k in range(0, len(todo), chunk_size)))
        distributed = _import_distributed()
        pending = distributed.as_completed([], loop=client.loop)
        counter = [done]

        def submit_next() -> None:
            """Send the next chunk with something to extract (unreadable pages are
            reported here, as a local build does)."""
            for chunk in chunks:
                items = []
                for i in chunk:
                    if not ship_pages:
                        items.append((i, str(files[i])))
                        continue
                    try:
                        items.append((i, read_page(files[i], settings)))
                    except InputError as exc:
                        keep(i, exc)
                        counter[0] += 1
                if items:
                    pending.add(client.submit(_run_chunk, settings, items, pure=False))
                    return

        for _ in range(workers * IN_FLIGHT):
            submit_next()
        if progress:
            progress(counter[0], total, "")
        try:
            for fut in pending:
                part = fut.result()
                fut.release()
                submit_next()
                for i, result in part:
                    keep(i, from_wire(result))
                counter[0] += len(part)
                if progress:
                    progress(counter[0], total, "")
                del part
        except BaseException:
            for f in list(pending.futures):
                f.cancel()
            raise
        return sorted(out, key=lambda t: t[0]), workers
    finally:
        for c in closing:
            try:
                c.close()
            except Exception:   # pragma: no cover - best effort on shutdown
                pass
