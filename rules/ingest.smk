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


# Scene detection and cutting share one job: clips are cut on the second core while the
# first is still decoding (see videomind/modalities/clips.py).
rule clips:
    input:
        sources="results/shards/{shard}/sources.parquet",
        media="results/shards/{shard}/downloads",
    output:
        scenes="results/shards/{shard}/scenes.parquet",
        table="results/shards/{shard}/clips.parquet",
        media=directory("results/shards/{shard}/media"),
        failures="results/shards/{shard}/failures/clips.parquet",
    log:
        "logs/clips/{shard}.log",
    benchmark:
        "benchmarks/clips/{shard}.tsv"
    conda:
        "../envs/ingest.yaml"
    threads: 2
    resources:
        mem_mb=2000,
    params:
        scenes=config["scenes"],
        clips=config["clips"],
        frames=config["frames"],
        audio=config["audio"],
    script:
        "../scripts/clips.py"
