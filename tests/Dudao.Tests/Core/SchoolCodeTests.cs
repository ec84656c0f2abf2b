using Dudao.Core;

namespace Dudao.Tests.Core;

public sealed class SchoolCodeTests
{
    [Fact]
    public void A_ten_digit_code_with_the_province_in_digits_three_and_four_passes() =>
        SchoolCode.Validate("2150100001", "500107").ShouldBeNull();

    [Theory]
    [InlineData("215010000", "10位")]
    [InlineData("21501000AB", "10位")]
    [InlineData("2111100001", "第3–4位应为所在省份代码“50”")]
    [InlineData("", "不能为空")]
    public void Bad_codes_are_refused(string code, string expected) =>
        SchoolCode.Validate(code, "500107").ShouldNotBeNull().ShouldContain(expected);

    [Theory]
    [InlineData("500000", "province", "50")]
    [InlineData("500100", "city", "5001")]
    [InlineData("500107", "county", "500107")]
    public void Region_levels_and_scope_prefixes(string code, string level, string prefix)
    {
        RegionCodes.LevelOf(code).ShouldBe(level);
        RegionCodes.Prefix(code).ShouldBe(prefix);
    }
}
