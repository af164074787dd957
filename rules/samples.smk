rule samples:
    input:
        sources="results/shards/{shard}/sources.parquet",
        clips="results/shards/{shard}/clips.parquet",
        asr="results/shards/{shard}/asr.parquet",
        ocr="results/shards/{shard}/ocr.parquet",
    output:
        table="results/shards/{shard}/samples.parquet",
    log:
        "logs/samples/{shard}.log",
    conda:
        "../envs/core.yaml"
    threads: 1
    resources:
        mem_mb=1000,
    script:
        "../scripts/samples.py"


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


rule collect:
    input:
        samples=get_shard_tables("samples"),
        generation=get_shard_tables("generation"),
        preverify=get_shard_tables("preverify"),
        postverify="results/verify/postverify.parquet",
        rating_failures="results/verify/failures_ratings.parquet",
        screen=get_shard_tables("screen"),
        quarantine=get_shard_tables("quarantine"),
        sources=get_shard_tables("sources"),
        scenes=get_shard_tables("scenes"),
        failures=get_shard_failures,
        manifest_failures="results/manifest_failures.parquet",
        takedowns=get_takedowns,
    output:
        samples="results/samples.parquet",
        dataset="results/dataset.parquet",
        screen="results/screen.parquet",
        quarantine="results/quarantine.parquet",
        sources="results/sources.parquet",
        scenes="results/scenes.parquet",
        failures="results/failures.parquet",
        funnel=report(
            "results/funnel.json", caption="../report/funnel.rst", category="Funnel"
        ),
    log:
        "logs/collect.log",
    conda:
        "../envs/core.yaml"
    threads: 1
    resources:
        mem_mb=4000,
    params:
        manifest_rows=len(MANIFEST.rows) + len(MANIFEST.rejected),
        include_pending=config["verify"]["post"]["include_pending"],
    script:
        "../scripts/collect.py"
