rule generate:
    input:
        samples="results/shards/{shard}/screened.parquet",
        media="results/shards/{shard}/media",
        prompts=prompt_files(),
    output:
        table="results/shards/{shard}/generation.parquet",
        failures="results/shards/{shard}/failures/generate.parquet",
        stats="benchmarks/generate/{shard}.json",
    log:
        "logs/generate/{shard}.log",
    benchmark:
        "benchmarks/generate/{shard}.tsv"
    conda:
        RULE_ENVS["generate"]
    threads: job_threads("generate", 1)
    resources:
        gpu=job_gpu("generate"),
        slurm_partition=job_partition("generate"),
        mem_mb=model_mem(config["generate"]["llm"], config["generate"].get("tags_llm")),
    params:
        generate=config["generate"],
    script:
        "../scripts/generate.py"
