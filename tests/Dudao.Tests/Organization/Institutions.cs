using Dudao.Core;

namespace Dudao.Tests.Organization;

/// <summary>Unique, valid institution data for tests sharing one app.</summary>
internal static class Institutions
{
    public static string NewUscc(string county = "500107") => Uscc.Complete($"92{county}MA{Random.Shared.Next(0, 999999):000000}");

    public static Dictionary<string, object?> Body(string uscc, string name, string regionCode = "500107", int? version = null) => new()
    {
        ["uscc"] = uscc, ["name"] = name, ["category"] = "非学科类", ["kind"] = "体育", ["profit"] = "营利性", ["mode"] = "线下",
        ["licence"] = "证照齐全", ["regionCode"] = regionCode, ["address"] = "重庆市九龙坡区测试路1号", ["version"] = version,
    };
}
