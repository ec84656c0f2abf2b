namespace Dudao.Modules.Complaints.Handling;

/// <summary>The detail page's posted forms; numbers and dates stay text so a typo gets a field message.</summary>
public sealed class ExtendForm
{
    public string? Days { get; set; }
    public string? Reason { get; set; }
}

public sealed class InvestigationForm
{
    public string? Date { get; set; }
    public string? Method { get; set; }
    public string? Verdict { get; set; }
    public string? Findings { get; set; }
    public string? ProblemDescription { get; set; }
    public string? ProblemSeverity { get; set; }
}

public sealed class TextForm
{
    public string? Text { get; set; }
}

public sealed class TransferForm
{
    public string? Department { get; set; }
    public string? Reason { get; set; }
}

public sealed class CountyTransferForm
{
    public string? RegionCode { get; set; }
    public string? Reason { get; set; }
}
