namespace Dudao.Modules.Complaints.Domain;

/// <summary>Lengths the forms, the API and the columns share.</summary>
public static class ComplaintLimits
{
    public const int ContentMin = 10;
    public const int ContentMax = 4000;
    public const int TargetNameMax = 100;
    public const int ReporterNameMax = 50;
    public const int ReplyMax = 2000;
    public const int FindingsMax = 4000;
    public const int ReasonMax = 500;
    public const int EvidenceFilesMax = 3;
}
