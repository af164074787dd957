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
        ASR_ENV
    threads: 1
    resources:
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
        OCR_ENV
    threads: 2
    resources:
        mem_mb=3000,
    params:
        ocr=config["ocr"],
        item_timeout=config["item_timeout"]["ocr"],
    script:
        "../scripts/ocr.py"
