rule asr:
    input:
        clips="results/shards/{shard}/clips.parquet",
        media="results/shards/{shard}/media",
    output:
        table="results/shards/{shard}/asr.parquet",
        failures="results/shards/{shard}/failures/asr.parquet",
    log:
        "logs/asr/{shard}.log",
    benchmark:
        "benchmarks/asr/{shard}.tsv"
    conda:
        RULE_ENVS["asr"]
    threads: job_threads("asr", 1)
    resources:
        gpu=job_gpu("asr"),
        slurm_partition=job_partition("asr"),
        mem_mb=3000,
    params:
        asr=config["asr"],
        item_timeout=config["item_timeout"]["asr"],
    script:
        "../scripts/asr.py"


rule ocr:
    input:
        clips="results/shards/{shard}/clips.parquet",
        media="results/shards/{shard}/media",
    output:
        table="results/shards/{shard}/ocr.parquet",
        failures="results/shards/{shard}/failures/ocr.parquet",
    log:
        "logs/ocr/{shard}.log",
    benchmark:
        "benchmarks/ocr/{shard}.tsv"
    conda:
        RULE_ENVS["ocr"]
    threads: job_threads("ocr", 2)
    resources:
        gpu=job_gpu("ocr"),
        slurm_partition=job_partition("ocr"),
        mem_mb=3000,
    params:
        ocr=config["ocr"],
        item_timeout=config["item_timeout"]["ocr"],
    script:
        "../scripts/ocr.py"
