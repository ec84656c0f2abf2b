namespace Dudao.Bench.Coverage;

/// <summary>The benches' command line: "--name value" pairs.</summary>
internal static class BenchArgs
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2) map[args[i].TrimStart('-')] = args[i + 1];
        return map;
    }
}
