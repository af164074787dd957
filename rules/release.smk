rule export:
    input:
        dataset="results/dataset.parquet",
        samples="results/samples.parquet",
        failures="results/failures.parquet",
        sources="results/sources.parquet",
        scenes="results/scenes.parquet",
        screen="results/screen.parquet",
        gold="results/gold/gold.parquet",
        card="paper/dataset_card.md",
    output:
        train="release/data/train.parquet",
        test="release/data/test.parquet",
        samples="release/tables/samples.parquet",
        verification="release/tables/verification.parquet",
        sources="release/tables/sources.parquet",
        scenes="release/tables/scenes.parquet",
        schema="release/tables/SCHEMA.md",
        attribution="release/ATTRIBUTION.md",
        card="release/README.md",
        webdataset=directory("release/webdataset"),
        # Everything the release leaves out (named so nobody ships it by mistake).
        audit="internal_audit/README.md",
        excluded="internal_audit/excluded.parquet",
        audit_tables=directory("internal_audit/tables"),
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


# The release's browser shows released samples only and links each to its source; the team's
# browser in internal_audit/ shows every generated sample with its media.
rule browser:
    input:
        dataset="results/dataset.parquet",
    output:
        site=directory("{folder}/browser"),
    log:
        "logs/browser/{folder}.log",
    wildcard_constraints:
        folder="release|internal_audit",
    conda:
        "../envs/evaluate.yaml"
    threads: 1
    resources:
        mem_mb=2000,
    params:
        chunk=config["export"]["browser_chunk"],
        released_only=lambda wildcards: wildcards.folder == "release",
    script:
        "../scripts/browser.py"


# `snakemake rehydrate`: rebuild the media of an annotations-only release from its sources and
# check every clip against it (not part of `all`). With the default `rehydrate.release:
# release`, it rehydrates this run's own release, building it first if needed.
rule rehydrate:
    input:
        get_rehydrate_inputs,
    output:
        table=f"{config['rehydrate']['out']}/report.parquet",
        report=f"{config['rehydrate']['out']}/report.md",
        failures=f"{config['rehydrate']['out']}/failures.parquet",
        media=directory(f"{config['rehydrate']['out']}/media"),
    log:
        "logs/rehydrate.log",
    benchmark:
        "benchmarks/rehydrate.tsv"
    conda:
        "../envs/ingest.yaml"
    threads: 1
    resources:
        mem_mb=2000,
    params:
        release=config["rehydrate"]["release"],
        local_root=config["rehydrate"]["local_root"],
        tolerance_frames=config["rehydrate"]["tolerance_frames"],
        manifest=config["manifest"],
        download=config["download"],
        bounds=config["bounds"],
        frames=config["frames"],
        audio=config["audio"],
        item_timeout=config["item_timeout"]["fetch"],
    script:
        "../scripts/rehydrate.py"
