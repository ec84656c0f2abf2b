namespace Dudao.Modules.Rectification.Domain;

/// <summary>The documents issued from a problem, as their numbers are kept (Platform's document numbers) and counted in the figures.</summary>
public static class ProblemDocuments
{
    /// <summary>整改通知书 to an institution: one per problem, numbered once.</summary>
    public const string RectificationNotice = "rectification-notice";
}
