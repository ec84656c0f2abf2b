using System.Globalization;
using Dudao.Modules.Organization.InstitutionLists;

namespace Dudao.Modules.Organization.InstitutionHistory;

/// <summary>The posted fields of the lifecycle page's forms; dates come as yyyy-MM-dd from date inputs.</summary>
public sealed class TransitionForm
{
    public string? To { get; set; }
    public string? On { get; set; }
    public string? Reason { get; set; }
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Category { get; set; }
    public string? Kind { get; set; }
    public string? Mode { get; set; }

    public TransitionInput ToInput() => new(To, LifecycleDates.Parse(On), Reason, Name, Address, Category, Kind, Mode);
}

public sealed class ListForm
{
    public string? List { get; set; }
    public string? On { get; set; }
    public string? Reason { get; set; }

    public ListEntryInput ToInput() => new(List, LifecycleDates.Parse(On), Reason);

    public ListRemovalInput ToRemoval() => new(LifecycleDates.Parse(On), Reason);
}

internal static class LifecycleDates
{
    /// <summary>A date input's value; anything else reads as no date, which the service refuses by name.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
