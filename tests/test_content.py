"""What the notebooks say, beyond running: one vocabulary (notebooks/GLOSSARY.md), and exercise checks that
reject the wrong answers a student is most likely to write."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

from kernel_session import KernelSession

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
GLOSSARY = NOTEBOOKS / "GLOSSARY.md"
# 不是正文的部分：代码块、行内代码、链接地址、HTML 标签
NOT_PROSE = re.compile(r"```.*?```|`[^`\n]*`|\]\([^)]*\)|<[^>\n]+>", re.S)


def glossary_tables() -> dict[str, list[list[str]]]:
    """The glossary's tables by their section title, each a list of rows of cells (header and rule rows left out)."""
    tables: dict[str, list[list[str]]] = {}
    section = ""
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.startswith("|") and not line.startswith("|---"):
            tables.setdefault(section, []).append([cell.strip() for cell in line.strip("|").split("|")])
    return {title: rows[1:] for title, rows in tables.items()}


def banned_words() -> dict[str, str]:
    """Each banned variant (the 词语 table's 不用 column, in backticks) and the word to use instead."""
    return {variant: row[0] for row in glossary_tables()["词语"] for variant in re.findall(r"`([^`]+)`", row[1])}


def prose_rules() -> dict[str, str]:
    """Each pattern of the 写法规则 table's 检查 column, with the rule it enforces."""
    return {pattern: row[0] for row in glossary_tables()["写法规则"] for pattern in re.findall(r"`([^`]+)`", row[1])}


def quotes_the_seed(line: str) -> bool:
    """A quotation of the seed keeps the seed's own spelling: a `>` line, or the line that begins with 原文."""
    stripped = line.lstrip()
    return stripped.startswith(">") or stripped.startswith("原文")


def notebook_lines(path: Path):
    """(cell index, cell type, line) for every line outside quotations of the seed."""
    notebook = nbformat.read(path, as_version=4)
    for index, cell in enumerate(notebook.cells):
        for line in cell.source.splitlines():
            if cell.cell_type == "code" or not quotes_the_seed(line):
                yield index, cell.cell_type, line


def prose_lines(path: Path):
    """(cell index, line) for the Markdown prose: no code, link targets, tags or quotations of the seed."""
    notebook = nbformat.read(path, as_version=4)
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "markdown":
            for line in NOT_PROSE.sub(" ", cell.source).splitlines():
                if not quotes_the_seed(line):
                    yield index, line


NOTEBOOK_PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))


def test_the_glossary_bans_the_variants_the_course_used_to_mix():
    words = banned_words()
    assert {"助手库", "帮助库", "辅助库", "辅助 jar", "柯理化", "终结操作", "函数接口", "拷贝"} <= words.keys()
    assert words["柯理化"].startswith("柯里化") and words["帮助库"] == "课程库"
    assert len(prose_rules()) >= 5


@pytest.mark.parametrize("path", NOTEBOOK_PATHS, ids=lambda path: path.stem)
def test_notebook_uses_the_glossary_words_outside_quotations_of_the_seed(path):
    words = banned_words()
    found = [f"cell {index} ({kind}): “{variant}” → “{words[variant]}”：{line.strip()[:80]}"
             for index, kind, line in notebook_lines(path) for variant in words if variant in line]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("path", NOTEBOOK_PATHS, ids=lambda path: path.stem)
def test_notebook_prose_follows_the_glossary_rules(path):
    rules = {re.compile(pattern): rule for pattern, rule in prose_rules().items()}
    found = [f"cell {index}: {rule}：{line.strip()[:80]}"
             for index, line in prose_lines(path) for pattern, rule in rules.items() if pattern.search(line)]
    assert not found, "\n".join(found)


def test_the_seed_quotation_keeps_the_seeds_spelling():
    """The rule has a real exception: notebook 30 quotes the seed's 柯理化, and the check must not flag it."""
    path = NOTEBOOKS / "30-closures.ipynb"
    notebook = nbformat.read(path, as_version=4)
    assert any("柯理化" in cell.source for cell in notebook.cells)
    assert not any("柯理化" in line for _, _, line in notebook_lines(path))


# ---------------------------------------------------------------------------------------------------------------
# Exercise checks run through the real kernel: the notebook up to the exercise, then a known-wrong answer in place
# of the stub, then the notebook's own check cell, which must say ❌. The reference solution must still pass.


@dataclass(frozen=True)
class WrongAnswer:
    notebook: str
    stub_cell: str          # 练习的 todo() 单元格（id）
    check_cell: str         # 检查单元格（id）
    solution_cell: str      # 参考答案单元格（id）
    wrong_code: str
    why: str


WRONG_ANSWERS = [
    WrongAnswer("03-iterables", "ddd50735", "5273e77e", "bedb63e4", """
        List<Integer> removeNegatives(List<Integer> numbers) {
            return numbers.stream().filter(n -> n >= 0).collect(Collectors.toCollection(ArrayList::new));
        }""", "a new list is not removal in place"),
    WrongAnswer("16-serialization", "6cab88d7", "eefd76bd", "f480b36f", """
        List<Student> copyRoster(List<Student> students) {
            return students;
        }""", "the same list is not a copy"),
    WrongAnswer("19-builtin-modules", "752582d7", "54ff9e37", "f07b603d", """
        Map<String, List<String>> parseQuery(String query) {
            Map<String, List<String>> params = new HashMap<>();
            for (String pair : query.split("&")) {
                String[] keyValue = pair.split("=", 2);
                params.computeIfAbsent(keyValue[0], key -> new ArrayList<>())
                    .add(URLDecoder.decode(keyValue[1], StandardCharsets.UTF_8));
            }
            return params;
        }""", "a HashMap loses the order of first appearance"),
]


@pytest.mark.parametrize("wrong", WRONG_ANSWERS, ids=lambda wrong: wrong.notebook)
def test_exercise_check_rejects_a_known_wrong_answer(wrong, tmp_path, monkeypatch):
    monkeypatch.setenv("JAVA_COURSE_PROGRESS", str(tmp_path / "progress.jsonl"))   # 不碰学生的练习进度
    notebook = nbformat.read(NOTEBOOKS / f"{wrong.notebook}.ipynb", as_version=4)
    cells = {cell.get("id"): cell for cell in notebook.cells}
    order = [cell.get("id") for cell in notebook.cells]
    kernel = KernelSession()
    try:
        for cell in notebook.cells[:order.index(wrong.stub_cell)]:
            if cell.cell_type == "code" and cell.source.strip():
                assert kernel.run(cell.source, timeout=120).status == "ok", cell.source[:200]
        assert kernel.run(wrong.wrong_code).status == "ok"
        rejected = kernel.run(cells[wrong.check_cell].source).text
        accepted = kernel.run(cells[wrong.solution_cell].source).text
    finally:
        kernel.close()
    assert rejected.startswith("❌") and "未通过" in rejected, f"{wrong.why}: {rejected}"
    assert accepted.startswith("✅"), accepted
