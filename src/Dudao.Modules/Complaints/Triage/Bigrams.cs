using System.Security.Cryptography;
using System.Text;

namespace Dudao.Modules.Complaints.Triage;

/// <summary>
/// Similarity of short Chinese texts by character bigrams: Chinese has no spaces to split words
/// on, and two-character pairs carry most of a name ("启航", "艺术", "培训").
/// </summary>
public static class Bigrams
{
    /// <summary>Letters and digits only, lower case: punctuation and spacing do not make a name different.</summary>
    public static string Normalize(string? text) =>
        new((text ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    public static HashSet<string> Of(string? text)
    {
        var s = Normalize(text);
        if (s.Length < 2) return s.Length == 0 ? [] : [s];
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < s.Length - 1; i++) set.Add(s.Substring(i, 2));
        return set;
    }

    /// <summary>Sørensen–Dice: 2|A∩B| / (|A|+|B|).</summary>
    public static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    /// <summary>
    /// For a typed name against a registry name: the mean of Dice and the share of the shorter
    /// name's bigrams found in the longer, so "启航艺术" still finds "九龙坡区启航艺术培训中心".
    /// </summary>
    public static double NameScore(HashSet<string> typed, HashSet<string> registered)
    {
        var smaller = Math.Min(typed.Count, registered.Count);
        if (smaller == 0) return 0;
        var common = typed.Count(registered.Contains);
        return (2.0 * common / (typed.Count + registered.Count) + (double)common / smaller) / 2;
    }

    /// <summary>A short stable key for an unmatched target: a hash of its normalised name.</summary>
    public static string NameKey(string name) =>
        "n:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(name))))[..32];
}
