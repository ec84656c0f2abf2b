using System.Net;
using System.Security.Cryptography;
using Dudao.Modules.Shared.Clients;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Dudao.Tests.Shared;

public sealed class ClientPseudonymsTests
{
    private static readonly IPAddress Client = IPAddress.Parse("203.0.113.5");

    private static ClientPseudonyms Instance(FakeTimeProvider clock, string? key) =>
        new(clock, new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ClientPseudonyms.Setting] = key }).Build());

    [Fact]
    public void Instances_sharing_the_key_agree_on_a_client_for_the_day_and_never_show_its_address()
    {
        var clock = new FakeTimeProvider(TestApp.Now);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var (a, b) = (Instance(clock, key), Instance(clock, key));
        var today = a.Of(Client);
        b.Of(Client).ShouldBe(today);
        today.ShouldNotContain("203.0.113.5");
        a.Of(IPAddress.Parse("203.0.113.6")).ShouldNotBe(today);

        clock.Advance(TimeSpan.FromDays(1));
        a.Of(Client).ShouldNotBe(today, "no pseudonym lasts beyond its day");
        b.Of(Client).ShouldBe(a.Of(Client));
    }

    [Fact]
    public void Without_a_key_each_instance_keeps_its_own_and_a_malformed_key_names_the_setting()
    {
        var clock = new FakeTimeProvider(TestApp.Now);
        Instance(clock, null).Of(Client).ShouldNotBe(Instance(clock, null).Of(Client));
        Should.Throw<InvalidOperationException>(() => Instance(clock, "c2hvcnQ=")).Message.ShouldContain(ClientPseudonyms.Setting);
    }
}
