using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Dudao.Modules.Teams.Domain;

/// <summary>
/// Pairs regions for a cross-inspection batch: the codes, sorted, are shuffled by Fisher–Yates with
/// numbers from SHA-256(seed ‖ counter), and each region inspects the next one round the circle.
/// One circle through all of them is a derangement (nobody inspects itself, everybody is inspected
/// once) and, with three or more regions, never lets two regions inspect each other (互查).
/// The same codes and seed always give the same pairs.
/// </summary>
public static class CrossPairing
{
    public static IReadOnlyList<(string Inspecting, string Inspected)> Pair(IEnumerable<string> regionCodes, string seed)
    {
        var codes = regionCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (codes.Length < 2) throw new ArgumentException("At least two regions are paired.", nameof(regionCodes));
        var counter = 0u;
        for (var i = codes.Length - 1; i > 0; i--)
        {
            var j = (int)Uniform(seed, ref counter, (uint)(i + 1));
            (codes[i], codes[j]) = (codes[j], codes[i]);
        }
        return codes.Select((code, i) => (code, codes[(i + 1) % codes.Length])).ToList();
    }

    /// <summary>A fresh seed an office may keep or replace: 16 hex digits.</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary>A number below <paramref name="bound"/> without modulo bias (rejecting the top of the range).</summary>
    private static uint Uniform(string seed, ref uint counter, uint bound)
    {
        var limit = uint.MaxValue - uint.MaxValue % bound;
        while (true)
        {
            var block = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{counter++}"));
            var value = BinaryPrimitives.ReadUInt32BigEndian(block);
            if (value < limit) return value % bound;
        }
    }
}
