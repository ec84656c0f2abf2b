using System.Globalization;
using Dudao.Core.Time;
using Dudao.Modules.Campaigns.Domain;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Campaigns.Draws;

/// <summary>How draws read on the pages.</summary>
internal static class DrawLabels
{
    public static string Kind(string targetKind) => targetKind == Assignment.SchoolTarget ? "学校" : "校外培训机构";

    public static string Status(string status) => status == Draw.Run ? "已抽取" : "已公布，待抽取";

    public static string StatusBadge(string status) => status == Draw.Run ? "bg-green-lt" : "bg-yellow-lt";

    public static string Time(DateTime? utc) => utc is { } t ? ChinaTime.ToLocal(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
