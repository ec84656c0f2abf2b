using Dudao.Core.Errors;
using Dudao.Core.Scope;

namespace Dudao.Tests.Architecture;

/// <summary>
/// Length and scope checks are worded in one place (<see cref="Check"/>): a new "不能超过" or
/// "不在您的管理范围内" written by hand elsewhere in src/ fails here, so every form keeps the same wording.
/// </summary>
public sealed class SharedChecksTests
{
    private static readonly string[] Phrases = ["不能超过", "不在您的管理范围内"];
    private static readonly string[] Extensions = [".cs", ".razor"];

    [Fact]
    public void Length_and_scope_messages_are_written_only_by_the_shared_checks()
    {
        var src = Path.Combine(ModuleBoundaryTests.RepositoryRoot(), "src");
        var shared = Path.Combine(src, "Dudao.Core", "Errors", "Check.cs");
        var offenders = Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f)) && f != shared)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => Phrases.Any(l.Text.Contains))
            .Select(l => $"{Path.GetRelativePath(src, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void The_shared_checks_keep_the_wording_forms_and_tests_rely_on()
    {
        Check.Length("  六个字的名称  ", 5, "名称").ShouldBe("名称不能超过5字");
        Check.Length(" 五个字 ", 3, "名称").ShouldBeNull();
        Check.Length(null, 3, "名称").ShouldBeNull();
        Check.Length("abcd", 3, "用户名", "个字符").ShouldBe("用户名不能超过3个字符");
        Check.OneOf("乙", ["甲", "乙"], "类别").ShouldBeNull();
        Check.OneOf("丙", ["甲", "乙"], "类别").ShouldBe("类别应为：甲、乙");
        Check.OneOfCodes(null, ["low", "high"], "严重程度").ShouldBe("严重程度应为 low、high 之一");
        Check.InScope(DataScope.ForRegion("500100"), "500107").ShouldBeNull();
        Check.InScope(DataScope.ForRegion("500100"), "510107").ShouldBe("行政区划“510107”不在您的管理范围内");
        Check.MissingOrOutOfScope("所选单位").ShouldBe("所选单位不存在或不在您的管理范围内");
    }
}
