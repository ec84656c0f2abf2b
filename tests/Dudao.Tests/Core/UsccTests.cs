using Dudao.Core;

namespace Dudao.Tests.Core;

public sealed class UsccTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91350200776049653A")]
    [InlineData("91512081MA62K0260E")]
    [InlineData("91110108MA000004X8")] // organisation check character X
    [InlineData("91110108MA0000090K")] // organisation check character 0
    public void Valid_codes_pass(string code) => Uscc.Validate(code).ShouldBeNull();

    [Theory]
    [InlineData("91350100M000100Y4Z", "不允许的字符")]
    [InlineData("91310115MA1G4L1WXK", "校验")]
    [InlineData("91350100m000100y43", "大写")]
    [InlineData("91350100M000100Y4", "18位")]
    [InlineData("91350100M000100Y433", "18位")]
    [InlineData("91350100M0001I0Y43", "不允许的字符“I”")]
    [InlineData("91350100M0001O0Y43", "不允许的字符“O”")]
    [InlineData("91350100M0001S0Y43", "不允许的字符“S”")]
    [InlineData("91350100M0001V0Y43", "不允许的字符“V”")]
    [InlineData("", "不能为空")]
    public void Invalid_codes_are_refused_with_the_failed_check_named(string code, string expected) =>
        Uscc.Validate(code).ShouldNotBeNull().ShouldContain(expected);

    [Fact]
    public void The_message_says_which_check_failed()
    {
        Uscc.Validate("91350100M000100Y53").ShouldNotBeNull().ShouldContain("组织机构代码");
        Uscc.Validate("91350100M000100Y44").ShouldNotBeNull().ShouldContain("第18位");
    }

    [Fact]
    public void Completed_codes_validate() => Uscc.Validate(Uscc.Complete("52500107MJ100001")).ShouldBeNull();
}
