using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Dudao.Modules.Campaigns.Domain;

public sealed record DrawPair(string TargetId, IReadOnlyList<string> InspectorIds);

/// <param name="Targets">The drawn targets, in the order drawn.</param>
/// <param name="Inspectors">The inspectors paired with them, in the order first paired.</param>
public sealed record DrawResult(string Algorithm, string Seed, string InputsHash, IReadOnlyList<string> Targets, IReadOnlyList<string> Inspectors,
    IReadOnlyList<DrawPair> Pairs)
{
    public string ToCanonicalJson() => CanonicalJson.Write(new JsonObject
    {
        ["algorithm"] = Algorithm,
        ["inputsHash"] = InputsHash,
        ["inspectors"] = new JsonArray([.. Inspectors.Select(i => (JsonNode)JsonValue.Create(i))]),
        ["pairs"] = new JsonArray([.. Pairs.Select(p => (JsonNode)new JsonObject
        {
            ["inspectorIds"] = new JsonArray([.. p.InspectorIds.Select(i => (JsonNode)JsonValue.Create(i))]),
            ["targetId"] = p.TargetId,
        })]),
        ["seed"] = Seed,
        ["targets"] = new JsonArray([.. Targets.Select(t => (JsonNode)JsonValue.Create(t))]),
    });

    public static DrawResult Parse(string canonical)
    {
        var o = JsonNode.Parse(canonical)!.AsObject();
        static List<string> Ids(JsonNode? a) => [.. a!.AsArray().Select(n => n!.GetValue<string>())];
        return new DrawResult(o["algorithm"]!.GetValue<string>(), o["seed"]!.GetValue<string>(), o["inputsHash"]!.GetValue<string>(),
            Ids(o["targets"]), Ids(o["inspectors"]),
            [.. o["pairs"]!.AsArray().Select(p => new DrawPair(p!["targetId"]!.GetValue<string>(), Ids(p["inspectorIds"])))]);
    }
}

/// <summary>
/// dudao-draw-v1, specified in docs/draw-algorithm.md and reimplemented in tools/draw/recompute.py: a pure
/// function of the canonical input document and the seed. Random numbers come from SHA-256 in counter
/// mode over (seed, inputsHash, counter); an index below n by rejection sampling (no modulo bias);
/// targets by a partial Fisher–Yates shuffle; inspectors by a full shuffle dealt round-robin to the drawn
/// targets, skipping any inspector in conflict with the target or already in its team.
/// </summary>
public static partial class DrawAlgorithm
{
    public const string Name = "dudao-draw-v1";

    /// <summary>What a seed may hold: letters, digits, '-' and '.', up to 64 (so the generator's text needs no escaping).</summary>
    public static bool IsValidSeed(string? seed) => seed is not null && SeedShape().IsMatch(seed);

    public static DrawResult Run(string canonicalInput, string seed)
    {
        if (!IsValidSeed(seed)) throw new ArgumentException("The seed holds characters outside [0-9A-Za-z.-] or is longer than 64.", nameof(seed));
        var inputsHash = CanonicalJson.Sha256(canonicalInput);
        var doc = DrawDocument.Parse(canonicalInput);
        var random = new Generator(seed, inputsHash);

        var targets = doc.Targets.Select(t => t.Id).ToList();
        var count = Math.Min(doc.TargetCount, targets.Count);
        random.ShufflePrefix(targets, count);
        var drawn = targets.Take(count).ToList();

        var dealer = doc.Inspectors.Select(i => i.Id).ToList();
        random.ShufflePrefix(dealer, dealer.Count);
        var conflicts = doc.Conflicts.Select(c => (c.InspectorId, c.TargetId)).ToHashSet();
        var pairs = new List<DrawPair>();
        var next = 0;
        foreach (var target in drawn)
        {
            var team = new List<string>();
            var scanned = 0;
            while (team.Count < doc.InspectorCount && scanned < dealer.Count)
            {
                var candidate = dealer[(next + scanned) % dealer.Count];
                scanned++;
                if (!conflicts.Contains((candidate, target))) team.Add(candidate);
            }
            if (team.Count < doc.InspectorCount) throw new InvalidOperationException($"Target {target} has fewer than {doc.InspectorCount} inspectors free of conflict.");
            next = (next + scanned) % dealer.Count;
            pairs.Add(new DrawPair(target, team));
        }
        var inspectors = pairs.SelectMany(p => p.InspectorIds).Distinct().ToList();
        return new DrawResult(Name, seed, inputsHash, drawn, inspectors, pairs);
    }

    /// <summary>SHA-256("{seed}:{inputsHash}:{counter}") for counter 0, 1, 2 …, read as big-endian 32-bit words.</summary>
    private sealed class Generator(string seed, string inputsHash)
    {
        private byte[] _block = [];
        private int _offset;
        private long _counter;

        public uint NextUInt32()
        {
            if (_offset == _block.Length)
            {
                _block = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{inputsHash}:{_counter.ToString(CultureInfo.InvariantCulture)}"));
                _counter++;
                _offset = 0;
            }
            var value = BinaryPrimitives.ReadUInt32BigEndian(_block.AsSpan(_offset, 4));
            _offset += 4;
            return value;
        }

        /// <summary>Uniform in [0, n): words at or above the largest multiple of n below 2^32 are drawn again.</summary>
        public int Below(int n)
        {
            var limit = (1UL << 32) / (ulong)n * (ulong)n;
            while (true)
            {
                var x = NextUInt32();
                if (x < limit) return (int)(x % (uint)n);
            }
        }

        /// <summary>Fisher–Yates from the front: position i (0 ≤ i &lt; min(k, n − 1)) swaps with i + Below(n − i).</summary>
        public void ShufflePrefix(List<string> items, int k)
        {
            for (var i = 0; i < Math.Min(k, items.Count - 1); i++)
            {
                var j = i + Below(items.Count - i);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }

    [GeneratedRegex("^[0-9A-Za-z.-]{1,64}$")]
    private static partial Regex SeedShape();
}
