using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Letterheads;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Shared.Documents;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Rectification.Notices;

/// <param name="Content">The .docx.</param>
public sealed record RectificationNotice(byte[] Content, string FileName);

/// <summary>
/// The 整改通知书 (seed 002: 下达整改通知书) an office sends an institution for a problem found there: under
/// the letterhead of the problem's county office, numbered once per problem, counted in the 压减 figures.
/// </summary>
public sealed class RectificationNoticeService(AppDbContext db, LetterheadService letterheads)
{
    /// <exception cref="DomainException">404 when the problem is missing or out of scope; 409 when its target is not an institution.</exception>
    public async Task<RectificationNotice> BuildAsync(string problemId, CancellationToken ct)
    {
        var problem = await db.Set<Problem>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == problemId, ct) ?? throw DomainException.NotFound("问题");
        if (problem.TargetKind != TargetKinds.Institution) throw DomainException.Conflict("整改通知书只发给校外培训机构；学校的问题请用督办单");
        if (!db.User.Has(RectificationPermissions.Manage)) throw DomainException.Forbidden("您不能下达整改通知书");
        var institution = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == problem.TargetId, ct);
        var header = await letterheads.IssueAsync(ProblemDocuments.RectificationNotice, problem.Id, problem.RegionCode, ct);

        using var docx = new OfficialDocx(header, "整改通知书");
        docx.Paragraph($"{problem.TargetName}：")
            .Paragraph("经督导检查，你机构存在以下问题，现通知你机构限期整改。", indent: true)
            .Facts([
                ("机构名称", problem.TargetName),
                ("统一社会信用代码", institution?.Uscc ?? "—"),
                ("机构地址", institution?.Address ?? "—"),
                ("问题类别", problem.Category),
                ("问题描述", problem.Description),
                ("整改期限", OfficialDocx.DateText(problem.Deadline)),
            ])
            .Paragraph($"请你机构高度重视，对照有关规定立即整改，于{OfficialDocx.DateText(problem.Deadline)}前整改到位，并将整改情况书面报送{header.OfficeName}。"
                       + "逾期未整改或整改不到位的，将依法依规严肃处理，并视情列入黑名单。", indent: true)
            .Signatures(["机构负责人（签收）"]);
        return new RectificationNotice(docx.ToArray(), $"整改通知书-{problem.TargetName}.docx");
    }
}
