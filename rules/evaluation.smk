rule gold:
    input:
        dataset="results/dataset.parquet",
        files=get_annotation_files,
    output:
        table="results/gold/gold.parquet",
        failures="results/gold/failures.parquet",
        sheets=directory("results/gold/sheets"),
        json="results/gold/report.json",
        md=report(
            "results/gold/report.md", caption="../report/gold.rst", category="Gold set"
        ),
    log:
        "logs/gold.log",
    conda:
        "../envs/evaluate.yaml"
    threads: 1
    resources:
        mem_mb=2000,
    params:
        gold=config["gold"],
    script:
        "../scripts/gold.py"


rule evaluate:
    input:
        dataset="results/dataset.parquet",
        gold="results/gold/gold.parquet",
    output:
        json="results/eval/{retriever}.json",
    log:
        "logs/evaluate/{retriever}.log",
    benchmark:
        "benchmarks/evaluate/{retriever}.tsv"
    conda:
        "../envs/evaluate.yaml"
    threads: 1
    resources:
        mem_mb=8000,
    params:
        retriever=lambda wildcards: RETRIEVERS[wildcards.retriever],
        layer_text=config["evaluate"]["layer_text"],
        include_unvalidated=config["gold"]["include_unvalidated"],
    script:
        "../scripts/evaluate.py"
