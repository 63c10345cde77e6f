"""Install the course: .venv with pinned packages, the helper jar, and the `java-course` kernelspec.

Used by the README's two commands, by CI (through the test command) and by binder/postBuild.
Every step checks first and does nothing when its result is already right, so a second run is quick.

Usage (`install.py --help` prints the options; an unknown option is an error and installs nothing):
  install.py              set everything up for a student (scripts/lab, Binder): requirements.txt's packages
  install.py --dev        the same, plus the development tools of requirements-dev.txt (scripts/test, CI)
  install.py --jdk-home   only print the JDK 21+ that the course uses (for ./mvnw in scripts/test)
  install.py --maven-args only print the -D options ./mvnw needs (where the pip-installed jjava.jar is)

Environment:
  COURSE_VENV             where the Python environment lives (default: <repo>/.venv); Binder points it at its env.
  JAVA_HOME               looked at first when searching for a JDK 21+.
  COURSE_JDK_SEARCH_DIRS  folders of JDKs to look in next, separated by ':' (default: the usual places
                          on Linux, macOS and SDKMAN); PATH's java is looked at last.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# install.sh checks this too, but install.py can be run on its own: say what is missing instead of a traceback.
MIN_PYTHON = (3, 10)
if sys.version_info < MIN_PYTHON:
    print(f"error: Python {'.'.join(map(str, MIN_PYTHON))} or newer is needed, this is "
          f"{sys.version.split()[0]}; install it (e.g. 'sudo apt install python3 python3-venv') and run this again.",
          file=sys.stderr)
    sys.exit(2)
# requirements-dev.txt pins ipykernel 7.4, which needs 3.11; the students' part has pins for 3.10 in the lock.
MIN_PYTHON_FOR_DEV = (3, 11)

REPO = Path(__file__).resolve().parent.parent
# The kernel's name is one of the facts the course's tools share (standard library only, so any Python reads it).
sys.path.insert(0, str(REPO / "scripts"))
from course_tools.constants import KERNEL_DISPLAY_NAME, KERNEL_LANGUAGE, KERNEL_NAME  # noqa: E402

KERNEL_CONFIG = REPO / "kernel-config"
LIBRARIES = KERNEL_CONFIG / "libraries"
# The Maven modules of the kernel (besides lib); the root pom's profile `kernel` (-Djjava.jar) builds the last three.
JAVA_MODULES = tuple(KERNEL_CONFIG / name for name in ("kernel-agent", "launcher", "display-extension", "classpath"))
# The kernel's default class path (JJAVA_CLASSPATH), as kernel-config/classpath copies it.
CLASS_PATH_JARS = KERNEL_CONFIG / "classpath" / "target" / "dependency"
MIN_JAVA = 21
# From JDK 25 the JVM can write an ahead-of-time cache in one training run (-XX:AOTCacheOutput, JEP 514).
MIN_JAVA_FOR_AOT_CACHE = 25
AOT_CACHE_NAME = "course.aot"
AOT_CACHE_STAMP = AOT_CACHE_NAME + ".sha256"
# JDK 21-24 instead archive the classes of a training run at its exit (AppCDS, a dynamic archive), which alongside
# our -javaagent needs the diagnostic -XX:+AllowArchivingWithJavaAgent.
CDS_ARCHIVE_NAME = "course.jsa"
CDS_ARCHIVE_STAMP = CDS_ARCHIVE_NAME + ".sha256"
CACHE_FLAGS = ("-XX:AOTCache=", "-XX:SharedArchiveFile=")


def log(message: str) -> None:
    print(f"[install] {message}", flush=True)


def fail(message: str) -> None:
    print(f"error: {message}", file=sys.stderr, flush=True)
    sys.exit(2)


# ---------------------------------------------------------------- JDK

def java_major_version(java: Path) -> int | None:
    """The feature version of a `java` launcher (17, 21, 25, ...), or None if it does not run."""
    try:
        result = subprocess.run([str(java), "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', result.stderr)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2)) if major == 1 else major


def is_full_jdk(home: Path) -> bool:
    """A JDK, not a bare runtime: the kernel compiles every cell with javac through JShell."""
    return (home / "bin" / "java").is_file() and (home / "bin" / "javac").is_file() \
        and (home / "bin" / "jshell").is_file()


DEFAULT_JDK_SEARCH_DIRS = ":".join([
    "/usr/lib/jvm",                                   # Debian, Ubuntu, Fedora
    "/Library/Java/JavaVirtualMachines",              # macOS (JDK homes are <dir>/Contents/Home)
    str(Path.home() / ".sdkman" / "candidates" / "java"),
])


def jdk_candidates() -> list[Path]:
    candidates = []
    if os.environ.get("JAVA_HOME"):
        candidates.append(Path(os.environ["JAVA_HOME"]))
    search_dirs = os.environ.get("COURSE_JDK_SEARCH_DIRS", DEFAULT_JDK_SEARCH_DIRS)
    for search_dir in filter(None, search_dirs.split(":")):
        folder = Path(search_dir)
        if folder.is_dir():
            homes = sorted((p for p in folder.iterdir() if p.is_dir() and not p.is_symlink()),
                           key=lambda p: p.name, reverse=True)
            candidates.extend(h / "Contents" / "Home" if (h / "Contents" / "Home").is_dir() else h
                              for h in homes)
    on_path = shutil.which("java")
    if on_path:
        candidates.append(Path(on_path).resolve().parent.parent)
    return candidates


def find_jdk(quiet: bool = False) -> Path:
    seen = set()
    for home in jdk_candidates():
        home = home.resolve()
        if home in seen or not is_full_jdk(home):
            continue
        seen.add(home)
        version = java_major_version(home / "bin" / "java")
        if version is not None and version >= MIN_JAVA:
            if not quiet:
                log(f"JDK {version}: {home}")
            return home
    fail(f"no JDK {MIN_JAVA} or newer found (looked at JAVA_HOME, {search_places()}, PATH); install one "
         f"(e.g. 'sudo apt install openjdk-21-jdk', or Temurin 21 from adoptium.net) and run this again.")
    raise AssertionError("unreachable")


def search_places() -> str:
    return os.environ.get("COURSE_JDK_SEARCH_DIRS", DEFAULT_JDK_SEARCH_DIRS).replace(":", ", ")


# ---------------------------------------------------------------- helpers

def digest(paths: list[Path], extra: str = "") -> str:
    """A fingerprint of files' names and contents, to tell whether a step's inputs changed."""
    sha = hashlib.sha256(extra.encode())
    for path in sorted(paths):
        sha.update(str(path.relative_to(REPO) if path.is_relative_to(REPO) else path).encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()


def up_to_date(stamp: Path, fingerprint: str) -> bool:
    return stamp.is_file() and stamp.read_text().strip() == fingerprint


def run(command: list[str], **kwargs) -> None:
    subprocess.run(command, check=True, **kwargs)


# ---------------------------------------------------------------- Python environment

def ensure_requirements(python: Path, venv: Path, requirements: Path, what: str) -> None:
    """Installs one requirements file, constrained by the lock (every transitive package pinned), unless the
    same files were installed already."""
    lock = REPO / "requirements-lock.txt"
    stamp = venv / f".course-{requirements.stem}.sha256"
    fingerprint = digest([requirements, lock, *nested_requirements(requirements)])
    if up_to_date(stamp, fingerprint):
        log(f"Python packages are up to date{what}")
        return
    log(f"installing Python packages from {requirements.name}{what}")
    run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "-r", str(requirements), "-c", str(lock)])
    stamp.write_text(fingerprint + "\n")


def nested_requirements(requirements: Path) -> list[Path]:
    """The files a requirements file includes with `-r` (requirements-dev.txt includes requirements.txt)."""
    lines = requirements.read_text(encoding="utf-8").splitlines()
    return [requirements.parent / line.split(maxsplit=1)[1] for line in lines if line.startswith("-r ")]


def ensure_venv(venv: Path, development: bool) -> Path:
    python = venv / "bin" / "python"
    if not python.is_file():
        log(f"creating {venv}")
        try:
            run([sys.executable, "-m", "venv", str(venv)])
        except subprocess.CalledProcessError:
            fail(f"could not create a virtual environment at {venv}; install the venv module "
                 f"(e.g. 'sudo apt install python3-venv') and run this again.")
    ensure_requirements(python, venv, REPO / "requirements.txt", "")
    if development:
        ensure_requirements(python, venv, REPO / "requirements-dev.txt", " (development tools)")
    return python


# ---------------------------------------------------------------- Java build

def build_inputs() -> list[Path]:
    # requirements.txt pins jjava, whose jar the launcher compiles against: a new pin means a rebuild.
    inputs = [REPO / "pom.xml", REPO / ".mvn" / "wrapper" / "maven-wrapper.properties", REPO / "requirements.txt"]
    for module in (REPO / "lib", *JAVA_MODULES):
        inputs.append(module / "pom.xml")
        inputs.extend(p for p in (module / "src" / "main").rglob("*") if p.is_file())
    inputs.extend(sorted(LIBRARIES.rglob("pom.xml")))
    return inputs


def library_dirs() -> list[Path]:
    """Each %library's jars as Maven copied them: kernel-config/libraries/NAME/target/library."""
    return sorted(pom.parent / "target" / "library" for pom in LIBRARIES.glob("*/pom.xml"))


def jjava_jar(venv: Path) -> Path:
    """JJava's kernel jar, as the pinned pip package installs it."""
    jar = venv / "share" / "jupyter" / "kernels" / "java" / "jjava.jar"
    if not jar.is_file():
        fail(f"the jjava package did not install {jar}; run 'rm -rf {venv}' and this script again.")
    return jar


def build_jars(jdk: Path, venv: Path) -> None:
    stamp = venv / ".course-build.sha256"
    fingerprint = digest(build_inputs(), extra=str(jdk))
    outputs = [CLASS_PATH_JARS,
               KERNEL_CONFIG / "kernel-agent" / "target" / "kernel-agent.jar",
               KERNEL_CONFIG / "launcher" / "target" / "kernel-launcher.jar",
               *library_dirs()]
    if up_to_date(stamp, fingerprint) and all(p.exists() for p in outputs):
        log("helper jar is up to date")
        return
    log("building the helper jar with ./mvnw (tests run with the test command)")
    # `clean` first: an incremental build keeps what the sources no longer make (a moved class, a deleted
    # META-INF/services file: the kernel then failed to start), and copy-dependencies only adds jars.
    env = dict(os.environ, JAVA_HOME=str(jdk))
    run([str(REPO / "mvnw"), "--batch-mode", "--quiet", "clean", "package", "-DskipTests",
         f"-Djjava.jar={jjava_jar(venv)}"], cwd=REPO, env=env)
    stamp.write_text(fingerprint + "\n")


# ---------------------------------------------------------------- kernelspec

def jvm_options() -> list[str]:
    lines = (KERNEL_CONFIG / "jvm.options").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def cache_options(jdk: Path, installed_dir: Path) -> list[str]:
    """The AOT cache flag on JDK 25+, a CDS dynamic archive on JDK 21-24 (its warning at every start that an
    archive made alongside a Java agent is for testing is not news: cds logs errors only). A missing or stale
    cache never stops the JVM: it starts without it."""
    version = java_major_version(jdk / "bin" / "java") or MIN_JAVA
    if version < MIN_JAVA_FOR_AOT_CACHE:
        return ["-XX:+UnlockDiagnosticVMOptions", "-XX:+AllowArchivingWithJavaAgent", "-Xlog:cds=error",
                f"-XX:SharedArchiveFile={installed_dir / CDS_ARCHIVE_NAME}"]
    return [f"-XX:AOTCache={installed_dir / AOT_CACHE_NAME}"]


def stage_kernelspec(stage: Path, jdk: Path, kernel_jar: Path, installed_dir: Path) -> None:
    """Writes the kernelspec into `stage`; paths inside point to where it will be installed."""
    jars = stage / "jars"
    jars.mkdir(parents=True)
    for jar in CLASS_PATH_JARS.glob("*.jar"):
        shutil.copy2(jar, jars)
    agent = stage / "agent"
    agent.mkdir()
    for jar in (KERNEL_CONFIG / "kernel-agent" / "target").glob("*.jar"):
        shutil.copy2(jar, agent)
    launcher = stage / "launcher"
    launcher.mkdir()
    shutil.copy2(KERNEL_CONFIG / "launcher" / "target" / "kernel-launcher.jar", launcher)
    for library in library_dirs():
        shutil.copytree(library, stage / "libraries" / library.parent.parent.name)
    shutil.copy2(KERNEL_CONFIG / "startup.jsh", stage / "startup.jsh")
    # The helper library's sources: JShell reads Shift+Tab's Javadoc from them (JavadocSources, COURSE_SOURCES).
    shutil.make_archive(str(stage / "sources" / "pyjava-lib-sources"), "zip", REPO / "lib" / "src" / "main" / "java")

    classpath = os.pathsep.join([str(installed_dir / "launcher" / "kernel-launcher.jar"), str(kernel_jar)])
    argv = [str(jdk / "bin" / "java"), *jvm_options(), *cache_options(jdk, installed_dir),
            f"-javaagent:{installed_dir / 'agent' / 'kernel-agent.jar'}",
            "-cp", classpath, "edu.pyjava.kernel.launcher.CourseKernel", "{connection_file}"]
    spec = {
        "argv": argv,
        "display_name": KERNEL_DISPLAY_NAME,
        "language": KERNEL_LANGUAGE,
        "interrupt_mode": "message",
        "env": {
            "JJAVA_CLASSPATH": str(installed_dir / "jars" / "*.jar"),
            "JJAVA_STARTUP_SCRIPTS_PATH": str(installed_dir / "startup.jsh"),
            "COURSE_LIBRARIES": str(installed_dir / "libraries"),
            "COURSE_SOURCES": str(installed_dir / "sources" / "pyjava-lib-sources.zip"),
        },
        "metadata": {"debugger": False},
    }
    (stage / "kernel.json").write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def same_tree(left: Path, right: Path) -> bool:
    """Whether `right` holds the files of `left`; the trained AOT cache, which only `right` has, is ignored."""
    if not right.is_dir():
        return False
    comparison = filecmp.dircmp(left, right, ignore=[AOT_CACHE_NAME, AOT_CACHE_STAMP, CDS_ARCHIVE_NAME, CDS_ARCHIVE_STAMP])
    if comparison.left_only or comparison.right_only or comparison.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(same_tree(left / d, right / d) for d in comparison.common_dirs)


def install_kernelspec(venv: Path, jdk: Path) -> None:
    installed_dir = venv / "share" / "jupyter" / "kernels" / KERNEL_NAME
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / KERNEL_NAME
        stage_kernelspec(stage, jdk, jjava_jar(venv), installed_dir)
        if same_tree(stage, installed_dir):
            log(f"kernel {KERNEL_NAME} is up to date")
            return
        log(f"installing kernel {KERNEL_NAME} into {installed_dir}")
        swap_into_place(stage, installed_dir)


def swap_into_place(stage: Path, installed_dir: Path) -> None:
    """Replaces the installed kernelspec with `stage` in one rename, never file by file: a kernel that starts while
    setup runs (a second terminal, a hub) sees either the old kernel or the new one, never a jars folder half
    copied (its start-up then failed with NoClassDefFoundError)."""
    staging = installed_dir.parent.parent / ".course-kernel-staging"   # outside kernels/: never listed as a kernel
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    incoming, outgoing = staging / "incoming", staging / "outgoing"
    shutil.copytree(stage, incoming)
    installed_dir.parent.mkdir(parents=True, exist_ok=True)
    if installed_dir.exists():
        installed_dir.rename(outgoing)
    incoming.rename(installed_dir)
    shutil.rmtree(staging, ignore_errors=True)


LAB_DEFAULTS = {
    # JupyterLab opens in Chinese, like the notebooks; Settings -> Language switches it back to English.
    "@jupyterlab/translation-extension:plugin": {"locale": "zh_CN"},
    # The course runs offline and in classrooms: no "news" pop-up asking to fetch jupyter.org announcements.
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}


def train_aot_cache(venv: Path, jdk: Path) -> None:
    """Writes the kernel's class cache by one training run (an AOT cache on JDK 25+, a CDS archive on 21-24),
    unless the cache matches the kernelspec and the JDK already."""
    installed_dir = venv / "share" / "jupyter" / "kernels" / KERNEL_NAME
    spec = json.loads((installed_dir / "kernel.json").read_text(encoding="utf-8"))
    if not any(arg.startswith(CACHE_FLAGS) for arg in spec["argv"]):
        return
    cache_name = AOT_CACHE_NAME if any(arg.startswith(CACHE_FLAGS[0]) for arg in spec["argv"]) else CDS_ARCHIVE_NAME
    stamp = installed_dir / (cache_name + ".sha256")
    # The JDK's `release` file names its exact build: an updated JDK at the same path needs a new cache. The cache
    # holds the classes of the kernel's own class path and agent, and the JVM checks those jars only by size: a
    # rebuilt launcher of the same size would otherwise run the old classes from the cache.
    class_path_jars = [Path(jar) for jar in spec["argv"][spec["argv"].index("-cp") + 1].split(os.pathsep)]
    agents = [Path(arg.split(":", 1)[1]) for arg in spec["argv"] if arg.startswith("-javaagent:")]
    fingerprint = digest([installed_dir / "kernel.json", jdk / "release", *class_path_jars, *agents])
    if up_to_date(stamp, fingerprint) and (installed_dir / cache_name).is_file():
        log(f"kernel class cache ({cache_name}) is up to date")
        return
    log(f"training the kernel's class cache ({cache_name}): a few notebooks run once (about a minute)")
    stamp.unlink(missing_ok=True)
    training = subprocess.run(
        [str(venv / "bin" / "python"), str(KERNEL_CONFIG / "train_aot_cache.py"), str(installed_dir)],
        capture_output=True, text=True)
    if training.returncode != 0:
        # 没有缓存内核照样能用，只是启动慢一些：提醒，但不让安装失败
        print(training.stdout[-4000:] + training.stderr[-4000:], file=sys.stderr)
        log("warning: no class cache (the kernel works, it only starts slower); the output above says why")
        return
    stamp.write_text(fingerprint + "\n")


def set_lab_defaults(venv: Path) -> None:
    """Writes the course's JupyterLab defaults (overrides.json); a user's own settings still win."""
    overrides = venv / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    wanted = LAB_DEFAULTS
    current = json.loads(overrides.read_text(encoding="utf-8")) if overrides.is_file() else {}
    if all(current.get(key) == value for key, value in wanted.items()):
        log("JupyterLab defaults are up to date")
        return
    log("setting JupyterLab's defaults (Chinese UI, no news pop-up)")
    overrides.parent.mkdir(parents=True, exist_ok=True)
    overrides.write_text(json.dumps({**current, **wanted}, indent=2) + "\n", encoding="utf-8")


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The command line: no option sets everything up; each option only prints one fact and installs nothing."""
    parser = argparse.ArgumentParser(
        prog="kernel-config/install.sh", allow_abbrev=False,   # a typo is an error, not a guessed option
        description="Set up the course: the Python environment, the helper jar and the java-course kernel. "
                    "Safe to run again: every step that is already done is skipped.",
        epilog="Environment: COURSE_VENV (where the Python environment lives), JAVA_HOME and "
               "COURSE_JDK_SEARCH_DIRS (where to look for a JDK 21+).")
    parser.add_argument("--dev", action="store_true",
                        help="also install the development tools (requirements-dev.txt: tests, site, Binder "
                             "check, browser test, JupyterHub and nbgrader); scripts/test uses it")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--jdk-home", action="store_true",
                      help="only print the JDK 21+ the course uses (scripts/test gives it to ./mvnw)")
    only.add_argument("--maven-args", action="store_true",
                      help="only print the -D options ./mvnw needs (where the pip-installed jjava.jar is)")
    return parser.parse_args(argv)


def install_hub_proxy() -> None:
    """JupyterHub's proxy (configurable-http-proxy, from npm) under build/classroom, for the classroom benchmark and
    the hub test (--dev only; students do not need it); pinned by classroom/package-lock.json. Skipped, with a
    note, where npm is missing."""
    source = REPO / "classroom"
    target = REPO / "build" / "classroom"
    proxy = target / "node_modules" / ".bin" / "configurable-http-proxy"
    stamp = target / ".lock.sha256"
    fingerprint = digest([source / "package.json", source / "package-lock.json"])
    if proxy.exists() and up_to_date(stamp, fingerprint):
        log("JupyterHub's proxy is up to date")
        return
    if shutil.which("npm") is None:
        log("npm not found: skipping JupyterHub's proxy (only the classroom benchmark and hub test need it; "
            "'sudo apt install nodejs npm' and run this again)")
        return
    log("installing JupyterHub's proxy (configurable-http-proxy) under build/classroom")
    target.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copy2(source / name, target / name)
    run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=target)
    stamp.write_text(fingerprint + "\n")


def main(argv: list[str]) -> None:
    arguments = parse_arguments(argv)
    if arguments.jdk_home:
        print(find_jdk(quiet=True))
        return
    if arguments.maven_args:
        print(f"-Djjava.jar={jjava_jar(Path(os.environ.get('COURSE_VENV', REPO / '.venv')).resolve())}")
        return
    if arguments.dev and sys.version_info < MIN_PYTHON_FOR_DEV:
        fail(f"the development tools need Python {'.'.join(map(str, MIN_PYTHON_FOR_DEV))} or newer (pytest's "
             f"IPython yardstick does); a student's setup, without --dev, works on {sys.version.split()[0]}.")
    venv = Path(os.environ.get("COURSE_VENV", REPO / ".venv")).resolve()
    jdk = find_jdk()
    ensure_venv(venv, arguments.dev)
    build_jars(jdk, venv)
    install_kernelspec(venv, jdk)
    train_aot_cache(venv, jdk)
    set_lab_defaults(venv)
    if arguments.dev:
        install_hub_proxy()
    log(f"ready: kernel '{KERNEL_NAME}' in {venv}")


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except subprocess.CalledProcessError as error:
        fail(f"step failed: {' '.join(map(str, error.cmd))} (exit {error.returncode}); see the output above.")
