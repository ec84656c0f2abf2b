using Dudao.Modules.Platform.AuditTrail;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Cli.Commands;

/// <summary>Checks the audit hash chain, as the nightly audit-verify job does; exit code 1 names every break.</summary>
internal static class VerifyAudit
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        var report = await services.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        output.WriteLine(report.Headline);
        foreach (var problem in report.Breaks) output.WriteLine("  " + problem);
        if (report.BreakCount > report.Breaks.Count) output.WriteLine($"  ……另有 {report.BreakCount - report.Breaks.Count} 处未列出");
        return report.Intact ? 0 : 1;
    }
}
