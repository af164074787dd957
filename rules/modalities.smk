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


rule asr:
    input:
        sources="results/shards/{shard}/sources.parquet",
        clips="results/shards/{shard}/clips.parquet",
        media="results/shards/{shard}/media",
        ocr=get_asr_ocr,
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
        mem_mb=plus_model_mem(3000, config["asr"].get("rescore")),
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


rule screen:
    input:
        samples="results/shards/{shard}/samples.parquet",
        media="results/shards/{shard}/media",
        policy=workflow_file(config["screen"]["policy"]),
    output:
        decisions="results/shards/{shard}/screen.parquet",
        kept="results/shards/{shard}/screened.parquet",
        quarantine="results/shards/{shard}/quarantine.parquet",
        failures="results/shards/{shard}/failures/screen.parquet",
    log:
        "logs/screen/{shard}.log",
    benchmark:
        "benchmarks/screen/{shard}.tsv"
    conda:
        "../envs/screen.yaml"
    threads: 1
    resources:
        mem_mb=3000,
    params:
        screen=config["screen"],
    script:
        "../scripts/screen.py"


rule screen_eval:
    input:
        policy=workflow_file(config["screen"]["policy"]),
        labeled=workflow_file(config["screen"]["eval_set"]),
    output:
        json="results/screen_eval.json",
        md=report(
            "results/screen_eval.md",
            caption="../report/screen_eval.rst",
            category="Screening",
        ),
    log:
        "logs/screen_eval.log",
    conda:
        "../envs/screen.yaml"
    threads: 1
    resources:
        mem_mb=3000,
    params:
        text=config["screen"]["text"],
    script:
        "../scripts/screen_eval.py"
