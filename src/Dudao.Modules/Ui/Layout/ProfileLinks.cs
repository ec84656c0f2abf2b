namespace Dudao.Modules.Ui.Layout;

/// <summary>Where the 一校一档 profile of a school or institution lives; every list that names one links there.</summary>
public static class ProfileLinks
{
    /// <summary>The profile page of a registry target, or null for kinds without one (a department, a person …).</summary>
    public static string? Href(string? kind, string? id) => string.IsNullOrEmpty(id) ? null : kind switch
    {
        "school" => $"/staff/schools/{id}",
        "institution" => $"/staff/institutions/{id}",
        _ => null,
    };
}
