namespace Dudao.Modules.Rectification.Lifecycle;

/// <summary>Evidence files belong to the history step that submitted them.</summary>
public static class ProblemFiles
{
    public const string OwnerKind = "problem-step";
    public const int MaxFiles = 10;
}
