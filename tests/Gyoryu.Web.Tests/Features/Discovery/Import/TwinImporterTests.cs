using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Partners;
using Gyoryu.Web.Features.Discovery.Import;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Tests.Features.Discovery.Import;

/// <summary>Each test uses its own Korean places and made-up foreign names, so the tests do not see each other's links.</summary>
[Collection(TwinImportAppCollection.Name)]
public sealed class TwinImporterTests(TwinImportApp app)
{
    [Fact]
    public async Task Korean_name_variants_and_known_foreign_cities_are_linked()
    {
        var result = await app.ImportAsync(TwinCsv.Bytes(
            "Seoul – Songpa,South Korea,37.5051,127.1153,Montreal,Canada,45.5089,-73.5542",
            "Suseong (Daegu),South Korea,35.8342,128.6614,Montreal,Canada,45.5089,-73.5542",
            "Jung District,South Korea,35.10,129.03,Montreal,Canada,45.5089,-73.5542"));

        result.Kind.ShouldBe(TwinImportResultKind.Imported);
        result.LinksAdded.ShouldBe(3);
        result.PlacesCreated.ShouldBe(0);
        result.UnmatchedRows.ShouldBe(0);
        var montreal = await IdOfAsync("Montréal", "CA");
        (await LinksOfAsync(PlaceKey.OfForeignCity(montreal))).ShouldBe(
            [PlaceKey.OfGovernment("11710"), PlaceKey.OfGovernment("26110"), PlaceKey.OfGovernment("27260")], ignoreOrder: true);
    }

    [Fact]
    public async Task A_foreign_city_no_one_knows_is_created_once_for_two_rows()
    {
        var result = await app.ImportAsync(TwinCsv.Bytes(
            "Gimpo,South Korea,37.6784,126.6249,Quorvillette,France,45.1,4.2",
            "Quorvillette,France,45.1,4.2,Pohang,South Korea,36.09,129.3"));

        result.LinksAdded.ShouldBe(2);
        result.PlacesCreated.ShouldBe(1);
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var city = await db.ForeignCities.SingleAsync(c => c.ReferenceId == ForeignCity.TwinListReferenceId("Quorvillette", "FR"));
            city.NameEn.ShouldBe("Quorvillette");
            city.CountryCode.ShouldBe("FR");
            city.Latitude.ShouldBe(45.1);
        }

        var linked = await LinksOfAsync(PlaceKey.OfForeignCity(await IdOfAsync("Quorvillette", "FR")));
        linked.ShouldBe([PlaceKey.OfGovernment("41570"), PlaceKey.OfGovernment("47110")], ignoreOrder: true);
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_answers_with_the_first_import()
    {
        var file = TwinCsv.Bytes(
            "Jeonju,South Korea,35.82,127.15,Brelmouth,United Kingdom,50.7,-2.4",
            "Brelmouth,England,50.7,-2.4,Jeonju,South Korea,35.82,127.15",
            "Jeonju,South Korea,35.82,127.15,Atlantis,Grece,37.9,23.7");
        var first = await app.ImportAsync(file, "first.csv");
        var before = await app.CountsAsync();

        var second = await app.ImportAsync(file, "again.csv");

        (await app.CountsAsync()).ShouldBe(before);
        first.Kind.ShouldBe(TwinImportResultKind.Imported);
        (first.LinksAdded, first.LinksAlreadyKnown, first.PlacesCreated, first.UnmatchedRows).ShouldBe((1, 1, 1, 1));
        second.Kind.ShouldBe(TwinImportResultKind.AlreadyImported);
        second.ImportId.ShouldBe(first.ImportId);
        second.FileName.ShouldBe("first.csv");
        (second.Rows, second.LinksAdded, second.PlacesCreated, second.UnmatchedRows).ShouldBe((3, 1, 1, 1));
    }

    [Fact]
    public async Task A_malformed_file_imports_nothing_and_lists_every_error_with_its_line()
    {
        var before = await app.CountsAsync();

        var result = await app.ImportAsync(TwinCsv.Bytes(
            "Yeosu,South Korea,34.76,127.66,Zorblin,Germany,52.1,9.3",
            "Yeosu,South Korea,34.76,127.66,Zorblin,Germany,52.1",
            "Yeosu,South Korea,34.76,127.66,Quarnish,Germany,52.1,9.3",
            "Yeosu,South Korea,north,127.66,Quarnish,Germany,52.1,9.3"));

        result.Kind.ShouldBe(TwinImportResultKind.Malformed);
        result.ImportId.ShouldBeNull();
        result.Errors.Select(e => (e.Line, e.Rule)).ShouldBe([(3, "twin-list.column-count"), (5, "twin-list.coordinate-not-a-number")]);
        result.Errors.ShouldAllBe(e => e.Korean.Contains("번째 줄") && e.English.StartsWith("Line "));
        (await app.CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_malformed_naming_the_line()
    {
        byte[] bytes = [.. TwinCsv.Bytes("Mokpo,South Korea,34.81,126.39,Plimsk,Russia,55.1,37.2"), .. "Mokpo,South Korea,34.81,126.39,P"u8.ToArray(), 0xFF, .. "lo,France,45,5\n"u8.ToArray()];

        var result = await app.ImportAsync(bytes);

        result.Kind.ShouldBe(TwinImportResultKind.Malformed);
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Rule).ShouldBe((3, "twin-list.encoding"));
    }

    [Fact]
    public async Task Unmatched_rows_are_reported_with_their_lines_and_the_rest_is_imported()
    {
        var result = await app.ImportAsync(TwinCsv.Bytes(
            "Gangneung,South Korea,37.75,128.87,Fenwarde,Netherlands,52.1,5.1",
            "Gangneung,South Korea,37.75,128.87,\"Varna, Bulgaria\",,43.2167,27.9167",
            "Atlantis-gun,South Korea,36.0,127.0,Fenwarde,Netherlands,52.1,5.1",
            "Gangneung,South Korea,37.75,128.87,Zakynthos,Grece,37.8,20.75",
            "Fenwarde,Netherlands,52.1,5.1,Fenwarde,Netherlands,52.1,5.1"));

        result.Kind.ShouldBe(TwinImportResultKind.Imported);
        result.Rows.ShouldBe(5);
        result.LinksAdded.ShouldBe(1);
        result.UnmatchedRows.ShouldBe(4);
        (result.LinksAdded + result.LinksAlreadyKnown + result.UnmatchedRows).ShouldBe(result.Rows);
        result.Unmatched.Select(u => (u.Line, u.Side, u.Rule)).ShouldBe(
        [
            (3, 2, "twin-match.country-missing"),
            (4, 1, "twin-match.kr-not-found"),
            (5, 2, "twin-match.unknown-country"),
            (6, 2, "twin-match.same-place"),
        ]);

        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var stored = await db.TwinImports.SingleAsync(i => i.Id == result.ImportId);
            stored.UnmatchedRows.ShouldBe(4);
            stored.Unmatched().ShouldBe(result.Unmatched);
        }
    }

    [Fact]
    public async Task The_listener_hears_of_an_import_that_added_links_and_not_of_one_that_did_not()
    {
        var listener = new RecordingListener();
        var file = TwinCsv.Bytes("Suncheon,South Korea,34.95,127.49,Gravelhithe,Australia,-33.9,151.2");

        var first = await app.ImportAsync(file, listener: listener);
        await app.ImportAsync(file, listener: listener);

        listener.ImportIds.ShouldBe([first.ImportId!.Value]);
    }

    private async Task<int> IdOfAsync(string nameEn, string countryCode)
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            return await db.ForeignCities.Where(c => c.NameEn == nameEn && c.CountryCode == countryCode)
                .OrderByDescending(c => c.Population).Select(c => c.Id).FirstAsync();
        }
    }

    private async Task<List<string>> LinksOfAsync(string placeKey)
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            return await db.TwinLinks.Where(l => l.PlaceA == placeKey || l.PlaceB == placeKey)
                .Select(l => l.PlaceA == placeKey ? l.PlaceB : l.PlaceA).ToListAsync();
        }
    }

    private sealed class RecordingListener : IDiscoveryNetworkListener
    {
        public List<int> ImportIds { get; } = [];

        public Task NetworkChangedAsync(int importId, CancellationToken cancellationToken)
        {
            ImportIds.Add(importId);
            return Task.CompletedTask;
        }
    }
}
