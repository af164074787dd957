# VideoMind: public videos -> >= 5 s clips -> 12 frames, audio, ASR, OCR, original text.
# The rules read like the paper's Figure 2; the logic lives in the `videomind` package.

from snakemake.utils import min_version

min_version("9.0")


# The shipped config, found from the workflow (not the working directory, which --directory
# moves): every --configfile layers over it, as config/paper.yaml does.
configfile: f"{workflow.basedir}/config/config.yaml"


report: "report/workflow.rst"


wildcard_constraints:
    shard=r"shard\d{5}",


include: "rules/common.smk"
include: "rules/demo.smk"
include: "rules/ingest.smk"
include: "rules/modalities.smk"
include: "rules/generation.smk"
include: "rules/verification.smk"
include: "rules/evaluation.smk"
include: "rules/paper.smk"
include: "rules/release.smk"


rule all:
    default_target: True
    input:
        get_final_output(),


# `snakemake paper` rebuilds paper/ from results/ (upstream stages stay as they are).
rule paper:
    input:
        get_paper_outputs(),


# A job that still fails after the profile's retries is recorded with the end of its log in
# results/failed_jobs.json (bad inputs never fail jobs: they are rows of the failures table).
onerror:
    print_failed_jobs(log)


onsuccess:
    forget_failed_jobs()
