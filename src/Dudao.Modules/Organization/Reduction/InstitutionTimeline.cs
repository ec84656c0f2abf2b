using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Organization.Reduction;

/// <summary>
/// An institution's state on any day, replayed backwards from its current record through its dated
/// steps; without a registration step it counts as existing from the start (registered before the history began).
/// </summary>
internal sealed record InstitutionState(bool Exists, string Status, string Licence, string Category)
{
    public bool OperatingSubject => Exists && Status == Institution.Normal && Category == Institution.Subject;

    /// <param name="steps">The institution's steps, oldest first.</param>
    public static InstitutionState At(Institution i, IReadOnlyList<InstitutionEvent> steps, DateOnly endOfDay)
    {
        var state = new InstitutionState(true, i.Status, i.Licence, i.Category);
        for (var k = steps.Count - 1; k >= 0 && steps[k].OccurredOn > endOfDay; k--)
            state = state.Undo(steps[k]);
        return state;
    }

    private InstitutionState Undo(InstitutionEvent e) => e.Kind switch
    {
        InstitutionEventKinds.Register => this with { Exists = false },
        InstitutionEventKinds.Status when e.FromState is not null => this with { Status = e.FromState },
        InstitutionEventKinds.Licence when e.FromState is not null => this with { Licence = e.FromState },
        InstitutionEventKinds.Change when e.FromState is not null => this with { Category = e.FromState },
        _ => this,
    };
}
