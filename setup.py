"""Maps the top-level source folders into the single `emr_deid` import namespace.

`transforms/` installs as `emr_deid.transforms`, and so on, so nothing we ship can collide with
another top-level module inside a Beam worker. `emr_deid` itself is a namespace package.
"""

from setuptools import find_namespace_packages, setup

SOURCE_FOLDERS = ("pipelines", "transforms", "recognizers", "schemas", "evaluation", "benchmarks")
DATA_FOLDERS = ("samples",)

package_dir = {}
packages = []
for folder in SOURCE_FOLDERS + DATA_FOLDERS:
    package_dir[f"emr_deid.{folder}"] = folder
    packages.append(f"emr_deid.{folder}")
    # Data-only folders (allow_lists/, en/data/, samples/fhir/ ...) are packages too: setuptools then ships
    # their files without warning that an importable folder is missing from `packages`.
    packages += [f"emr_deid.{folder}.{sub}" for sub in find_namespace_packages(folder, exclude=["*__pycache__*"])]

setup(
    package_dir=package_dir,
    packages=packages,
    package_data={
        "emr_deid.pipelines": ["*.yaml"],
        "emr_deid.recognizers": ["*.yaml", "**/*.yaml", "**/*.txt", "**/*.onnx", "**/*.json", "**/*.md"],
        "emr_deid.transforms": ["**/*.yaml"],
        "emr_deid.samples": ["**/*"],
    },
    include_package_data=True,
)
