namespace Dudao.Modules.Platform.Rules;

/// <summary>
/// Where a rule's default value comes from, so an office can tell the numbers the policy documents set
/// from the ones Dudao chose: a seed document (with its section), a regulation, or a local default.
/// </summary>
/// <param name="Kind"><see cref="SeedKind"/> | <see cref="RegulationKind"/> | <see cref="LocalKind"/>.</param>
/// <param name="Citation">The document and section, the regulation, or for a local default what it rests on.</param>
public sealed record RuleSource(string Kind, string Citation)
{
    public const string SeedKind = "seed";
    public const string RegulationKind = "regulation";
    public const string LocalKind = "local";

    /// <summary>A number the seed documents state, e.g. ("000 §5", "每月至少到校督导1次").</summary>
    public static RuleSource Seed(string document, string quote) => new(SeedKind, $"{document}：{quote}");

    public static RuleSource Regulation(string citation) => new(RegulationKind, citation);

    /// <summary>A number Dudao chose; <paramref name="basis"/> says what, if anything, it rests on.</summary>
    public static RuleSource Local(string basis = "无文件依据，各地可按实际调整") => new(LocalKind, basis);

    public string Label => Kind switch
    {
        SeedKind => "种子文件",
        RegulationKind => "法规",
        _ => "本地默认值",
    };
}
