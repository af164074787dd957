rule preverify:
    input:
        generation="results/shards/{shard}/generation.parquet",
        prompts=prompt_files("verifier"),
    output:
        table="results/shards/{shard}/preverify.parquet",
        failures="results/shards/{shard}/failures/preverify.parquet",
    log:
        "logs/preverify/{shard}.log",
    benchmark:
        "benchmarks/preverify/{shard}.tsv"
    conda:
        RULE_ENVS["preverify"]
    threads: job_threads("preverify", 1)
    resources:
        gpu=job_gpu("preverify"),
        slurm_partition=job_partition("preverify"),
        mem_mb=model_mem(config["verify"]["pre"]["llm"]),
    params:
        pre=config["verify"]["pre"],
        generator=config["generate"]["llm"],
    script:
        "../scripts/preverify.py"


rule pre_calibration:
    input:
        generation=get_shard_tables("generation"),
        preverify=get_shard_tables("preverify"),
    output:
        json="results/verify/pre_calibration.json",
        md=report(
            "results/verify/pre_calibration.md",
            caption="../report/pre_calibration.rst",
            category="Verification",
        ),
        png=report(
            "results/verify/pre_calibration.png",
            caption="../report/pre_calibration.rst",
            category="Verification",
        ),
        pdf="results/verify/pre_calibration.pdf",
    log:
        "logs/pre_calibration.log",
    conda:
        RULE_ENVS["preverify"]
    threads: 1
    resources:
        mem_mb=3000,
    params:
        pre=config["verify"]["pre"],
    script:
        "../scripts/pre_calibration.py"


checkpoint t2v_plan:
    input:
        generation="results/shards/{shard}/generation.parquet",
        preverify="results/shards/{shard}/preverify.parquet",
    output:
        plan=directory("results/shards/{shard}/t2v_plan"),
    log:
        "logs/t2v_plan/{shard}.log",
    conda:
        "../envs/core.yaml"
    threads: 1
    resources:
        mem_mb=1000,
    params:
        per_job=config["verify"]["post"]["t2v"]["statements_per_job"],
    script:
        "../scripts/t2v_plan.py"


rule t2v:
    input:
        plan="results/shards/{shard}/t2v_plan/{part}.json",
        generation="results/shards/{shard}/generation.parquet",
        preverify="results/shards/{shard}/preverify.parquet",
    output:
        table="results/shards/{shard}/t2v_parts/{part}.parquet",
        part_failures="results/shards/{shard}/t2v_parts/{part}.failures.parquet",
        videos=directory("results/shards/{shard}/t2v_parts/{part}"),
    log:
        "logs/t2v/{shard}/{part}.log",
    benchmark:
        "benchmarks/t2v/{shard}/{part}.tsv"
    conda:
        "../envs/t2v.yaml"
    threads: job_threads("t2v", 2)
    resources:
        gpu=job_gpu("t2v"),
        slurm_partition=job_partition("t2v"),
        mem_mb=model_mem(config["verify"]["post"]["t2v"]),
    params:
        t2v=config["verify"]["post"]["t2v"],
        item_timeout=config["item_timeout"]["t2v"],
    script:
        "../scripts/t2v.py"


rule t2v_merge:
    input:
        tables=get_t2v_parts("parquet"),
        failures=get_t2v_parts("failures.parquet"),
    output:
        table="results/shards/{shard}/t2v.parquet",
        failures="results/shards/{shard}/failures/t2v.parquet",
        videos=directory("results/shards/{shard}/t2v"),
    log:
        "logs/t2v_merge/{shard}.log",
    conda:
        "../envs/core.yaml"
    threads: 1
    resources:
        mem_mb=1000,
    script:
        "../scripts/t2v_merge.py"


rule review:
    input:
        samples="results/shards/{shard}/samples.parquet",
        generation="results/shards/{shard}/generation.parquet",
        preverify="results/shards/{shard}/preverify.parquet",
        t2v=get_t2v_table,
    output:
        page="results/review/{shard}/index.html",
    log:
        "logs/review/{shard}.log",
    conda:
        "../envs/core.yaml"
    threads: 1
    resources:
        mem_mb=1000,
    params:
        post=config["verify"]["post"],
    script:
        "../scripts/review.py"


rule ratings:
    input:
        preverify=get_shard_tables("preverify"),
        files=get_rating_files,
    output:
        table="results/verify/postverify.parquet",
        failures="results/verify/failures_ratings.parquet",
        json="results/verify/ratings.json",
        md=report(
            "results/verify/ratings.md",
            caption="../report/ratings.rst",
            category="Verification",
        ),
    log:
        "logs/ratings.log",
    conda:
        "../envs/ratings.yaml"
    threads: 1
    resources:
        mem_mb=2000,
    params:
        post=config["verify"]["post"],
    script:
        "../scripts/ratings.py"


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
