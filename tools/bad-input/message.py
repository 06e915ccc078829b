"""The message column of one row of docs/bad-input.md, from the run's stderr.txt and stdout.txt in the current folder.

An error is what runpose printed on standard error; an analysis that ran is summed up by why its findings were
withheld (all of them, or one alone), what limits the recording and its notes; a training log by the lines it left
out. Paths of the scratch folder and the repository are cut, so the table holds no machine's paths.
"""
import os
import re

def clean(text):
    for prefix in (os.environ["WORK"], os.environ["ROOT"]):
        text = text.replace(prefix, "")
    return text.replace("|", "\\|")

err = [l for l in open("stderr.txt").read().splitlines()
       if l and not l.startswith("runpose: the sources have changed") and not l.startswith("\x1b")
       and not l.startswith("[")]
out = open("stdout.txt").read().splitlines()
if err:
    lines = err
else:
    # Why the findings were withheld, why one finding alone was not assessed, what limits the recording (but the
    # frame rate's limit, which every 30 fps clip has), the notes; a log's lines left out.
    lines = [l for l in out if l.startswith(("Insufficient data", "Note:"))
             or (l.startswith("Recording:") and not l.startswith("Recording: Frame rate:"))
             or re.search(r" line \d+: ", l) or re.match(r"[A-Z][a-z ]+: +N/A +\S", l)]
    lines = lines or out[:1]
print(clean(" / ".join(re.sub(r" {2,}", " ", l.strip()) for l in lines)))
