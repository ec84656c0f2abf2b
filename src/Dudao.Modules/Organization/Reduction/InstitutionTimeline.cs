using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Organization.Reduction;

/// <summary>
/// An institution's state at the end of any day, replayed backwards from its current record through its
/// dated steps. Its entry in the registry does not bound it: most entries record institutions that
/// operated long before (a baseline of 2021 must count them), so before its first step it is in the
/// state it was entered with — an application entered 审批中 counts only from its approval.
/// </summary>
internal sealed record InstitutionState(string Status, string Licence, string Category)
{
    public bool OperatingSubject => Status == Institution.Normal && Category == Institution.Subject;

    /// <param name="steps">The institution's steps, oldest first.</param>
    public static InstitutionState At(Institution i, IReadOnlyList<InstitutionEvent> steps, DateOnly endOfDay)
    {
        var state = new InstitutionState(i.Status, i.Licence, i.Category);
        for (var k = steps.Count - 1; k >= 0 && steps[k].OccurredOn > endOfDay; k--)
            state = state.Undo(steps[k]);
        return state;
    }

    private InstitutionState Undo(InstitutionEvent e) => e.Kind switch
    {
        InstitutionEventKinds.Status when e.FromState is not null => this with { Status = e.FromState },
        InstitutionEventKinds.Licence when e.FromState is not null => this with { Licence = e.FromState },
        InstitutionEventKinds.Change when e.FromState is not null => this with { Category = e.FromState },
        _ => this,
    };
}
