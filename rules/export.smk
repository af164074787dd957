rule export:
    input:
        dataset="results/dataset.parquet",
        samples="results/samples.parquet",
        failures="results/failures.parquet",
        sources="results/sources.parquet",
        scenes="results/scenes.parquet",
        gold="results/gold/gold.parquet",
        card="paper/dataset_card.md",
    output:
        train="release/data/train.parquet",
        test="release/data/test.parquet",
        samples="release/tables/samples.parquet",
        verification="release/tables/verification.parquet",
        failures="release/tables/failures.parquet",
        sources="release/tables/sources.parquet",
        scenes="release/tables/scenes.parquet",
        schema="release/tables/SCHEMA.md",
        card="release/README.md",
        webdataset=directory("release/webdataset"),
    log:
        "logs/export.log",
    benchmark:
        "benchmarks/export.tsv"
    conda:
        "../envs/core.yaml"
    threads: 1
    resources:
        mem_mb=4000,
    params:
        export=config["export"],
        include_unvalidated=config["gold"]["include_unvalidated"],
    script:
        "../scripts/export.py"


rule browser:
    input:
        dataset="results/dataset.parquet",
    output:
        site=directory("release/browser"),
    log:
        "logs/browser.log",
    conda:
        "../envs/evaluate.yaml"
    threads: 1
    resources:
        mem_mb=2000,
    params:
        chunk=config["export"]["browser_chunk"],
    script:
        "../scripts/browser.py"
