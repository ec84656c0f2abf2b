namespace Dudao.Modules.Organization.InstitutionHistory;

/// <summary>
/// A step in an institution's life: <c>to</c> is a status (审批中, 正常, 停办, 注销, 取缔), a licence state
/// (证照齐全, 无证有照, 无证无照), 黑机构 or 变更; <c>on</c> is the day it happened. A 变更 names what
/// changes: any of <c>name</c>, <c>address</c>, <c>category</c>, <c>kind</c>, <c>mode</c>.
/// </summary>
public sealed record TransitionInput(string? To, DateOnly? On, string? Reason,
    string? Name = null, string? Address = null, string? Category = null, string? Kind = null, string? Mode = null)
{
    public const int ReasonLength = 500;
}
