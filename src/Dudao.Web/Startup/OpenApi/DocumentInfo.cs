using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dudao.Web.Startup.OpenApi;

/// <summary>The document's title, description and tag descriptions; the server address without its trailing slash.</summary>
internal sealed class DocumentInfo : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Auth"] = "登录、退出与当前用户",
        ["Users"] = "账号管理",
        ["Audit"] = "操作日志与登录日志",
        ["Regions"] = "行政区划（公开信息，不受数据范围限制）",
        ["Schools"] = "学校名录",
        ["Institutions"] = "校外培训机构名录",
        ["Inspectors"] = "督学名录与责任区分配",
        ["Zones"] = "督导责任区",
        ["Departments"] = "职能部门及其职责",
        ["Indicators"] = "督导指标体系",
        ["Inspections"] = "督导检查：随访、专项督导、自评与覆盖率",
        ["Rectification"] = "问题整改台账",
        ["Escalation"] = "督办、约谈、挂牌、问责与曝光",
        ["Complaints"] = "举报受理与办理（工作人员）",
        ["Complaints (public)"] = "公众举报：提交与回执查询（无需登录）",
        ["Public"] = "公开信息（无需登录）",
        ["Notices"] = "站内通知",
        ["Rules"] = "可配置规则与节假日",
        ["Jobs"] = "定时任务",
        ["Files"] = "附件下载",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Dudao 督导 API";
        document.Info.Description = "督导业务的 JSON 接口。先以 POST /api/auth/login 取得令牌，再以 Authorization: Bearer … 调用其余接口；"
            + "错误为 RFC 9457 问题详情（中文说明），输入有误时 errors 列出各字段，导入被拒时 rowErrors 列出各行。";
        foreach (var server in document.Servers ?? Enumerable.Empty<OpenApiServer>()) server.Url = server.Url?.TrimEnd('/');
        foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description)) tag.Description = description;
        }
        return Task.CompletedTask;
    }
}
