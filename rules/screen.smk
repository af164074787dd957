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
