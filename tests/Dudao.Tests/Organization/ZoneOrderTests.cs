using Dudao.Modules.Organization.Domain;

namespace Dudao.Tests.Organization;

public sealed class ZoneOrderTests
{
    [Fact]
    public void Zones_sort_by_their_number_not_by_string_order()
    {
        string?[] names = ["第十一责任区", null, "城区片", "第二责任区", "第10责任区", "第十责任区", "第一责任区", "第二十一责任区", "第三责任区"];
        names.Order(ZoneOrder.Instance).ShouldBe(["第一责任区", "第二责任区", "第三责任区", "第10责任区", "第十责任区", "第十一责任区", "第二十一责任区", "城区片", null]);
    }

    [Theory]
    [InlineData("第一责任区", 1)]
    [InlineData("第十责任区", 10)]
    [InlineData("第十一责任区", 11)]
    [InlineData("第二十责任区", 20)]
    [InlineData("第九十九片区", 99)]
    [InlineData("第12责任区", 12)]
    public void The_number_is_read_from_chinese_or_arabic_numerals(string name, int number) =>
        ZoneOrder.NumberOf(name).ShouldBe(number);
}
