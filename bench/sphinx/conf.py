"""Sphinx project for the gallery benchmark: sphinx-gallery builds the seed tutorial written
as a Python example (examples/plot_decoding_tutorial.py) on the simulated Haxby subject named
by the HAXBY_SUBJECT_DIR environment variable. bench/run copies this folder before building,
so the generated auto_examples/ never lands in the repository."""
import os

project = "Decoding benchmark"
extensions = ["sphinx_gallery.gen_gallery"]
exclude_patterns = ["_build"]
html_theme = "alabaster"
sphinx_gallery_conf = {
    "examples_dirs": "examples",
    "gallery_dirs": "auto_examples",
    "filename_pattern": r"/plot_",
    "download_all_examples": True,
    "image_scrapers": ("matplotlib",),
    "abort_on_example_error": True,
}
if not os.environ.get("HAXBY_SUBJECT_DIR"):
    raise RuntimeError("set HAXBY_SUBJECT_DIR to the folder of bold.nii.gz, mask4_vt.nii.gz, anat.nii.gz, labels.txt")
