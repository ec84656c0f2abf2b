using Dudao.Core.Scope;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Organization;

/// <summary>The one lookup of a target by kind and id sees only the caller's subtree.</summary>
public sealed class TargetLookupTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_county_finds_its_own_school_and_institution_and_nothing_of_another_county(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (own, other, institution) = await app.WithDbAsync(async db => (
            await db.Set<School>().FirstAsync(s => s.RegionCode == "500107"),
            await db.Set<School>().FirstAsync(s => s.RegionCode == "500106"),
            await db.Set<Institution>().FirstAsync(i => i.RegionCode == "500107")));

        using var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>(), SystemUser.For("jlp-admin", "500107"));
        var targets = scope.ServiceProvider.GetRequiredService<SupervisionTargets>();

        (await targets.FindAsync(TargetKinds.School, own.Id, CancellationToken.None))
            .ShouldBe(new SupervisionTarget(TargetKinds.School, own.Id, own.Name, null, "500107", own.Code));
        (await targets.FindAsync(TargetKinds.Institution, institution.Id, CancellationToken.None))!.Code.ShouldBe(institution.Uscc);
        (await targets.FindAsync(TargetKinds.School, other.Id, CancellationToken.None)).ShouldBeNull();
        (await targets.FindAsync(TargetKinds.Institution, own.Id, CancellationToken.None)).ShouldBeNull();
        (await targets.FindAsync(TargetKinds.Person, own.Id, CancellationToken.None)).ShouldBeNull();

        (await targets.IdOfCodeAsync(TargetKinds.School, $" {own.Code} ", CancellationToken.None)).ShouldBe(own.Id);
        (await targets.IdOfCodeAsync(TargetKinds.School, other.Code, CancellationToken.None)).ShouldBe(other.Code);
    }
}
