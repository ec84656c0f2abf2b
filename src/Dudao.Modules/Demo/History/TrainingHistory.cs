using System.Text.Json;
using Dudao.Data;
using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Training.Domain;

namespace Dudao.Modules.Demo.History;

/// <summary>
/// 九龙坡区 institutions' filings in every state, two custody accounts with monthly statements (one below its
/// minimum balance), and 重庆市's school vacations, so the training pages and the vacation card show something.
/// </summary>
internal static class TrainingHistory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Write(DemoStory story, AppDbContext db)
    {
        var jlp = story.Institutions.Where(i => i.RegionCode == DemoData.Jiulongpo).ToList();
        if (jlp.Count < 4) return;
        var reviewed = story.Now.AddDays(-50);
        Filing Filed(int index, string kind, string title, object content, string status, string? reason = null) => new()
        {
            RegionCode = DemoData.Jiulongpo, TargetId = jlp[index].Id, Kind = kind, Title = title, Content = JsonSerializer.Serialize(content, Json),
            Status = status, SubmittedAt = reviewed.AddDays(-5), SubmittedBy = "jlp-jg",
            ReviewedAt = status == FilingStatuses.Submitted ? null : reviewed, ReviewedBy = status == FilingStatuses.Submitted ? null : "jlp-pxjg",
            ReturnReason = reason,
        };
        db.AddRange(
            Filed(0, FilingKinds.Fee, "少儿美术基础班", new { fees = new[] { new { item = "学费", price = 2400m, lessons = 40 } } }, FilingStatuses.Approved),
            Filed(0, FilingKinds.Contract, "重庆市中小学生校外培训服务合同（示范文本）", new { usesModelContract = true }, FilingStatuses.Approved),
            Filed(1, FilingKinds.Fee, "青少年篮球训练营", new { fees = new[] { new { item = "训练费", price = 1800m, lessons = 30 } } }, FilingStatuses.Approved),
            Filed(2, FilingKinds.Material, "少儿编程讲义", new { description = "自编讲义，适用四至六年级" }, FilingStatuses.Returned, "请补充讲义的来源和审核人"),
            Filed(3, FilingKinds.Staff, "语文教师王某",
                new { staff = new { name = "王老师", subject = "语文", qualification = "20195001234567" } }, FilingStatuses.Submitted));

        for (var i = 0; i < 2; i++)
        {
            db.Add(new CustodyAccount
            {
                RegionCode = DemoData.Jiulongpo, TargetId = jlp[i].Id, Bank = i == 0 ? "重庆农村商业银行九龙坡支行" : "重庆银行九龙坡支行",
                AccountNo = $"62001070{i + 1:0000}", Platform = "四在", Since = story.Today.AddMonths(-6),
            });
            for (var month = 2; month >= 1; month--)
            {
                var period = story.Today.AddMonths(-month);
                var balance = i == 1 && month == 1 ? 38000m : 120000m + month * 5000m;
                db.Add(new FundStatement
                {
                    RegionCode = DemoData.Jiulongpo, TargetId = jlp[i].Id, Uscc = jlp[i].Uscc, Period = $"{period:yyyy-MM}", Collected = 36000m, Released = 30000m,
                    Refunded = 1200m, Balance = balance, MinimumBalance = 50000m, MaxPurchaseLessons = 40, MaxPurchaseMonths = 3, OldestRefundDays = 3,
                    ImportedAt = story.Now.AddDays(-month * 30 + 5), ImportedBy = "jlp-pxjg",
                });
            }
        }
        var last = story.Today.AddMonths(-1);
        db.Add(new FundFlag
        {
            RegionCode = DemoData.Jiulongpo, TargetId = jlp[1].Id, Kind = FundFlagKinds.BelowMinimum, Key = $"{FundFlagKinds.BelowMinimum}:{jlp[1].Uscc}:{last:yyyy-MM}",
            Period = $"{last:yyyy-MM}", Message = $"{last:yyyy-MM} 期末余额 38,000.00 元，低于最低余额 50,000.00 元", RaisedAt = story.Now.AddDays(-25),
        });

        foreach (var year in new[] { story.Today.Year, story.Today.Year + 1 })
        {
            db.Add(new SchoolVacation { RegionCode = "500000", Name = $"{year}年寒假", From = new DateOnly(year, 1, 24), To = new DateOnly(year, 2, 22) });
            db.Add(new SchoolVacation { RegionCode = "500000", Name = $"{year}年暑假", From = new DateOnly(year, 7, 4), To = new DateOnly(year, 8, 31) });
        }
    }
}
