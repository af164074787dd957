rule fetch:
    input:
        get_fetch_inputs,
    output:
        table="results/shards/{shard}/sources.parquet",
        media=directory("results/shards/{shard}/downloads"),
        failures="results/shards/{shard}/failures/fetch.parquet",
    params:
        download=config["download"],
        text=config["text"],
    log:
        "logs/fetch/{shard}.log",
    benchmark:
        "benchmarks/fetch/{shard}.tsv"
    conda:
        "../envs/ingest.yaml"
    threads: 1
    resources:
        mem_mb=2000,
    script:
        "../scripts/fetch.py"


rule scenes:
    input:
        sources="results/shards/{shard}/sources.parquet",
        media="results/shards/{shard}/downloads",
    output:
        table="results/shards/{shard}/scenes.parquet",
        failures="results/shards/{shard}/failures/scenes.parquet",
    params:
        scenes=config["scenes"],
        clips=config["clips"],
    log:
        "logs/scenes/{shard}.log",
    benchmark:
        "benchmarks/scenes/{shard}.tsv"
    conda:
        "../envs/ingest.yaml"
    threads: 2
    resources:
        mem_mb=2000,
    script:
        "../scripts/scenes.py"


rule clips:
    input:
        sources="results/shards/{shard}/sources.parquet",
        scenes="results/shards/{shard}/scenes.parquet",
        media="results/shards/{shard}/downloads",
    output:
        table="results/shards/{shard}/clips.parquet",
        media=directory("results/shards/{shard}/media"),
        failures="results/shards/{shard}/failures/clips.parquet",
    params:
        clips=config["clips"],
        frames=config["frames"],
        audio=config["audio"],
    log:
        "logs/clips/{shard}.log",
    benchmark:
        "benchmarks/clips/{shard}.tsv"
    conda:
        "../envs/ingest.yaml"
    threads: 2
    resources:
        mem_mb=2000,
    script:
        "../scripts/clips.py"
