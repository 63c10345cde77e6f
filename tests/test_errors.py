"""Errors a Python learner can read (issue 17): a catalogue of faulty cells, each run through the real course kernel,
with its rendered error pinned — the name (ename), the message (evalue) and the traceback a student reads.

Compile errors, exceptions and Python habits are all here; every row of the hint table
(kernel-config/launcher/src/main/resources/edu/pyjava/kernel/launcher/errors/python-habits.txt) is shown by at least
one cell. Two things vary between kernels and JDKs and are normalised: the number of an earlier cell
(`单元格 [N]`) and how many JDK frames fold into one line (`内部 N 层`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from support import REPO

ANSI = re.compile(r"\x1b\[([0-9;]*)m")
HABITS = REPO / "kernel-config/launcher/src/main/resources/edu/pyjava/kernel/launcher/errors/python-habits.txt"
# Bold, red, bold red and reset: JupyterLab's light and dark themes both read them (no background, no grey).
STYLES_BOTH_THEMES_READ = {"0", "1", "31", "1;31"}


@dataclass(frozen=True)
class Case:
    name: str
    setup: tuple[str, ...]
    cell: str
    ename: str
    evalue: str
    traceback: str


def normalised(text: str) -> str:
    text = re.sub(r"单元格 \[\d+\]", "单元格 [N]", text)
    return re.sub(r"内部 \d+ 层", "内部 N 层", text)


CATALOGUE = [
    Case(
        "string-to-int",
        setup=(),
        cell="int x = \"s\";",
        ename="编译错误",
        evalue="第 1 行，类型不兼容：String 不能转换为 int",
        traceback="""\
编译错误：第 1 行，类型不兼容：String 不能转换为 int
  1 | int x = "s";
    |         ^^^
  incompatible types: java.lang.String cannot be converted to int
提示：Python 的变量可以换类型；Java 变量的类型是固定的。数字字符串要先转换：Integer.parseInt("42")（见 02-builtins.ipynb）""",
    ),
    Case(
        "missing-semicolon",
        setup=(),
        cell="""\
int a = 1
int b = 2;""",
        ename="编译错误",
        evalue="第 1 行，这里缺少 ;",
        traceback="""\
编译错误：第 1 行，这里缺少 ;
  1 | int a = 1
    |          ^
  ';' expected
提示：Python 用换行结束一条语句；Java 的每条语句都以分号 ; 结尾（单元格最后一个要显示值的表达式除外）（见 00-index.ipynb）""",
    ),
    Case(
        "typo-in-method-name",
        setup=(),
        cell="""\
String text = "hi";
text.lenght()""",
        ename="编译错误",
        evalue="第 2 行，找不到符号",
        traceback="""\
编译错误：第 2 行，找不到符号
  2 | text.lenght()
    | ^^^^^^^^^^^
  cannot find symbol
    symbol:   method lenght()""",
    ),
    Case(
        "every-error-of-a-method",
        setup=(),
        cell="""\
int twice(int v) {
    String s = v;
    return s * 2;
}""",
        ename="编译错误",
        evalue="第 2 行，类型不兼容：int 不能转换为 String（共 2 处）",
        traceback="""\
编译错误：第 2 行，类型不兼容：int 不能转换为 String（共 2 处）
  第 2 行，类型不兼容：int 不能转换为 String
  2 |     String s = v;
    |                ^
  incompatible types: int cannot be converted to java.lang.String
  第 3 行，运算符 * 不能用于这两种类型
  3 |     return s * 2;
    |            ^^^^^
  bad operand types for binary operator '*'
    first type:  java.lang.String
    second type: int
提示：Python 的 "ab" * 3 在 Java 里写作 "ab".repeat(3)（见 19-builtin-modules.ipynb）""",
    ),
    Case(
        "elif",
        setup=(),
        cell="""\
int n = 5;
if (n > 3) {
    System.out.println("big");
} elif (n > 1) {
    System.out.println("mid");
}""",
        ename="编译错误",
        evalue="第 4 行，这里缺少 ;（共 2 处）",
        traceback="""\
编译错误：第 4 行，这里缺少 ;（共 2 处）
  第 4 行，这里缺少 ;
  4 | } elif (n > 1) {
    |               ^
  ';' expected
  第 4 行，找不到符号
  4 | } elif (n > 1) {
    |   ^^^^
  cannot find symbol
    symbol:   method elif(boolean)
提示：Python 的 elif 在 Java 里写作 else if：if (a) { … } else if (b) { … } else { … }（见 03-iterables.ipynb）""",
    ),
    Case(
        "for-in",
        setup=("List<Integer> nums = new ArrayList<>(List.of(3, 1, 2));", ),
        cell="""\
for x in nums:
    print(x)""",
        ename="编译错误",
        evalue="第 1 行，这里缺少 (（共 3 处）",
        traceback="""\
编译错误：第 1 行，这里缺少 (（共 3 处）
  第 1 行，这里缺少 (
  1 | for x in nums:
    |    ^
  '(' expected
  第 1 行，这里缺少 ;
  1 | for x in nums:
    |         ^
  ';' expected
  第 1 行，这里缺少 ;
  1 | for x in nums:
    |              ^
  ';' expected
提示：Python 的 for x in xs: 在 Java 里写作 for (var x : xs) { … }（见 03-iterables.ipynb）""",
    ),
    Case(
        "def",
        setup=(),
        cell="""\
def add(a, b):
    return a + b""",
        ename="编译错误",
        evalue="第 1 行，这里缺少一个名字（标识符 identifier）（共 5 处）",
        traceback="""\
编译错误：第 1 行，这里缺少一个名字（标识符 identifier）（共 5 处）
  第 1 行，这里缺少一个名字（标识符 identifier）
  1 | def add(a, b):
    |          ^
  <identifier> expected
  第 1 行，这里缺少一个名字（标识符 identifier）
  1 | def add(a, b):
    |             ^
  <identifier> expected
  第 1 行，这里缺少 { 或 ;
  1 | def add(a, b):
    |              ^
  '{' or ';' expected
  第 1 行，这里缺少 {
  1 | def add(a, b):
    |               ^
  '{' expected
  第 2 行，代码没写完就结束了（缺少 } 或 )）
  2 |     return a + b
    |                 ^
  reached end of file while parsing
提示：Java 没有 def：方法先写返回类型，再写名字和带类型的参数，例如 int add(int a, int b) { return a + b; }（见 06-functional-programming.ipynb）""",
    ),
    Case(
        "colon-block",
        setup=("int n = 5;", ),
        cell="""\
if n > 3:
    System.out.println("big");""",
        ename="编译错误",
        evalue="第 1 行，这里缺少 (（共 2 处）",
        traceback="""\
编译错误：第 1 行，这里缺少 (（共 2 处）
  第 1 行，这里缺少 (
  1 | if n > 3:
    |   ^
  '(' expected
  第 1 行，这里缺少 )
  1 | if n > 3:
    |         ^
  ')' expected
提示：Python 用冒号和缩进分出代码块；Java 的条件写在圆括号里，代码块用花括号：if (x > 0) { … }（见 00-index.ipynb）""",
    ),
    Case(
        "and-or-not",
        setup=("int n = 5;", ),
        cell="boolean ok = n > 1 and n < 10;",
        ename="编译错误",
        evalue="第 1 行，这里缺少 ;",
        traceback="""\
编译错误：第 1 行，这里缺少 ;
  1 | boolean ok = n > 1 and n < 10;
    |                   ^
  ';' expected
提示：Python 的 and / or / not 在 Java 里是 && / || / !（见 00-index.ipynb）""",
    ),
    Case(
        "single-quotes",
        setup=(),
        cell="String greeting = 'hello';",
        ename="编译错误",
        evalue="第 1 行，字符字面量没有结束（单引号里只能放一个字符）",
        traceback="""\
编译错误：第 1 行，字符字面量没有结束（单引号里只能放一个字符）
  1 | String greeting = 'hello';
    |                   ^
  unclosed character literal
提示：Python 的字符串可以用单引号；Java 的单引号只放一个字符 (char)，字符串要用双引号 "…"（见 04-slicing-comprehensions.ipynb）""",
    ),
    Case(
        "f-string",
        setup=("int n = 5;", ),
        cell="String message = f\"n = {n}\";",
        ename="编译错误",
        evalue="第 1 行，这里缺少 ;",
        traceback="""\
编译错误：第 1 行，这里缺少 ;
  1 | String message = f"n = {n}";
    |                   ^
  ';' expected
提示：Python 的 f"…{x}…" 在 Java 里写作 "…%s…".formatted(x) 或 String.format(…)，也可以用 + 拼接（见 11-errors-output.ipynb）""",
    ),
    Case(
        "print",
        setup=("int n = 5;", ),
        cell="print(n)",
        ename="编译错误",
        evalue="第 1 行，找不到符号",
        traceback="""\
编译错误：第 1 行，找不到符号
  1 | print(n)
    | ^^^^^
  cannot find symbol
    symbol:   method print(int)
提示：Python 的 print(x) 在 Java 里是 System.out.println(x)（不换行用 System.out.print）（见 11-errors-output.ipynb）""",
    ),
    Case(
        "len",
        setup=("List<Integer> nums = new ArrayList<>(List.of(3, 1, 2));", ),
        cell="int size = len(nums);",
        ename="编译错误",
        evalue="第 1 行，找不到符号",
        traceback="""\
编译错误：第 1 行，找不到符号
  1 | int size = len(nums);
    |            ^^^
  cannot find symbol
    symbol:   method len(java.util.List<java.lang.Integer>)
提示：Python 只有 len(x)；Java 分三种：数组 a.length，字符串 s.length()，集合 xs.size()（见 02-builtins.ipynb）""",
    ),
    Case(
        "array-length-is-a-field",
        setup=(),
        cell="""\
int[] scores = {90, 85};
int count = scores.length();""",
        ename="编译错误",
        evalue="第 2 行，找不到符号",
        traceback="""\
编译错误：第 2 行，找不到符号
  2 | int count = scores.length();
    |             ^^^^^^^^^^^^^
  cannot find symbol
    symbol:   method length()
提示：Python 只有 len(x)；Java 分三种：数组 a.length，字符串 s.length()，集合 xs.size()（见 02-builtins.ipynb）""",
    ),
    Case(
        "capital-true",
        setup=(),
        cell="boolean done = True;",
        ename="编译错误",
        evalue="第 1 行，找不到符号",
        traceback="""\
编译错误：第 1 行，找不到符号
  1 | boolean done = True;
    |                ^^^^
  cannot find symbol
    symbol:   variable True
提示：Python 的 True / False / None 在 Java 里是小写的 true / false / null（见 01-data-structures.ipynb）""",
    ),
    Case(
        "capital-none",
        setup=(),
        cell="String nothing = None;",
        ename="编译错误",
        evalue="第 1 行，找不到符号",
        traceback="""\
编译错误：第 1 行，找不到符号
  1 | String nothing = None;
    |                  ^^^^
  cannot find symbol
    symbol:   variable None
提示：Python 的 True / False / None 在 Java 里是小写的 true / false / null（见 01-data-structures.ipynb）""",
    ),
    Case(
        "int-as-function",
        setup=(),
        cell="int parsed = int(\"42\");",
        ename="编译错误",
        evalue="第 1 行，这里缺少 '.class'（多半是方法少写了返回类型，或把类型当成了函数）",
        traceback="""\
编译错误：第 1 行，这里缺少 '.class'（多半是方法少写了返回类型，或把类型当成了函数）
  1 | int parsed = int("42");
    |                 ^
  '.class' expected
提示：Python 的 int("3") / str(x) / list(…) 是函数；Java 写 Integer.parseInt("3")、String.valueOf(x)、new ArrayList<>(…)（见 02-builtins.ipynb）""",
    ),
    Case(
        "missing-new",
        setup=(),
        cell="List<String> names = ArrayList<>();",
        ename="编译错误",
        evalue="第 1 行，表达式的开头不合法（共 2 处）",
        traceback="""\
编译错误：第 1 行，表达式的开头不合法（共 2 处）
  第 1 行，表达式的开头不合法
  1 | List<String> names = ArrayList<>();
    |                                ^
  illegal start of expression
  第 1 行，-> expected
  1 | List<String> names = ArrayList<>();
    |                                   ^
提示：Python 调用类名就创建对象；Java 要写 new：new ArrayList<>()（见 01-data-structures.ipynb）""",
    ),
    Case(
        "missing-return-type",
        setup=(),
        cell="""\
add(int a, int b) {
    return a + b;
}""",
        ename="编译错误",
        evalue="第 1 行，这里缺少 '.class'（多半是方法少写了返回类型，或把类型当成了函数）",
        traceback="""\
编译错误：第 1 行，这里缺少 '.class'（多半是方法少写了返回类型，或把类型当成了函数）
  1 | add(int a, int b) {
    |         ^
  '.class' expected
提示：Python 的函数不写返回类型；Java 的方法必须写：int add(int a, int b) { … }，不返回值就写 void（见 06-functional-programming.ipynb）""",
    ),
    Case(
        "var-without-initializer",
        setup=(),
        cell="var total;",
        ename="编译错误",
        evalue="第 1 行，无法推断局部变量 total 的类型",
        traceback="""\
编译错误：第 1 行，无法推断局部变量 total 的类型
  1 | var total;
    | ^^^^^^^^^^
  cannot infer type for local variable total
    (cannot use 'var' on variable without initializer)
提示：Python 的变量在赋值时产生；Java 的 var 要从初始值推断类型：写 var count = 0; 或写出类型 int count;（见 03-iterables.ipynb）""",
    ),
    Case(
        "checked-exception",
        setup=(),
        cell="""\
String readNotes() {
    return Files.readString(Path.of("notes.txt"));
}""",
        ename="编译错误",
        evalue="第 2 行，没有处理受检异常 java.io.IOException：要用 try/catch 捕获，或用 throws 声明",
        traceback="""\
编译错误：第 2 行，没有处理受检异常 java.io.IOException：要用 try/catch 捕获，或用 throws 声明
  2 |     return Files.readString(Path.of("notes.txt"));
    |            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  unreported exception java.io.IOException; must be caught or declared to be thrown
提示：Python 不强制处理异常；Java 的受检异常 (checked exception) 必须用 try/catch 处理，或在方法上写 throws（见 11-errors-output.ipynb）""",
    ),
    Case(
        "lossy-conversion",
        setup=(),
        cell="""\
double average = 7 / 2.0;
int rounded = average;""",
        ename="编译错误",
        evalue="第 2 行，类型不兼容：从 double 转换到 int 可能丢失精度",
        traceback="""\
编译错误：第 2 行，类型不兼容：从 double 转换到 int 可能丢失精度
  2 | int rounded = average;
    |               ^^^^^^^
  incompatible types: possible lossy conversion from double to int
提示：Python 的 / 总得到小数；Java 里 int / int 是整除，double 不会自动变成 int：要取整就写 (int) x 或 Math.round(x)（见 02-builtins.ipynb）""",
    ),
    Case(
        "string-times-number",
        setup=(),
        cell="String stars = \"*\" * 3;",
        ename="编译错误",
        evalue="第 1 行，运算符 * 不能用于这两种类型",
        traceback="""\
编译错误：第 1 行，运算符 * 不能用于这两种类型
  1 | String stars = "*" * 3;
    |                ^^^^^^^
  bad operand types for binary operator '*'
    first type:  java.lang.String
    second type: int
提示：Python 的 "ab" * 3 在 Java 里写作 "ab".repeat(3)（见 19-builtin-modules.ipynb）""",
    ),
    Case(
        "string-index",
        setup=(),
        cell="""\
String word = "hello";
char first = word[0];""",
        ename="编译错误",
        evalue="第 2 行，这里需要数组，却是 String",
        traceback="""\
编译错误：第 2 行，这里需要数组，却是 String
  2 | char first = word[0];
    |              ^^^^^^^
  array required, but java.lang.String found
提示：Java 只有数组能用 [ ] 取元素：字符串 s.charAt(i)，列表 xs.get(i)，字典 map.get(key)（见 04-slicing-comprehensions.ipynb）""",
    ),
    Case(
        "list-index",
        setup=("List<Integer> nums = new ArrayList<>(List.of(3, 1, 2));", ),
        cell="int head = nums[0];",
        ename="编译错误",
        evalue="第 1 行，这里需要数组，却是 java.util.List<Integer>",
        traceback="""\
编译错误：第 1 行，这里需要数组，却是 java.util.List<Integer>
  1 | int head = nums[0];
    |            ^^^^^^^
  array required, but java.util.List<java.lang.Integer> found
提示：Java 只有数组能用 [ ] 取元素：字符串 s.charAt(i)，列表 xs.get(i)，字典 map.get(key)（见 04-slicing-comprehensions.ipynb）""",
    ),
    Case(
        "missing-return",
        setup=(),
        cell="""\
int sign(int v) {
    if (v > 0) {
        return 1;
    }
}""",
        ename="编译错误",
        evalue="第 5 行，缺少 return 语句",
        traceback="""\
编译错误：第 5 行，缺少 return 语句
  5 | }
    | ^
  missing return statement
提示：Python 的函数走到结尾自动返回 None；Java 有返回类型的方法，每条路径都要 return 一个值（见 06-functional-programming.ipynb）""",
    ),
    Case(
        "incomplete-cell",
        setup=(),
        cell="""\
for (int i = 0; i < 3; i++) {
    System.out.println(i);""",
        ename="编译错误",
        evalue="第 1 行起的代码没写完：缺少 } 或 )，或者一条语句只写了一半 (incomplete input)",
        traceback="""\
编译错误：第 1 行起的代码没写完：缺少 } 或 )，或者一条语句只写了一半 (incomplete input)
  1 | for (int i = 0; i < 3; i++) {
  2 |     System.out.println(i);""",
    ),
    Case(
        "lambda-captures-changing-local",
        setup=(),
        cell="""\
void countClicks() {
    int clicks = 0;
    Runnable click = () -> clicks++;
}""",
        ename="编译错误",
        evalue="第 3 行，lambda 或内部类用到的局部变量必须是 final 或事实上的 final",
        traceback="""\
编译错误：第 3 行，lambda 或内部类用到的局部变量必须是 final 或事实上的 final
  3 |     Runnable click = () -> clicks++;
    |                            ^^^^^^
  local variables referenced from a lambda expression must be final or effectively final""",
    ),
    Case(
        "uninitialised-local",
        setup=(),
        cell="""\
void show() {
    int value;
    System.out.println(value);
}""",
        ename="编译错误",
        evalue="第 3 行，变量 value 可能还没有赋值",
        traceback="""\
编译错误：第 3 行，变量 value 可能还没有赋值
  3 |     System.out.println(value);
    |                        ^^^^^
  variable value might not have been initialized""",
    ),
    Case(
        "unknown-type",
        setup=(),
        cell="Strin city = \"Beijing\";",
        ename="编译错误",
        evalue="第 1 行，找不到符号",
        traceback="""\
编译错误：第 1 行，找不到符号
  1 | Strin city = "Beijing";
    | ^^^^^
  cannot find symbol
    symbol:   class Strin""",
    ),
    Case(
        "no-such-overload",
        setup=(),
        cell="Math.max(1)",
        ename="编译错误",
        evalue="第 1 行，没有参数匹配的方法 max(int)",
        traceback="""\
编译错误：第 1 行，没有参数匹配的方法 max(int)
  1 | Math.max(1)
    | ^^^^^^^^
  no suitable method found for max(int)
      method java.lang.Math.max(int,int) is not applicable
        (actual and formal argument lists differ in length)
      method java.lang.Math.max(long,long) is not applicable
        (actual and formal argument lists differ in length)
      method java.lang.Math.max(float,float) is not applicable
        (actual and formal argument lists differ in length)
      method java.lang.Math.max(double,double) is not applicable
        (actual and formal argument lists differ in length)""",
    ),
    Case(
        "abstract-instantiation",
        setup=("""\
abstract class Shape {
    abstract double area();
}""", ),
        cell="Shape s = new Shape();",
        ename="编译错误",
        evalue="第 1 行，Shape 是抽象的，不能 new",
        traceback="""\
编译错误：第 1 行，Shape 是抽象的，不能 new
  1 | Shape s = new Shape();
    |           ^^^^^^^^^^^
  Shape is abstract; cannot be instantiated""",
    ),
    Case(
        "immutable-list",
        setup=(),
        cell="""\
List<Integer> fixed = List.of(1, 2);
fixed.add(3);""",
        ename="UnsupportedOperationException",
        evalue="",
        traceback="""\
UnsupportedOperationException
  …(JDK 内部 N 层)
  第 2 行
  ----> 2 fixed.add(3);
提示：List.of / Map.of / Set.of 像 Python 的 tuple / frozenset，创建后不能修改；要修改先复制：new ArrayList<>(List.of(…))（见 01-data-structures.ipynb）""",
    ),
    Case(
        "null-field-name",
        setup=(),
        cell="""\
String missing = null;
missing.length()""",
        ename="NullPointerException",
        evalue="Cannot invoke \"String.length()\" because \"missing\" is null",
        traceback="""\
NullPointerException: Cannot invoke "String.length()" because "missing" is null
  第 2 行
  ----> 2 missing.length()""",
    ),
    Case(
        "frame-in-earlier-cell",
        setup=("""\
int half(int n) {
    return n / 0;
}""", ),
        cell="""\
int h = 1;
half(h)""",
        ename="ArithmeticException",
        evalue="/ by zero",
        traceback="""\
ArithmeticException: / by zero
  在 half（单元格 [N] 第 2 行）
  ----> 2     return n / 0;
  第 2 行
  ----> 2 half(h)""",
    ),
    Case(
        "cause-is-kept",
        setup=(),
        cell="""\
void load() {
    try {
        Integer.parseInt("x");
    } catch (NumberFormatException e) {
        throw new IllegalStateException("配置坏了", e);
    }
}
load();""",
        ename="IllegalStateException",
        evalue="配置坏了",
        traceback="""\
IllegalStateException: 配置坏了
  在 load（第 5 行）
  ----> 5         throw new IllegalStateException("配置坏了", e);
  第 8 行
  ----> 8 load();
Caused by: NumberFormatException: For input string: "x"
  …(JDK 内部 N 层)
  在 load（第 3 行）
  ----> 3         Integer.parseInt("x");
  …(其余 1 层同上)""",
    ),
    Case(
        "exception-class-of-the-cell",
        setup=("""\
class ShopException extends Exception {
    ShopException(String message) { super(message); }
}""", ),
        cell="""\
void buy() throws ShopException {
    throw new ShopException("库存不足");
}
buy();""",
        ename="ShopException",
        evalue="库存不足",
        traceback="""\
ShopException: 库存不足
  在 buy（第 2 行）
  ----> 2     throw new ShopException("库存不足");
  第 4 行
  ----> 4 buy();""",
    ),
    Case(
        "identity-comparison",
        setup=(),
        cell="""\
String name = "Ann";
assert name == new String("Ann") : "名字不相等";""",
        ename="AssertionError",
        evalue="名字不相等",
        traceback="""\
AssertionError: 名字不相等
  第 2 行
  ----> 2 assert name == new String("Ann") : "名字不相等";
提示：Java 的 == 比较的是不是同一个对象（像 Python 的 is）；比较字符串、Integer 等对象的内容要用 equals（见 01-data-structures.ipynb）""",
    ),
    Case(
        "negative-index",
        setup=("List<Integer> nums = new ArrayList<>(List.of(3, 1, 2));", ),
        cell="nums.get(-1)",
        ename="IndexOutOfBoundsException",
        evalue="Index -1 out of bounds for length 3",
        traceback="""\
IndexOutOfBoundsException: Index -1 out of bounds for length 3
  …(JDK 内部 N 层)
  第 1 行
  ----> 1 nums.get(-1)
提示：Python 的 xs[-1] 是最后一个；Java 没有负数下标：写 xs.get(xs.size() - 1) 或 xs.getLast()（Java 21）（见 04-slicing-comprehensions.ipynb）""",
    ),
    Case(
        "missing-key",
        setup=(),
        cell="""\
Map<String, Integer> ages = new HashMap<>();
int age = ages.get("Bob");""",
        ename="NullPointerException",
        evalue="Cannot invoke \"java.lang.Integer.intValue()\" because the return value of \"java.util.Map.get(Object)\" is null",
        traceback="""\
NullPointerException: Cannot invoke "java.lang.Integer.intValue()" because the return value of "java.util.Map.get(Object)" is null
  第 2 行
  ----> 2 int age = ages.get("Bob");
提示：Python 的 d[key] 没有这个键会抛 KeyError；Java 的 map.get(key) 返回 null：用 getOrDefault(key, 默认值) 或 containsKey（见 01-data-structures.ipynb）""",
    ),
    Case(
        "missing-file",
        setup=(),
        cell="Files.readString(Path.of(\"/no/such/file.txt\"))",
        ename="NoSuchFileException",
        evalue="/no/such/file.txt",
        traceback="""\
NoSuchFileException: /no/such/file.txt
  …(JDK 内部 N 层)
  第 1 行
  ----> 1 Files.readString(Path.of("/no/such/file.txt"))""",
    ),
    Case(
        "class-cast",
        setup=(),
        cell="""\
Object value = "text";
Integer number = (Integer) value;""",
        ename="ClassCastException",
        evalue="class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')",
        traceback="""\
ClassCastException: class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')
  第 2 行
  ----> 2 Integer number = (Integer) value;""",
    ),
    Case(
        "number-format",
        setup=(),
        cell="Integer.parseInt(\"abc\")",
        ename="NumberFormatException",
        evalue="For input string: \"abc\"",
        traceback="""\
NumberFormatException: For input string: "abc"
  …(JDK 内部 N 层)
  第 1 行
  ----> 1 Integer.parseInt("abc")""",
    ),
    Case(
        "recursion-without-end",
        setup=(),
        cell="""\
int factorial(int k) {
    return k * factorial(k - 1);
}
factorial(3)""",
        ename="StackOverflowError",
        evalue="",
        traceback="""\
StackOverflowError
  在 factorial（第 2 行）
  ----> 2     return k * factorial(k - 1);
  …(同一行又调用了自己 1023 次：递归)""",
    ),
    Case(
        "lambda-frame",
        setup=(),
        cell="""\
List.of(1, 2, 3).stream()
    .map(v -> 10 / (v - 2))
    .toList()""",
        ename="ArithmeticException",
        evalue="/ by zero",
        traceback="""\
ArithmeticException: / by zero
  在 lambda（第 2 行）
  ----> 2     .map(v -> 10 / (v - 2))
  …(JDK 内部 N 层)
  第 3 行
  ----> 3     .toList()""",
    ),
    Case(
        "record-method",
        setup=(),
        cell="""\
record Dog(String name) {
    String bark() {
        throw new IllegalStateException(name + " 不会叫");
    }
}
new Dog("旺财").bark()""",
        ename="IllegalStateException",
        evalue="旺财 不会叫",
        traceback="""\
IllegalStateException: 旺财 不会叫
  在 Dog.bark（第 3 行）
  ----> 3         throw new IllegalStateException(name + " 不会叫");
  第 6 行
  ----> 6 new Dog("旺财").bark()""",
    ),
    Case(
        "unresolved-reference",
        setup=("""\
void greet() {
    System.out.println(greeting());
}""", ),
        cell="greet();",
        ename="UnresolvedReferenceException",
        evalue="greet 用到了还没有定义的 method greeting()",
        traceback="""\
UnresolvedReferenceException: greet 用到了还没有定义的 method greeting()
  在 greet（单元格 [N] 第 1 行）
  ----> 1 void greet() {
  第 1 行
  ----> 1 greet();
  先定义 method greeting()，再运行这个单元格（Python 里这是 NameError）""",
    ),
    Case(
        "time-magic-body",
        setup=(),
        cell="""\
%%time
int zero = 0;
int ratio = 1 / zero;""",
        ename="ArithmeticException",
        evalue="/ by zero",
        traceback="""\
ArithmeticException: / by zero
  第 3 行
  ----> 3 int ratio = 1 / zero;""",
    ),
    Case(
        "concurrent-modification",
        setup=("List<Integer> basket = new ArrayList<>(List.of(1, 2, 3));", ),
        cell="""\
for (Integer item : basket) {
    if (item == 1) {
        basket.remove(item);
    }
}""",
        ename="ConcurrentModificationException",
        evalue="",
        traceback="""\
ConcurrentModificationException
  …(JDK 内部 N 层)
  第 1 行
  ----> 1 for (Integer item : basket) {""",
    ),
    Case(
        "exception-in-thread-pool",
        setup=(),
        cell="""\
var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
var future = pool.submit(() -> { throw new IllegalArgumentException("任务失败"); });
try {
    future.get();
} finally {
    pool.shutdown();
}""",
        ename="ExecutionException",
        evalue="java.lang.IllegalArgumentException: 任务失败",
        traceback="""\
ExecutionException: java.lang.IllegalArgumentException: 任务失败
  …(JDK 内部 N 层)
  第 4 行
  ----> 4     future.get();
Caused by: IllegalArgumentException: 任务失败
  在 lambda（第 2 行）
  ----> 2 var future = pool.submit(() -> { throw new IllegalArgumentException("任务失败"); });""",
    ),
]


@pytest.mark.parametrize("case", CATALOGUE, ids=[case.name for case in CATALOGUE])
def test_a_faulty_cell_shows_the_pinned_error(kernel, case):
    for setup in case.setup:
        assert kernel.run(setup).status == "ok", setup
    result = kernel.run(case.cell)
    errors = [output for output in result.outputs if output["output_type"] == "error"]
    assert result.status == "error" and len(errors) == 1, result.outputs
    error = errors[0]
    traceback = "\n".join(error["traceback"])
    assert set(ANSI.findall(traceback)) <= STYLES_BOTH_THEMES_READ, traceback
    assert (error["ename"], normalised(error["evalue"]), normalised(ANSI.sub("", traceback))) \
        == (case.ename, case.evalue, case.traceback)


def test_the_catalogue_holds_at_least_forty_cells_and_shows_every_python_habit():
    hints = [line.removeprefix("hint:").strip() for line in HABITS.read_text(encoding="utf-8").splitlines()
             if line.startswith("hint:")]
    assert len(hints) == 25
    assert len(CATALOGUE) >= 40
    shown = "\n".join(case.traceback for case in CATALOGUE)
    assert [hint for hint in hints if hint not in shown] == []


def test_no_error_shows_jshell_wrapper_names_or_jjava_wrappers():
    for case in CATALOGUE:
        for leaked in ("$JShell$", "REPL.", "CompilationException", "status: REJECTED", "#"):
            assert leaked not in case.traceback.replace("# ", ""), (case.name, leaked)


def test_xmode_verbose_shows_every_frame_and_context_folds_them_again(kernel):
    assert "Verbose" in kernel.run("%xmode Verbose").text
    verbose = kernel.run("List.of(1).add(2);")
    assert "at java.base/java.util.ImmutableCollections" in ANSI.sub("", "\n".join(verbose.outputs[-1]["traceback"]))
    assert "Context" in kernel.run("%xmode Context").text
    folded = kernel.run("List.of(1).add(2);")
    traceback = ANSI.sub("", "\n".join(folded.outputs[-1]["traceback"]))
    assert "at java.base" not in traceback and "…(JDK 内部" in traceback


def test_xmode_names_the_modes_when_given_an_unknown_one(kernel):
    result = kernel.run("%xmode Loud")
    assert result.status == "error" and "Context, Verbose, Minimal" in result.text, result.text


def test_a_cell_after_an_error_runs_normally(kernel):
    assert kernel.run("int broken = \"s\";").status == "error"
    assert kernel.run("1 + 1").text == "2"
