using Dudao.Modules.Teams.Domain;

namespace Dudao.Tests.Teams;

/// <summary>The pairing rule on its own: a derangement in one circle, the same for the same seed.</summary>
public sealed class CrossPairingTests
{
    private static readonly string[] Counties = ["500101", "500102", "500103", "500104", "500105", "500106", "500107"];

    [Fact]
    public void No_region_inspects_itself_each_is_inspected_once_and_none_inspect_each_other()
    {
        for (var n = 2; n <= Counties.Length; n++)
        {
            var codes = Counties[..n];
            for (var seed = 0; seed < 200; seed++)
            {
                var pairs = CrossPairing.Pair(codes, $"seed-{seed}");
                pairs.Count.ShouldBe(n);
                pairs.ShouldAllBe(p => p.Inspecting != p.Inspected);
                pairs.Select(p => p.Inspected).Order().ShouldBe(codes);
                pairs.Select(p => p.Inspecting).Order().ShouldBe(codes);
                if (n >= 3) pairs.ShouldNotContain(p => pairs.Any(q => q.Inspecting == p.Inspected && q.Inspected == p.Inspecting));
            }
        }
    }

    [Fact]
    public void The_same_regions_and_seed_give_the_same_pairs_in_any_order()
    {
        var first = CrossPairing.Pair(Counties, "2026-下半年");
        CrossPairing.Pair(Counties.AsEnumerable().Reverse(), "2026-下半年").ShouldBe(first);
        Enumerable.Range(0, 20).Select(i => CrossPairing.Pair(Counties, $"other-{i}")).ShouldContain(p => !p.SequenceEqual(first));
    }
}
