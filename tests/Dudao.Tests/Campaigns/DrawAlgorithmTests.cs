using System.Globalization;
using System.Text.Json.Nodes;
using Dudao.Modules.Campaigns.Domain;

namespace Dudao.Tests.Campaigns;

/// <summary>The draw as a pure function of its input document and seed, in process (no database).</summary>
public sealed class DrawAlgorithmTests
{
    private static readonly string Input = Document(targets: 40, inspectors: 10, targetCount: 12, inspectorCount: 2).ToCanonicalJson();

    [Fact]
    public void The_same_inputs_and_seed_give_the_identical_draw_and_another_seed_a_different_one()
    {
        var first = DrawAlgorithm.Run(Input, "20261201-03-07-12");
        DrawAlgorithm.Run(Input, "20261201-03-07-12").ToCanonicalJson().ShouldBe(first.ToCanonicalJson());
        first.InputsHash.ShouldBe(CanonicalJson.Sha256(Input));
        first.Targets.Count.ShouldBe(12);
        first.Targets.Distinct().Count().ShouldBe(12);

        var other = DrawAlgorithm.Run(Input, "20261201-03-07-13");
        other.ToCanonicalJson().ShouldNotBe(first.ToCanonicalJson());
        other.Targets.ShouldNotBe(first.Targets);
    }

    [Fact]
    public void No_pair_is_conflicted_and_every_team_is_full_over_1000_seeds()
    {
        var doc = DrawDocument.Parse(Input);
        var conflicts = doc.Conflicts.Select(c => (c.InspectorId, c.TargetId)).ToHashSet();
        var load = new Dictionary<string, int>();
        for (var seed = 0; seed < 1000; seed++)
        {
            var result = DrawAlgorithm.Run(Input, seed.ToString(CultureInfo.InvariantCulture));
            result.Pairs.Count.ShouldBe(12);
            foreach (var pair in result.Pairs)
            {
                pair.InspectorIds.Count.ShouldBe(2);
                pair.InspectorIds.Distinct().Count().ShouldBe(2);
                pair.InspectorIds.Where(i => conflicts.Contains((i, pair.TargetId))).ShouldBeEmpty();
                foreach (var i in pair.InspectorIds) load[i] = load.GetValueOrDefault(i) + 1;
            }
        }
        // Dealt round-robin from a shuffle, every inspector takes part and none carries the draws alone.
        load.Count.ShouldBe(10);
        load.Values.Max().ShouldBeLessThan(load.Values.Min() * 2);
    }

    [Fact]
    public void The_canonical_form_sorts_keys_writes_no_whitespace_and_escapes_only_what_json_requires()
    {
        var text = CanonicalJson.Write(new JsonObject { ["b"] = "引号\"和\\反斜杠\n", ["a"] = new JsonArray(1, true, null), ["c"] = "<&>" });
        text.ShouldBe("{\"a\":[1,true,null],\"b\":\"引号\\\"和\\\\反斜杠\\n\",\"c\":\"<&>\"}");
        DrawDocument.Parse(Input).ToCanonicalJson().ShouldBe(Input);
    }

    [Fact]
    public void Seeds_outside_letters_digits_dots_and_hyphens_are_refused()
    {
        DrawAlgorithm.IsValidSeed("03-07-12.21").ShouldBeTrue();
        DrawAlgorithm.IsValidSeed("a:b").ShouldBeFalse();
        DrawAlgorithm.IsValidSeed("").ShouldBeFalse();
        DrawAlgorithm.IsValidSeed(new string('1', 65)).ShouldBeFalse();
    }

    /// <summary>Targets t00…, inspectors i00…; each inspector is assigned to every fifth target and one declared a recusal.</summary>
    internal static DrawDocument Document(int targets, int inspectors, int targetCount, int inspectorCount)
    {
        var t = Enumerable.Range(0, targets).Select(i => new DrawTarget($"t{i:00}", $"对象{i}", "500107")).ToList();
        var p = Enumerable.Range(0, inspectors).Select(i => new DrawInspector($"i{i:00}", $"督学{i}", "500107")).ToList();
        var conflicts = t.Select((target, i) => new DrawConflict(p[i % inspectors].Id, target.Id, DrawConflicts.Assigned)).ToList();
        conflicts.Add(new DrawConflict("i01", "t00", DrawConflicts.Workplace));
        conflicts.Add(new DrawConflict("i02", "t00", DrawConflicts.Recused));
        return new DrawDocument("500107", "测试抽查", "institution", new Dictionary<string, JsonNode?> { ["category"] = "学科类" }, targetCount, inspectorCount,
            new DateOnly(2026, 12, 1), "福彩3D 2026-12-01", t, p, conflicts);
    }
}
