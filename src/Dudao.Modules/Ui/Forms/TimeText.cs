using System.Globalization;
using Dudao.Core.Time;

namespace Dudao.Modules.Ui.Forms;

/// <summary>Instants on pages: stored in UTC, shown in Asia/Shanghai.</summary>
public static class TimeText
{
    public static string Of(DateTime? utc) =>
        utc is { } t ? ChinaTime.ToLocal(t).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "—";
}
