rule paper_tables:
    input:
        evals=expand("results/eval/{retriever}.json", retriever=list(RETRIEVERS)),
        table2_reported=workflow_file("paper/reference/table2_reported.csv"),
        table3_reported=workflow_file("paper/reference/table3_reported.csv"),
    output:
        t2_csv=report(
            "paper/table2.csv", caption="../report/table2.rst", category="Paper"
        ),
        t2_md="paper/table2.md",
        t2_tex="paper/table2.tex",
        t3_csv=report(
            "paper/table3.csv", caption="../report/table3.rst", category="Paper"
        ),
        t3_md="paper/table3.md",
        t3_tex="paper/table3.tex",
    log:
        "logs/paper_tables.log",
    conda:
        "../envs/core.yaml"
    threads: 1
    resources:
        mem_mb=1000,
    script:
        "../scripts/paper_tables.py"


rule paper_figures:
    input:
        dataset="results/dataset.parquet",
        funnel="results/funnel.json",
        gold="results/gold/report.json",
        evals=expand("results/eval/{retriever}.json", retriever=list(RETRIEVERS)),
        literature=workflow_file("paper/reference/table1_literature.csv"),
    output:
        figure3_png=report(
            "paper/figure3.png", caption="../report/figure3.rst", category="Paper"
        ),
        figure3_pdf="paper/figure3.pdf",
        figure3_json="paper/figure3.json",
        figure1_png=report(
            "paper/figure1_examples.png",
            caption="../report/figure1.rst",
            category="Paper",
        ),
        figure1_pdf="paper/figure1_examples.pdf",
        table1_csv=report(
            "paper/table1.csv", caption="../report/table1.rst", category="Paper"
        ),
        table1_md="paper/table1.md",
        table1_tex="paper/table1.tex",
        card=report(
            "paper/dataset_card.md", caption="../report/card.rst", category="Paper"
        ),
    log:
        "logs/paper_figures.log",
    conda:
        "../envs/evaluate.yaml"
    threads: 1
    resources:
        mem_mb=3000,
    params:
        paper=config["paper"],
    script:
        "../scripts/paper_figures.py"
