"""A reader's view: JupyterLab in a real (headless) Chromium runs the course's notebooks through the UI.

Starts JupyterLab from the venv on 127.0.0.1 with a random token, on copies of the notebooks (so the UI's
autosave never touches the repository), opens the index and one notebook of each part of the course, runs all
cells, and checks that no cell shows an error and that a Tablesaw table is visible. Screenshots go to
build/screenshots/, among them one error-showing cell in the light and the dark theme (the README's pictures).
When a test here fails, JupyterLab's log, which holds the kernels' logs too, is kept in build/browser-logs/. Uses Debian's chromium, never a downloaded browser; without it the test is skipped with
the command to install it, except in CI (CI=true), where it fails.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from support import IN_CI, REPO, free_port

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = REPO / "build" / "screenshots"
BROWSER_LOGS = REPO / "build" / "browser-logs"
# The index, then the first notebook of each part of the course that exists.
PART_STARTS = ["00-index", "01-data-structures", "11-errors-output", "21-sockets", "30-closures"]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def notebooks_to_open() -> list[str]:
    return [name for name in PART_STARTS if (REPO / "notebooks" / f"{name}.ipynb").is_file()]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).is_file():
        message = "Debian's chromium is needed: sudo apt-get install chromium"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory, request):
    failed_before = request.session.testsfailed
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(REPO / "notebooks", root / "notebooks")
    token = secrets.token_hex(16)
    port = free_port()
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(root / "config"), JUPYTERLAB_WORKSPACES_DIR=str(root / "ws"))
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "jupyter"), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1",
         f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={root}", "--LabApp.expose_app_in_browser=True", "--ServerApp.allow_root=True",
         f"--LabApp.user_settings_dir={root / 'settings'}"],
        env=env, stdout=subprocess.DEVNULL, stderr=open(root / "lab.log", "w"))
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("JupyterLab did not start:\n" + (root / "lab.log").read_text())
                time.sleep(0.5)
        yield base, token
    finally:
        server.terminate()
        server.wait(timeout=30)
        if request.session.testsfailed > failed_before:
            # JupyterLab's log also holds what its kernels wrote to stderr (the course kernel's log)
            BROWSER_LOGS.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / "lab.log", BROWSER_LOGS / "lab.log")
            print(f"JupyterLab's and the kernels' log: {BROWSER_LOGS / 'lab.log'}")


# The notebook's panel, found by its path: a page may also show other tabs (the file browser, a launcher).
FIND_PANEL = """(name) => {
    for (const widget of window.jupyterapp.shell.widgets('main')) {
        if (widget.context && widget.context.path.endsWith(name + '.ipynb') && widget.sessionContext) return widget;
    }
    return null;
}"""

PANEL_READY = f"""(name) => {{
    const panel = window.jupyterapp && ({FIND_PANEL})(name);
    return !!panel && panel.sessionContext.isReady;
}}"""

ERRORS_IN_NOTEBOOK = f"""(name) => {{
    const panel = ({FIND_PANEL})(name);
    const errors = [];
    for (const cell of panel.content.model.cells) {{
        if (cell.type !== 'code') continue;
        for (const output of cell.outputs.toJSON()) {{
            if (output.output_type === 'error') errors.push(output.ename + ': ' + output.evalue);
        }}
    }}
    return errors;
}}"""

RUN_FINISHED = f"""(name) => {{
    const panel = ({FIND_PANEL})(name);
    const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
    if (!kernel || kernel.status !== 'idle') return false;
    let unfinished = 0, errors = 0;
    for (const cell of panel.content.model.cells) {{
        if (cell.type !== 'code' || !cell.sharedModel.source.trim()) continue;
        if (cell.executionCount === null) unfinished++;
        for (const output of cell.outputs.toJSON()) if (output.output_type === 'error') errors++;
    }}
    return unfinished === 0 || errors > 0;   // Run All stops at the first error
}}"""

RUN_ALL = f"""(name) => {{
    const panel = ({FIND_PANEL})(name);
    window.jupyterapp.shell.activateById(panel.id);
    return window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs')
        .then(() => window.jupyterapp.commands.execute('notebook:run-all-cells'));
}}"""


@pytest.mark.parametrize("name", notebooks_to_open())
def test_notebook_runs_in_jupyterlab_without_errors(browser, lab, name):
    base, token = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        # A workspace of its own, reset, so that tabs opened by earlier tests are not restored here.
        page.goto(f"{base}/lab/workspaces/{name}/tree/notebooks/{name}.ipynb?reset&token={token}",
                  timeout=120_000)
        page.wait_for_function(PANEL_READY, arg=name, timeout=180_000)
        page.evaluate(RUN_ALL, name)
        page.wait_for_timeout(1000)
        page.wait_for_function(RUN_FINISHED, arg=name, timeout=300_000, polling=500)

        assert page.evaluate(ERRORS_IN_NOTEBOOK, name) == []
        if "pyjava-table" in (REPO / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"):
            table = page.locator("table.pyjava-table").first
            table.scroll_into_view_if_needed()
            assert table.is_visible(), "a Tablesaw table shows as HTML"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))
    finally:
        page.close()


# One cell that fails the way a Python programmer's first Java often does: the README shows how the kernel says so.
ERROR_CELL = """String name = "Ann";
if (name.length() > 3) {
    System.out.println("长名字");
} elif (name.isEmpty()) {
    System.out.println("空");
}"""
THEMES = {"light": "JupyterLab Light", "dark": "JupyterLab Dark"}

ADD_ERROR_NOTEBOOK = """(source) => window.jupyterapp.serviceManager.contents.save('notebooks/error-demo.ipynb', {
    type: 'notebook', format: 'json',
    content: {nbformat: 4, nbformat_minor: 5, metadata: {kernelspec: {name: 'java-course', display_name: 'Java',
              language: 'java'}},
              cells: [{cell_type: 'code', source: source, metadata: {}, outputs: [], execution_count: null}]}
})"""


@pytest.mark.parametrize("theme", THEMES)
def test_an_error_reads_in_the_light_and_the_dark_theme(browser, lab, theme):
    base, token = lab
    page = browser.new_page(viewport={"width": 1100, "height": 700})
    try:
        page.goto(f"{base}/lab/workspaces/error-{theme}/tree/notebooks?reset&token={token}", timeout=120_000)
        page.wait_for_function("() => !!window.jupyterapp && ['apputils:change-theme', 'docmanager:open']"
                               ".every(id => window.jupyterapp.commands.hasCommand(id))", timeout=120_000)
        page.evaluate(ADD_ERROR_NOTEBOOK, ERROR_CELL)
        page.evaluate("(theme) => window.jupyterapp.commands.execute('apputils:change-theme', {theme})",
                      THEMES[theme])
        page.evaluate("() => window.jupyterapp.commands.execute('docmanager:open', "
                      "{path: 'notebooks/error-demo.ipynb'})")
        page.wait_for_function(PANEL_READY, arg="error-demo", timeout=180_000)
        page.evaluate(RUN_ALL, "error-demo")
        page.wait_for_timeout(1000)
        page.wait_for_function(RUN_FINISHED, arg="error-demo", timeout=300_000, polling=500)

        assert page.evaluate(ERRORS_IN_NOTEBOOK, "error-demo") == ["编译错误: 第 4 行，这里缺少 ;（共 2 处）"]
        shown = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").first
        assert "提示：Python 的 elif 在 Java 里写作 else if" in shown.inner_text()
        assert page.evaluate("() => document.body.dataset.jpThemeLight") == ("true" if theme == "light" else "false")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.locator(".jp-Cell").first.screenshot(path=str(SCREENSHOTS / f"error-{theme}.png"))
    finally:
        page.close()
