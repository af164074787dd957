rule demo_corpus:
    output:
        expand(
            "{dir}/{name}",
            dir=DEMO_DIR,
            name=[
                "bbb.mp4",
                "trailer_bbb.mp4",
                "speech_reading.mp4",
                "skv_bikes.mp4",
                "skv_bigbuckbunny.mp4",
                "skv_carphone.mp4",
            ],
        ),
        sums=f"{DEMO_DIR}/SHA256SUMS",
    log:
        "logs/demo_corpus.log",
    conda:
        "../envs/ingest.yaml"
    threads: 1
    resources:
        mem_mb=1000,
    params:
        cache="resources/cache",
    script:
        "../scripts/demo_corpus.py"
