using System.Globalization;
using Dudao.Core.Errors;

namespace Dudao.Modules.SchoolAffairs.Domain;

/// <summary>
/// A school term, coded "2026-1" (2026—2027学年第一学期, from August) or "2026-2" (its second term, from February).
/// </summary>
public readonly record struct SchoolTerm(int Year, int Half)
{
    public const string Field = "term";

    public string Code => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Half}");

    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Year}—{Year + 1}学年第{(Half == 1 ? "一" : "二")}学期");

    /// <summary>The usual first day of classes (1 September, or 20 February for the second term).</summary>
    public DateOnly Start => Half == 1 ? new(Year, 9, 1) : new(Year + 1, 2, 20);

    public static SchoolTerm Containing(DateOnly day) => day.Month switch
    {
        >= 8 => new(day.Year, 1),
        1 => new(day.Year - 1, 1),
        _ => new(day.Year - 1, 2),
    };

    /// <summary>The term named by <paramref name="code"/>, the current one when none is given; a bad code is a 400 on <see cref="Field"/>.</summary>
    public static SchoolTerm Parse(string? code, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(code)) return Containing(today);
        var parts = code.Trim().Split('-');
        if (parts is [var y, var h] && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2098
            && h is "1" or "2")
        {
            return new(year, h == "1" ? 1 : 2);
        }
        throw ValidationFailedException.For(Field, "学期应写作“2026-1”（2026—2027学年第一学期）或“2026-2”（第二学期）");
    }

    /// <summary>This term and the <paramref name="count"/> - 1 before it, newest first (for pickers).</summary>
    public IEnumerable<SchoolTerm> AndEarlier(int count)
    {
        var term = this;
        for (var i = 0; i < count; i++)
        {
            yield return term;
            term = term.Half == 2 ? new(term.Year, 1) : new(term.Year - 1, 2);
        }
    }
}
