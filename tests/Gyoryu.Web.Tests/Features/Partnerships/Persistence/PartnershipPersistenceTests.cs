using System.Net;
using System.Net.Http.Json;
using System.Text;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Tests.Features.Partnerships.Persistence;

/// <summary>
/// What must survive a round trip through each database: the aggregate and its parts, the version check, the live-pair
/// index, partial dates and instants, the filters' SQL. Owners here are 서울 districts (11xxx), one or two per test.
/// </summary>
[Collection(WritableAppCollection.Name)]
public sealed class PartnershipPersistenceTests(WritableApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_reference_tables_and_the_demo_data_are_loaded()
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            (await db.LocalGovernments.CountAsync()).ShouldBeGreaterThanOrEqualTo(243);
            (await db.Countries.CountAsync()).ShouldBeGreaterThan(240);
            (await db.ForeignCities.CountAsync()).ShouldBeGreaterThan(40_000);
        }

        var gimpo = await client.ListAsync("/api/local-governments/41570/partnerships");
        gimpo.Items.Count(p => p.Status == PartnershipStatus.Active && p.Type == PartnershipType.SisterCity).ShouldBe(6);
        gimpo.Items.ShouldContain(p => p.PartnerNameKo == "울릉군" && p.Status == PartnershipStatus.Negotiating);
    }

    [Fact]
    public async Task The_database_is_reported_ready()
    {
        using var response = await client.GetAsync("/health/ready");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_created_partnership_is_stored_with_its_details()
    {
        var created = await client.CreateCandidateAsync("11110", "Sapporo", "JP", fields: ["Administration", "Sports", "청소년"]);

        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var stored = await db.Partnerships.Include(p => p.Timeline).SingleAsync(p => p.Id == created.Summary.Id);
            stored.OwnerCode.ShouldBe("11110");
            stored.PartnerKind.ShouldBe(PartnerKind.ForeignCity);
            stored.PartnerForeignCityId.ShouldNotBeNull();
            stored.PairKey.ShouldBe($"11110|FC:{stored.PartnerForeignCityId}");
            stored.Status.ShouldBe(PartnershipStatus.Candidate);
            stored.Type.ShouldBe(PartnershipType.SisterCity);
            stored.Fields.ShouldBe(ExchangeFields.Administration | ExchangeFields.Sports | ExchangeFields.Youth);
            stored.Motive.ShouldBe("Sapporo 교류 추진");
            stored.Version.ShouldBe(created.Version);
            stored.Timeline.ShouldHaveSingleItem().Kind.ShouldBe(TimelineKind.CandidateRegistered);
        }
    }

    [Fact]
    public async Task The_lifecycle_is_stored_step_by_step()
    {
        var candidate = await client.CreateCandidateAsync("11140", "Nagoya", "JP");
        var exploring = await client.StepOkAsync(candidate.Summary.Id, "information-gathering", new { version = candidate.Version, on = "2023-09-01" });
        var negotiating = await client.StepOkAsync(candidate.Summary.Id, "working-meetings",
            new { version = exploring.Version, heldOn = "2023-10", place = "나고야시청", attendees = "중구 대표단", agreedFields = new[] { "Economy" } });
        var approved = await client.StepOkAsync(candidate.Summary.Id, "council-approvals",
            new { version = negotiating.Version, approvedOn = "2024-02-20", forType = "SisterCity", resolutionNumber = "제1234호" });
        var signed = await client.StepOkAsync(candidate.Summary.Id, "agreement",
            new { version = approved.Version, type = "SisterCity", signedOn = "2024-04-01", place = "중구청", expiresOn = "2029-03-31" });

        signed.Version.ShouldBe(candidate.Version + 4);
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var stored = await db.Partnerships
                .Include(p => p.Meetings).Include(p => p.CouncilApprovals).Include(p => p.Timeline)
                .AsSplitQuery().SingleAsync(p => p.Id == candidate.Summary.Id);
            stored.Status.ShouldBe(PartnershipStatus.Active);
            stored.SignedType.ShouldBe(PartnershipType.SisterCity);
            stored.SignedOn.ShouldBe(PartialDate.OfDay(new DateOnly(2024, 4, 1)));
            stored.SignedYear.ShouldBe(2024);
            stored.SigningPlace.ShouldBe("중구청");
            stored.ExpiresOn.ShouldBe(new DateOnly(2029, 3, 31));
            stored.Version.ShouldBe(signed.Version);
            var meeting = stored.Meetings.ShouldHaveSingleItem();
            meeting.HeldOn.ShouldBe(PartialDate.OfMonth(2023, 10));
            meeting.AgreedFields.ShouldBe(ExchangeFields.Economy);
            var approval = stored.CouncilApprovals.ShouldHaveSingleItem();
            approval.ApprovedOn.ShouldBe(new DateOnly(2024, 2, 20));
            approval.ForType.ShouldBe(PartnershipType.SisterCity);
            approval.ResolutionNumber.ShouldBe("제1234호");
            stored.Timeline.Count.ShouldBe(5);
            stored.Timeline.Select(t => t.StatusAfter).ShouldBe(
                [PartnershipStatus.Candidate, PartnershipStatus.Exploring, PartnershipStatus.Negotiating, PartnershipStatus.CouncilApproved, PartnershipStatus.Active],
                ignoreOrder: true);
        }
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_409_and_nothing_changes()
    {
        var candidate = await client.CreateCandidateAsync("11170", "Sendai", "JP");
        var exploring = await client.StepOkAsync(candidate.Summary.Id, "information-gathering", new { version = candidate.Version, on = "2024-01-10" });

        using var stale = await client.StepAsync(candidate.Summary.Id, "termination",
            new { version = candidate.Version, on = "2024-02-01", reason = "중단", decision = "구청장 결재" });

        await stale.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var stored = await db.Partnerships.Include(p => p.Timeline).SingleAsync(p => p.Id == candidate.Summary.Id);
            stored.Status.ShouldBe(PartnershipStatus.Exploring);
            stored.Version.ShouldBe(exploring.Version);
            stored.TerminatedOn.ShouldBeNull();
            stored.Timeline.Count.ShouldBe(2);
        }
    }

    [Fact]
    public async Task Of_two_saves_from_the_same_version_only_one_is_kept()
    {
        var candidate = await client.CreateCandidateAsync("11200", "Yokohama", "JP");

        var responses = await Task.WhenAll(
            client.StepAsync(candidate.Summary.Id, "working-meetings", new { version = candidate.Version, heldOn = "2024-02-01", place = "성동구청", attendees = "담당자 A" }),
            client.StepAsync(candidate.Summary.Id, "working-meetings", new { version = candidate.Version, heldOn = "2024-02-02", place = "요코하마시청", attendees = "담당자 B" }));

        var statuses = responses.Select(r => r.StatusCode).Order().ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        var after = await client.GetPartnershipAsync(candidate.Summary.Id);
        after.Version.ShouldBe(candidate.Version + 1);
        after.Meetings.ShouldHaveSingleItem();
        after.Timeline.Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_filters_select_the_same_rows_on_every_database()
    {
        const string owner = "11215";
        var yokohama = await client.CreateExistingAsync(owner, "Yokohama", "JP", "SisterCity", "2006", ["Administration"]);
        var hiroshima = await client.CreateExistingAsync(owner, "Hiroshima", "JP", "Friendship", "2023-04", ["Economy", "Tourism"]);
        var taichung = await client.CreateExistingAsync(owner, "Taichung", "TW", "ExchangeMou", "2024-05-14", ["Education"]);
        var khabarovsk = await client.CreateCandidateAsync(owner, "Khabarovsk", "RU", type: "Friendship", fields: ["Sports"]);
        var sinan = await client.CreatePartnershipAsync(owner, new
        {
            partnerLocalGovernmentCode = "46910",
            type = "SisterCity",
            fields = new[] { "Agriculture" },
            existingAgreement = true,
            signedOn = "2015",
        });

        async Task<int[]> Ids(string query) =>
            [.. (await client.ListAsync($"/api/partnerships?government={owner}&{query}")).Items.Select(p => p.Id).Order()];

        int[] Expect(params Gyoryu.Web.Features.Partnerships.PartnershipDetail[] details) => [.. details.Select(d => d.Summary.Id).Order()];

        (await Ids(string.Empty)).ShouldBe(Expect(yokohama, hiroshima, taichung, khabarovsk, sinan));
        (await Ids("type=Friendship")).ShouldBe(Expect(hiroshima, khabarovsk));
        (await Ids("type=ExchangeMou")).ShouldBe(Expect(taichung));
        (await Ids("status=Candidate")).ShouldBe(Expect(khabarovsk));
        (await Ids("status=Active")).ShouldBe(Expect(yokohama, hiroshima, taichung, sinan));
        (await Ids("country=JP")).ShouldBe(Expect(yokohama, hiroshima));
        (await Ids("country=tw")).ShouldBe(Expect(taichung));
        (await Ids("country=KR")).ShouldBe(Expect(sinan));
        (await Ids("field=Economy")).ShouldBe(Expect(hiroshima));
        (await Ids("field=교육")).ShouldBe(Expect(taichung));
        (await Ids("decade=2020")).ShouldBe(Expect(hiroshima, taichung));
        (await Ids("decade=2010")).ShouldBe(Expect(sinan));
        (await Ids("decade=2000")).ShouldBe(Expect(yokohama));
        (await Ids("q=HIROSHIMA")).ShouldBe(Expect(hiroshima));
        (await Ids("q=khab")).ShouldBe(Expect(khabarovsk));
        (await Ids("q=%EC%A0%84%EB%9D%BC%EB%82%A8%EB%8F%84")).ShouldBe(Expect(sinan)); // 전라남도
        (await Ids("type=Friendship&status=Active&country=JP&decade=2020&field=Tourism")).ShouldBe(Expect(hiroshima));

        var ordered = (await client.ListAsync($"/api/partnerships?government={owner}")).Items.Select(p => p.SignedOn).ToList();
        ordered.ShouldBe(["2024-05-14", "2023-04", "2015", "2006", null]);
    }

    [Fact]
    public async Task The_database_keeps_one_live_tie_per_pair_and_allows_a_new_one_after_termination()
    {
        var stamp = new Stamp("test", DateTimeOffset.UtcNow);
        var partner = new PartnerRef(PartnerKind.LocalGovernment, "11260", null);
        int firstId;
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var first = Partnership.RegisterCandidate("11230", partner, "KR", PartnershipType.SisterCity, ExchangeFields.Administration, null, stamp);
            db.Partnerships.Add(first);
            await db.SaveChangesAsync();
            firstId = first.Id;
        }

        // The other side registering the same pair bypasses the command's check: the unique index must still refuse it.
        (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            db.Partnerships.Add(Partnership.RegisterCandidate(
                "11260", new PartnerRef(PartnerKind.LocalGovernment, "11230", null), "KR", PartnershipType.Friendship, ExchangeFields.None, null, stamp));
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var first = await db.Partnerships.SingleAsync(p => p.Id == firstId);
            first.Terminate(new DateOnly(2024, 1, 1), "중단", "구청장 결재", stamp);
            await db.SaveChangesAsync();
        }

        (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var again = Partnership.RegisterCandidate("11260", new PartnerRef(PartnerKind.LocalGovernment, "11230", null), "KR", PartnershipType.Friendship, ExchangeFields.None, null, stamp);
            db.Partnerships.Add(again);
            await db.SaveChangesAsync();
            (await db.Partnerships.CountAsync(p => p.PairKey == "11230|11260")).ShouldBe(2);
        }

        using var third = await client.PostAsJsonAsync("/api/local-governments/11230/partnerships",
            new { partnerLocalGovernmentCode = "11260", type = "SisterCity" }, GyoryuAppFactory.Json);
        await third.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await third.ProblemAsync()).GetProperty("rule").GetString().ShouldBe("partnership.duplicate");
    }

    [Fact]
    public async Task Partial_dates_are_stored_as_sortable_text_and_read_back_as_they_were()
    {
        const string owner = "11290";
        var year = await client.CreateExistingAsync(owner, "Omsk", "RU", "SisterCity", "2006");
        var month = await client.CreateExistingAsync(owner, "Kazan", "RU", "SisterCity", "2023-04");
        var day = await client.CreateExistingAsync(owner, "Irkutsk", "RU", "Friendship", "2024-05-14");
        var unknown = await client.CreateExistingAsync(owner, "Novosibirsk", "RU", "Friendship", null);

        (await client.GetPartnershipAsync(year.Summary.Id)).Summary.SignedOn.ShouldBe("2006");
        (await client.GetPartnershipAsync(month.Summary.Id)).Summary.SignedOn.ShouldBe("2023-04");
        (await client.GetPartnershipAsync(day.Summary.Id)).Summary.SignedOn.ShouldBe("2024-05-14");
        (await client.GetPartnershipAsync(unknown.Summary.Id)).Summary.SignedOn.ShouldBeNull();

        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var stored = await db.Partnerships.Where(p => p.OwnerCode == owner).ToDictionaryAsync(p => p.Id);
            stored[year.Summary.Id].SignedOn!.Value.Precision.ShouldBe(DatePrecision.Year);
            stored[month.Summary.Id].SignedOn!.Value.Precision.ShouldBe(DatePrecision.Month);
            stored[day.Summary.Id].SignedOn!.Value.Precision.ShouldBe(DatePrecision.Day);
            stored[year.Summary.Id].SignedYear.ShouldBe(2006);
            stored[unknown.Summary.Id].SignedYear.ShouldBeNull();

            var texts = await db.Database
                .SqlQuery<string>($"SELECT \"SignedOn\" AS \"Value\" FROM \"Partnerships\" WHERE \"OwnerCode\" = {owner} AND \"SignedOn\" IS NOT NULL ORDER BY \"SignedOn\"")
                .ToListAsync();
            texts.ShouldBe(["2006", "2023-04", "2024-05-14"]);
        }
    }

    [Fact]
    public async Task An_instant_is_read_back_as_the_same_instant_in_UTC()
    {
        // Microsecond precision: what PostgreSQL's timestamptz keeps.
        var at = new DateTimeOffset(2024, 5, 14, 10, 30, 15, TimeSpan.FromHours(9)).AddTicks(1_234_560);
        var stamp = new Stamp("시각 검사", at);
        int id;
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var partnership = Partnership.RegisterCandidate(
                "11305", new PartnerRef(PartnerKind.LocalGovernment, "11320", null), "KR", PartnershipType.Friendship, ExchangeFields.None, null, stamp);
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync();
            id = partnership.Id;
        }

        (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var stored = await db.Partnerships.Include(p => p.Timeline).SingleAsync(p => p.Id == id);
            stored.CreatedAt.ShouldBe(at);
            stored.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
            stored.CreatedAt.UtcDateTime.ShouldBe(new DateTime(2024, 5, 14, 1, 30, 15, DateTimeKind.Utc).AddTicks(1_234_560));
            stored.UpdatedAt.ShouldBe(at);
            stored.Timeline.ShouldHaveSingleItem().RecordedAt.ShouldBe(at);

            (await db.TimelineEntries.CountAsync(t => t.PartnershipId == id && t.RecordedAt > at.AddTicks(-10))).ShouldBe(1);
            (await db.TimelineEntries.CountAsync(t => t.PartnershipId == id && t.RecordedAt > at.AddSeconds(1))).ShouldBe(0);
        }

        var viaApi = await client.GetPartnershipAsync(id);
        viaApi.Timeline.ShouldHaveSingleItem().RecordedAt.ShouldBe(at);
    }

    [Fact]
    public async Task Document_bytes_are_stored_and_read_back_unchanged()
    {
        var partnership = await client.CreateExistingAsync("11350", "Vladivostok", "RU", "Friendship", "2019");
        var pdf = new byte[3000];
        Encoding.ASCII.GetBytes("%PDF-1.5\n").CopyTo(pdf, 0);
        for (var i = 9; i < pdf.Length; i++)
        {
            pdf[i] = (byte)(i * 31);
        }

        using var upload = await DocumentUploadTests.Upload(client, partnership.Summary.Id, partnership.Version, "협약서.pdf", pdf);
        await upload.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var document = (await client.GetPartnershipAsync(partnership.Summary.Id)).Documents.ShouldHaveSingleItem();

        using var download = await client.GetAsync($"/api/partnerships/{partnership.Summary.Id}/documents/{document.Id}");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
    }
}
