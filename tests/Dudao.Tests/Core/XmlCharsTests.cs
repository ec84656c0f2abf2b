using Dudao.Core.Text;

namespace Dudao.Tests.Core;

public sealed class XmlCharsTests
{
    [Theory]
    [InlineData("重庆市实验小学", -1)]
    [InlineData("tab\tnew\nline\r", -1)]
    [InlineData("𠀀 and 😀 are pairs", -1)]
    [InlineData("\u0001", 0)]
    [InlineData("实验\u0008", 2)]
    [InlineData("a\u000Bb", 1)]
    [InlineData("a\u000Cb", 1)]
    [InlineData("a\u001Fb", 1)]
    [InlineData("a\u0000", 1)]
    [InlineData("\uFFFE", 0)]
    [InlineData("\uFFFF", 0)]
    public void Finds_the_first_character_xml_cannot_carry(string text, int index) => XmlChars.IndexOfForbidden(text).ShouldBe(index);

    // Not as theory data: the test runner would turn unpaired surrogates into U+FFFD on the way.
    [Fact]
    public void Finds_an_unpaired_surrogate()
    {
        XmlChars.IndexOfForbidden("lone \uD800 high").ShouldBe(5);
        XmlChars.IndexOfForbidden("lone \uDC00 low").ShouldBe(5);
        XmlChars.IndexOfForbidden("high at the end \uD83D").ShouldBe(16);
        XmlChars.IndexOfForbidden("low first \uDE00\uD83D").ShouldBe(10);
    }

    [Fact]
    public void Says_which_character_and_where_in_chinese()
    {
        XmlChars.Check("实验\u0001小学").ShouldBe("第3个字符是不可见的控制字符（U+0001），请删除后重新填写");
        XmlChars.Check("实验\uD800").ShouldBe("第3个字符是不成对的代理字符（U+D800），请删除后重新填写");
        XmlChars.Check("实验小学").ShouldBeNull();
        XmlChars.Check(null).ShouldBeNull();
    }

    [Fact]
    public void Strip_drops_only_the_forbidden_characters()
    {
        XmlChars.Strip("实\u0001验\u000B小\uD800学😀\t").ShouldBe("实验小学😀\t");
        const string clean = "重庆市实验小学";
        XmlChars.Strip(clean).ShouldBeSameAs(clean);
    }
}
