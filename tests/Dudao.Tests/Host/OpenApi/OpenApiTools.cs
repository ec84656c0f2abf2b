using System.Diagnostics;

namespace Dudao.Tests.Host.OpenApi;

/// <summary>
/// Runs the npm tools of <c>tests/openapi</c> (Redocly CLI, openapi-typescript) on a document, as
/// <c>npx --no-install</c> from that folder: the versions its lock file pins, never a download.
/// </summary>
internal static class OpenApiTools
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string Folder { get; } = FindFolder();

    /// <summary>The exit code and everything the tool printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] arguments)
    {
        File.Exists(Path.Combine(Folder, "node_modules", ".bin", tool)).ShouldBeTrue(
            $"{tool} is not installed: run `npm ci` in {Folder} (the test project's build does this)");
        var start = new ProcessStartInfo("npx") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--no-install", tool, .. arguments]) start.ArgumentList.Add(argument);
        // Nothing leaves the machine: no telemetry, no update check.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {Timeout}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string FindFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dudao.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Dudao.slnx not found above the test output"), "tests", "openapi");
    }
}
