namespace Dudao.Modules.Rectification.Ledger;

/// <summary>The categories offered on the entry form (the API accepts any short text; inspections use their indicator's area).</summary>
public static class ProblemCategories
{
    public static readonly string[] Common = ["作业管理", "课后服务", "五项管理", "校外培训", "办学行为", "收费管理", "安全管理", "其他"];
}
