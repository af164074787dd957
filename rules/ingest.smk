rule fetch:
    input:
        get_fetch_inputs,
    output:
        table="results/shards/{shard}/sources.parquet",
        media=directory("results/shards/{shard}/downloads"),
        failures="results/shards/{shard}/failures/fetch.parquet",
    log:
        "logs/fetch/{shard}.log",
    benchmark:
        "benchmarks/fetch/{shard}.tsv"
    conda:
        "../envs/ingest.yaml"
    threads: 1
    resources:
        mem_mb=2000,
    params:
        rows=get_fetch_rows,
        manifest=config["manifest"],
        download=config["download"],
        bounds=config["bounds"],
        text=config["text"],
        item_timeout=config["item_timeout"]["fetch"],
        # A path, not the list: new entries stop new downloads without rerunning every shard
        # (export removes what was fetched before; see videomind/ingest/takedowns.py).
        takedowns=config["takedowns"],
    script:
        "../scripts/fetch.py"


# The rejected rows come as params (the manifest is parsed once, at DAG build): the table is
# rewritten only when the set of rejected rows changes.
rule manifest_failures:
    output:
        failures="results/manifest_failures.parquet",
    log:
        "logs/manifest_failures.log",
    conda:
        "../envs/core.yaml"
    threads: 1
    resources:
        mem_mb=1000,
    params:
        manifest=config["manifest"],
        rejected=[vars(r) for r in MANIFEST.rejected],
    script:
        "../scripts/manifest_failures.py"
