using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Domain.Discovery.Scoring;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Discovery.Recommendations;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Web.Tests.Features.Discovery.Recommendations;

/// <summary>The index over a handful of rows in an in-memory SQLite database: which rows become places and ties, and when it rebuilds.</summary>
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)]
public sealed class DiscoveryIndexTests : IAsyncLifetime
{
    private static readonly Stamp Stamp = new("테스트", DateTimeOffset.UtcNow);
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private ServiceProvider services = null!;
    private int tokyo;
    private int osaka;
    private int heze;
    private int paris;

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<DiscoveryIndex>();
        collection.AddSingleton<DiscoveryIndexInvalidation>();
        collection.AddDbContext<GyoryuDbContext>((provider, options) =>
            options.UseSqlite(connection).AddInterceptors(provider.GetRequiredService<DiscoveryIndexInvalidation>()));
        services = collection.BuildServiceProvider();

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GyoryuDbContext>();
        await db.Database.EnsureCreatedAsync();
        db.Countries.AddRange(
            new Country("KR", "KOR", "대한민국", "South Korea", "Asia"), new Country("JP", "JPN", "일본", "Japan", "Asia"),
            new Country("CN", "CHN", "중국", "China", "Asia"), new Country("FR", "FRA", "프랑스", "France", "Europe"));
        db.LocalGovernments.AddRange(
            new LocalGovernment("41570", "김포시", "Gimpo-si", "41000", "경기도", Tier.Basic, 484512, "2025-09", 37.6784, 126.6249),
            new LocalGovernment("41460", "용인시", "Yongin-si", "41000", "경기도", Tier.Basic, 1080000, "2025-09", 37.2, 127.2),
            new LocalGovernment("47110", "포항시", "Pohang-si", "47000", "경상북도", Tier.Basic, 490000, "2025-09", 36.0, 129.3));
        var cities = new[]
        {
            ForeignCity.FromReference("jp-tokyo", "Tokyo", "JP", "Tokyo", 37_000_000, 35.68, 139.69),
            ForeignCity.FromReference("jp-osaka", "Osaka", "JP", "Osaka", 19_000_000, 34.69, 135.50),
            ForeignCity.FromReference("cn-heze", "Heze", "CN", "Shandong", 8_700_000, 35.23, 115.48),
            ForeignCity.FromReference("fr-paris", "Paris", "FR", "Île-de-France", 11_000_000, 48.86, 2.35),
        };
        db.ForeignCities.AddRange(cities);
        await db.SaveChangesAsync();
        (tokyo, osaka, heze, paris) = (cities[0].Id, cities[1].Id, cities[2].Id, cities[3].Id);

        var import = TwinImport.Start("twins.csv", new string('0', 64), 1, Stamp);
        db.TwinImports.Add(import);
        await db.SaveChangesAsync();
        db.TwinLinks.Add(TwinLink.Between(PlaceKey.OfGovernment("41570"), PlaceKey.OfForeignCity(tokyo), import.Id, 2));
        db.Partnerships.Add(Partnership.RegisterExistingAgreement(
            "41570", new PartnerRef(PartnerKind.ForeignCity, null, heze), "CN", PartnershipType.SisterCity, null, ExchangeFields.Administration, null, Stamp));
        var ended = Partnership.RegisterExistingAgreement(
            "41570", new PartnerRef(PartnerKind.ForeignCity, null, paris), "FR", PartnershipType.Friendship, null, ExchangeFields.Administration, null, Stamp);
        ended.Terminate(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)), "교류 중단", "시장 결재", Stamp);
        db.Partnerships.Add(ended);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task Governments_and_foreign_cities_become_places_with_their_province_or_region()
    {
        var snapshot = await Index.FreshAsync();

        snapshot.Index.Count.ShouldBe(7);
        snapshot.Stats.KoreanPlaces.ShouldBe(3);
        var gimpo = snapshot.Index.IndexOf("KR-41570");
        snapshot.Index.RegionName(gimpo).ShouldBe("경기도");
        snapshot.Places[gimpo].NameKo.ShouldBe("김포시");
        snapshot.Index.RegionName(snapshot.Index.IndexOf(PlaceKey.OfForeignCity(heze))).ShouldBe("Shandong");
        snapshot.Country(snapshot.Index.IndexOf(PlaceKey.OfForeignCity(osaka))).NameKo.ShouldBe("일본");
    }

    [Fact]
    public async Task A_twin_link_and_a_live_partnership_are_ties_but_a_terminated_one_is_not()
    {
        var snapshot = await Index.FreshAsync();
        var gimpo = snapshot.Index.IndexOf("KR-41570");

        snapshot.Index.AreTied(gimpo, snapshot.Index.IndexOf(PlaceKey.OfForeignCity(tokyo))).ShouldBeTrue();
        snapshot.Index.AreTied(gimpo, snapshot.Index.IndexOf(PlaceKey.OfForeignCity(heze))).ShouldBeTrue();
        snapshot.Index.AreTied(gimpo, snapshot.Index.IndexOf(PlaceKey.OfForeignCity(paris))).ShouldBeFalse();
        snapshot.Stats.Ties.ShouldBe(2);
        snapshot.HasNetwork.ShouldBeTrue();
    }

    [Fact]
    public async Task Places_already_tied_to_the_source_are_never_recommended()
    {
        var snapshot = await Index.FreshAsync();

        var ranked = snapshot.Recommender.Rank("KR-41570", RankingFilter.None, snapshot.Weights.Weights, 10).Select(r => r.PlaceId).ToList();

        ranked.ShouldNotContain(PlaceKey.OfForeignCity(tokyo));
        ranked.ShouldNotContain(PlaceKey.OfForeignCity(heze));
        ranked.ShouldContain(PlaceKey.OfForeignCity(paris));
        ranked.ShouldContain(PlaceKey.OfForeignCity(osaka));
    }

    [Fact]
    public async Task Without_a_fitted_import_the_default_weights_are_used()
    {
        var snapshot = await Index.FreshAsync();

        snapshot.Weights.Weights.ShouldBe(ScoringWeights.Default);
        snapshot.Weights.Korean.ShouldBe("기본값");
    }

    [Fact]
    public async Task Saving_a_partnership_makes_the_index_stale_and_the_next_build_includes_it()
    {
        var before = await Index.FreshAsync();

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GyoryuDbContext>();
            db.Partnerships.Add(Partnership.RegisterCandidate(
                "41570", new PartnerRef(PartnerKind.ForeignCity, null, osaka), "JP", PartnershipType.Friendship, ExchangeFields.Tourism, null, Stamp));
            await db.SaveChangesAsync();
        }

        Index.Generation.ShouldBeGreaterThan(before.Generation);
        (await Index.SnapshotAsync()).ShouldBeSameAs(before); // readers keep the old index while the new one builds
        var after = await Index.FreshAsync();
        after.Index.AreTied(after.Index.IndexOf("KR-41570"), after.Index.IndexOf(PlaceKey.OfForeignCity(osaka))).ShouldBeTrue();
    }

    [Fact]
    public async Task Saving_something_the_index_does_not_read_leaves_it_current()
    {
        var before = await Index.FreshAsync();

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GyoryuDbContext>();
            db.Candidates.Add(Domain.Discovery.Candidates.Candidate.Add(
                "41570", new PartnerRef(PartnerKind.ForeignCity, null, osaka), Domain.Discovery.Candidates.CandidateSource.Recommendation,
                ExchangeFields.Tourism, null, Stamp));
            await db.SaveChangesAsync();
        }

        Index.Generation.ShouldBe(before.Generation);
        (await Index.FreshAsync()).ShouldBeSameAs(before);
    }

    [Fact]
    public async Task An_explicit_invalidation_rebuilds_once_for_many_readers()
    {
        var before = await Index.FreshAsync();

        Index.Invalidate();
        var rebuilt = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Index.FreshAsync()));

        rebuilt.ShouldAllBe(s => ReferenceEquals(s, rebuilt[0]));
        rebuilt[0].ShouldNotBeSameAs(before);
    }

    private DiscoveryIndex Index => services.GetRequiredService<DiscoveryIndex>();
}
