using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Import;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Shared.Spreadsheets;
using Dudao.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dudao.Modules.Training.Funds;

/// <summary>
/// Prepaid-fund supervision by reconciliation: the custody accounts on record, the bank platforms'
/// statements imported all-or-nothing (a statement already imported with the same figures is skipped),
/// the flags they raise and each institution's position.
/// </summary>
internal sealed class FundService(AppDbContext db, ICurrentUser me, SupervisionTargets targets, FundFlagging flagging, TimeProvider clock,
    IOptions<SpreadsheetLimits> limits)
{
    public const long MaxFileBytes = 10L * 1024 * 1024;

    public async Task<StatementImportResult> ImportAsync(Upload? file, CancellationToken ct)
    {
        await Supervisors.EnsureAsync(db, me, ct);
        if (file is null) throw ValidationFailedException.For("file", "请选择要导入的对账单（.xlsx 或 .csv）");
        await using var stream = file.Open();
        if (stream.CanSeek && stream.Length > MaxFileBytes) throw ValidationFailedException.For("file", Check.FileTooLarge("对账单", MaxFileBytes));
        var errors = new List<RowError>();
        var lines = ReadLines(stream, file.FileName, errors, limits.Value);

        var usccs = lines.Select(l => l.Line!.Uscc).Distinct().ToList();
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => usccs.Contains(i.Uscc)).ToDictionaryAsync(i => i.Uscc, ct);
        var existing = await db.Set<FundStatement>().IgnoreQueryFilters().AsNoTracking().Where(s => usccs.Contains(s.Uscc))
            .ToDictionaryAsync(s => (s.Uscc, s.Period), ct);
        var fresh = new List<(FundStatement Statement, Institution Institution)>();
        var firstRow = new Dictionary<(string, string), int>();
        var unchanged = 0;
        foreach (var (number, line) in lines)
        {
            var identity = (line.Uscc, line.Period);
            if (!institutions.TryGetValue(line.Uscc, out var institution))
            {
                errors.Add(new RowError(number, StatementLine.UsccHeader, $"{StatementLine.UsccHeader}“{line.Uscc}”不在您管理范围内的机构名录中"));
                continue;
            }
            if (!firstRow.TryAdd(identity, number))
            {
                errors.Add(new RowError(number, StatementLine.PeriodHeader, $"该机构 {line.Period} 的对账记录与第{firstRow[identity]}行重复"));
                continue;
            }
            var statement = ToStatement(line, institution);
            if (existing.TryGetValue(identity, out var before))
            {
                if (before.SameFigures(statement))
                {
                    unchanged++;
                }
                else
                {
                    errors.Add(new RowError(number, StatementLine.PeriodHeader,
                        $"该机构 {line.Period} 的对账单已于 {ChinaTime.ToLocal(before.ImportedAt):yyyy-MM-dd} 导入且金额不同；对账单一经导入不再更改，请与托管银行核实"));
                }
                continue;
            }
            fresh.Add((statement, institution));
        }
        RefuseIfAny(errors);

        var ids = fresh.Select(f => f.Institution.Id).Distinct().ToList();
        var approved = await ApprovedFeesAsync(ids, ct);
        foreach (var (statement, institution) in fresh)
        {
            db.Add(statement);
            await flagging.CheckAsync(statement, institution, approved.Contains(institution.Id), ct);
        }
        await FlagUncoveredAsync(ct);
        await db.SaveChangesAsync(ct);
        var names = await NamesAsync(flagging.Raised.Select(f => f.TargetId), ct);
        return new StatementImportResult(fresh.Count, unchanged, flagging.Raised.Select(f => ToDto(f, names)).ToList());
    }

    public async Task<FundPositionDto> PositionAsync(string institutionId, CancellationToken ct)
    {
        var target = await targets.FindAsync(TargetKinds.Institution, institutionId, ct) ?? throw DomainException.NotFound("机构");
        var custody = await db.Set<CustodyAccount>().AsNoTracking().FirstOrDefaultAsync(c => c.TargetId == target.Id, ct);
        var latest = await db.Set<FundStatement>().AsNoTracking().Where(s => s.TargetId == target.Id)
            .OrderByDescending(s => s.Period).FirstOrDefaultAsync(ct);
        var flags = await db.Set<FundFlag>().AsNoTracking().Where(f => f.TargetId == target.Id).OrderByDescending(f => f.RaisedAt).Take(100).ToListAsync(ct);
        var names = new Dictionary<string, string> { [target.Id] = target.Name };
        return new FundPositionDto(target.Id, target.Name, target.Code ?? "", target.RegionCode,
            custody is null ? null : ToDto(custody, target.Name, target.Code ?? ""), latest is null ? null : ToDto(latest),
            (await ApprovedFeesAsync([target.Id], ct)).Count > 0, flags.Select(f => ToDto(f, names)).ToList());
    }

    /// <summary>The latest position of every institution in the region that has a custody account, a statement or a flag.</summary>
    public async Task<IReadOnlyList<FundPositionDto>> PositionsAsync(string? regionCode, CancellationToken ct)
    {
        var statements = await db.Set<FundStatement>().AsNoTracking().InRegion(regionCode).ToListAsync(ct);
        var latest = statements.GroupBy(s => s.TargetId).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Period)!);
        var custody = await db.Set<CustodyAccount>().AsNoTracking().InRegion(regionCode).ToDictionaryAsync(c => c.TargetId, ct);
        var flags = (await db.Set<FundFlag>().AsNoTracking().InRegion(regionCode).OrderByDescending(f => f.RaisedAt).ToListAsync(ct)).ToLookup(f => f.TargetId);
        var ids = latest.Keys.Union(custody.Keys).Union(flags.Select(g => g.Key)).ToList();
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        var approved = await ApprovedFeesAsync(ids, ct);
        var names = institutions.ToDictionary(i => i.Id, i => i.Name);
        return institutions.OrderBy(i => i.Name).Select(i => new FundPositionDto(i.Id, i.Name, i.Uscc, i.RegionCode,
            custody.TryGetValue(i.Id, out var c) ? ToDto(c, i.Name, i.Uscc) : null, latest.TryGetValue(i.Id, out var s) ? ToDto(s) : null,
            approved.Contains(i.Id), flags[i.Id].Select(f => ToDto(f, names)).ToList())).ToList();
    }

    public async Task<IReadOnlyList<CustodyDto>> CustodyAccountsAsync(string? regionCode, CancellationToken ct)
    {
        var rows = await (from c in db.Set<CustodyAccount>().AsNoTracking().InRegion(regionCode)
                          join i in db.Set<Institution>() on c.TargetId equals i.Id
                          orderby i.Name
                          select new { c, i.Name, i.Uscc }).ToListAsync(ct);
        return rows.Select(r => ToDto(r.c, r.Name, r.Uscc)).ToList();
    }

    /// <summary>The custody account of the institution with this 统一社会信用代码, as the page's form names it.</summary>
    public async Task<CustodyDto> SetCustodyByUsccAsync(string? uscc, CustodyInput input, CancellationToken ct)
    {
        var code = uscc?.Trim().ToUpperInvariant();
        ValidationFailedException.ThrowIf("uscc", Uscc.Validate(code));
        var id = await db.Set<Institution>().Where(i => i.Uscc == code).Select(i => i.Id).FirstOrDefaultAsync(ct)
                 ?? throw ValidationFailedException.For("uscc", Check.MissingOrOutOfScope($"统一社会信用代码为“{code}”的机构"));
        return await SetCustodyAsync(id, input, ct);
    }

    /// <summary>Records (or changes) the custody account of an institution in the caller's scope.</summary>
    public async Task<CustodyDto> SetCustodyAsync(string institutionId, CustodyInput input, CancellationToken ct)
    {
        await Supervisors.EnsureAsync(db, me, ct);
        var target = await targets.FindAsync(TargetKinds.Institution, institutionId, ct) ?? throw DomainException.NotFound("机构");
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Bank)) errors.Add("bank", "请填写托管银行");
        else errors.AddIf("bank", Check.Length(input.Bank, 60, "托管银行"));
        if (string.IsNullOrWhiteSpace(input.AccountNo)) errors.Add("accountNo", "请填写监管账号");
        else if (!input.AccountNo.Trim().All(c => char.IsAsciiDigit(c) || c == '-') || input.AccountNo.Trim().Length > 40)
            errors.Add("accountNo", "监管账号应为数字（可含“-”），不超过40位");
        errors.AddIf("platform", Check.Length(input.Platform, 60, "资金监管平台"));
        if (input.Since is null) errors.Add("since", "请填写纳入监管的日期");
        errors.AddIf("since", DateBounds.Check(input.Since));
        errors.ThrowIfAny();

        var account = await db.Set<CustodyAccount>().FirstOrDefaultAsync(c => c.TargetId == target.Id, ct);
        if (account is null) db.Add(account = new CustodyAccount { TargetId = target.Id, RegionCode = target.RegionCode });
        account.Bank = input.Bank!.Trim();
        account.AccountNo = input.AccountNo!.Trim();
        account.Platform = string.IsNullOrWhiteSpace(input.Platform) ? null : input.Platform.Trim();
        account.Since = input.Since!.Value;
        await db.SaveChangesAsync(ct);
        return ToDto(account, target.Name, target.Code ?? "");
    }

    /// <summary>The rows that read well; the others' errors go to <paramref name="errors"/>. A missing header refuses the file at once.</summary>
    private static List<(int Number, StatementLine Line)> ReadLines(Stream stream, string fileName, List<RowError> errors, SpreadsheetLimits limits)
    {
        var rows = StatementRows.Read(stream, fileName, limits).GetEnumerator();
        using (rows)
        {
            var headers = HeaderMap.From(rows.MoveNext() ? rows.Current : null, StatementLine.Required);
            var lines = new List<(int, StatementLine)>();
            var last = 1;
            while (rows.MoveNext())
            {
                var row = rows.Current;
                if (row.IsEmpty) continue;
                if (row.Number > last + 1) errors.Add(new RowError(last + 1, null, $"第{last + 1}行是空行：数据之间不能有空行"));
                last = row.Number;
                errors.AddRange(headers.ForbiddenText(row));
                if (StatementLine.Read(new RowValues(headers, row), row.Number, errors) is { } line) lines.Add((row.Number, line));
            }
            if (last == 1) errors.Add(new RowError(2, null, "文件中没有数据：第2行起应为数据行"));
            return lines;
        }
    }

    /// <summary>Refuses the whole file when any row is bad, listing the rows in order (up to the configured number).</summary>
    private void RefuseIfAny(List<RowError> errors)
    {
        var listed = new RowErrors(limits.Value.MaxRowErrors);
        listed.AddRange(errors.OrderBy(e => e.Row));
        listed.ThrowIfAny();
    }

    /// <summary>Institutions in the caller's scope with approved fees and no custody account on record.</summary>
    private async Task FlagUncoveredAsync(CancellationToken ct)
    {
        var uncovered = await db.Set<Institution>().AsNoTracking()
            .Where(i => db.Set<Filing>().Any(f => f.TargetId == i.Id && f.Kind == FilingKinds.Fee && f.Status == FilingStatuses.Approved)
                        && !db.Set<CustodyAccount>().Any(c => c.TargetId == i.Id))
            .Take(1000).ToListAsync(ct);
        foreach (var institution in uncovered) await flagging.NoCustodyAsync(institution, ct);
    }

    private async Task<HashSet<string>> ApprovedFeesAsync(List<string> ids, CancellationToken ct) =>
        (await db.Set<Filing>().AsNoTracking()
            .Where(f => ids.Contains(f.TargetId) && f.Kind == FilingKinds.Fee && f.Status == FilingStatuses.Approved)
            .Select(f => f.TargetId).Distinct().ToListAsync(ct)).ToHashSet();

    private async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Set<Institution>().AsNoTracking().Where(i => list.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
    }

    private FundStatement ToStatement(StatementLine l, Institution institution) => new()
    {
        RegionCode = institution.RegionCode, TargetId = institution.Id, Uscc = l.Uscc, Period = l.Period, Collected = l.Collected,
        Released = l.Released, Refunded = l.Refunded, Balance = l.Balance, MinimumBalance = l.MinimumBalance, MaxPurchaseLessons = l.MaxPurchaseLessons,
        MaxPurchaseMonths = l.MaxPurchaseMonths, OldestRefundDays = l.OldestRefundDays, ImportedAt = clock.GetUtcNow().UtcDateTime, ImportedBy = me.UserName,
    };

    private static StatementDto ToDto(FundStatement s) => new(s.Period, s.Collected, s.Released, s.Refunded, s.Balance, s.MinimumBalance,
        s.MaxPurchaseLessons, s.MaxPurchaseMonths, s.OldestRefundDays, s.ImportedAt);

    private static CustodyDto ToDto(CustodyAccount c, string name, string uscc) => new(c.TargetId, name, uscc, c.Bank, c.AccountNo, c.Platform, c.Since);

    private static FundFlagDto ToDto(FundFlag f, IReadOnlyDictionary<string, string> names) => new(f.Id, f.TargetId, names.GetValueOrDefault(f.TargetId, ""),
        f.Kind, FundFlagKinds.Label(f.Kind), f.Period, f.Message, f.ProblemId, f.RaisedAt);
}
