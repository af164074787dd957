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
