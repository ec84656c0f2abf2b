using System.Globalization;
using System.Text.RegularExpressions;
using Dudao.Core.Errors;
using Dudao.Modules.Organization.Import;

namespace Dudao.Modules.Training.Funds;

/// <summary>One statement row as read and checked: its figures, or the row errors naming each bad column.</summary>
internal sealed partial record StatementLine(string Uscc, string Period, decimal Collected, decimal Released, decimal Refunded, decimal Balance,
    decimal MinimumBalance, int? MaxPurchaseLessons, int? MaxPurchaseMonths, int? OldestRefundDays)
{
    public const string UsccHeader = "统一社会信用代码";
    public const string PeriodHeader = "对账期间";
    public const string CollectedHeader = "本期收取";
    public const string ReleasedHeader = "本期消课划拨";
    public const string RefundedHeader = "本期退费";
    public const string BalanceHeader = "期末余额";
    public const string MinimumHeader = "最低余额";
    public const string LessonsHeader = "单笔最多课时";
    public const string MonthsHeader = "单笔最长月数";
    public const string RefundDaysHeader = "待退费最长天数";

    public static readonly string[] Required = [UsccHeader, PeriodHeader, CollectedHeader, ReleasedHeader, RefundedHeader, BalanceHeader, MinimumHeader];
    public static readonly string[] Optional = [LessonsHeader, MonthsHeader, RefundDaysHeader];
    private const decimal MaxAmount = 1_000_000_000_000m;

    public static StatementLine? Read(RowValues row, int number, List<RowError> errors)
    {
        var before = errors.Count;
        var uscc = row[UsccHeader]?.ToUpperInvariant();
        if (Core.Uscc.Validate(uscc) is { } bad) errors.Add(new RowError(number, UsccHeader, bad));
        var period = ParsePeriod(row[PeriodHeader]);
        if (period is null) errors.Add(new RowError(number, PeriodHeader, $"{PeriodHeader}应为年月，如 2026-10"));
        decimal Money(string header)
        {
            if (decimal.TryParse(row[header], NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value is >= 0 and < MaxAmount)
                return Math.Round(value, 2);
            errors.Add(new RowError(number, header, row[header] is null ? $"{header}不能为空" : $"{header}应为不小于0的金额（元），如 12500.00"));
            return 0;
        }
        int? Count(string header)
        {
            if (row[header] is null) return null;
            if (int.TryParse(row[header], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 100_000) return n;
            errors.Add(new RowError(number, header, $"{header}应为不小于0的整数"));
            return null;
        }
        var line = new StatementLine(uscc ?? "", period ?? "", Money(CollectedHeader), Money(ReleasedHeader), Money(RefundedHeader),
            Money(BalanceHeader), Money(MinimumHeader), Count(LessonsHeader), Count(MonthsHeader), Count(RefundDaysHeader));
        return errors.Count == before ? line : null;
    }

    /// <summary>"2026-10", "2026/10", "2026年10月", or a spreadsheet date (its month).</summary>
    private static string? ParsePeriod(string? text)
    {
        if (text is null) return null;
        if (YearMonth().Match(text) is { Success: true } m)
        {
            var (year, month) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            return year is >= 2000 and <= 2099 && month is >= 1 and <= 12 ? $"{year:D4}-{month:D2}" : null;
        }
        // A date cell holds its serial number (days since 1899-12-30).
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 36526 and < 73051)
            return DateTime.FromOADate(serial).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return null;
    }

    [GeneratedRegex(@"^(\d{4})\s*(?:-|/|年)\s*(\d{1,2})\s*月?$")]
    private static partial Regex YearMonth();
}
