using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Web.Features.Exchanges;
using Gyoryu.Web.Tests.Features.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Tests.Features.Exchanges;

/// <summary>Activities through the JSON API. Owners: 군산 (52130), 익산 (52140), 정읍 (52180).</summary>
[Collection(WritableAppCollection.Name)]
public sealed class ActivitiesApiTests(WritableApp app, ActivitiesApiTests.SmallLimitApp smallLimit) : IClassFixture<ActivitiesApiTests.SmallLimitApp>
{
    private static readonly DateOnly Day = new(2026, 8, 3);

    [Fact]
    public async Task A_recorded_activity_keeps_participants_by_kind_outcomes_and_cost_and_is_listed_for_its_partnership_and_government()
    {
        using var officer = app.OfficerOf("52130");
        var partnership = await officer.CreateExistingAsync("52130", "Akita", "JP", "SisterCity", "2001");

        var recorded = await officer.RecordOkAsync(partnership.Summary.Id, ExchangeApi.YouthExchange(Day, Day.AddDays(4)));

        recorded.Kind.ShouldBe(ActivityKind.YouthExchange);
        recorded.KindName.ShouldBe("청소년 교류·홈스테이");
        recorded.Direction.ShouldBe(VisitDirection.Inbound);
        recorded.OwnerCode.ShouldBe("52130");
        recorded.PartnerNameEn.ShouldBe("Akita");
        recorded.HeldOn.ShouldBe(Day);
        recorded.EndsOn.ShouldBe(Day.AddDays(4));
        recorded.Fields.ShouldBe(["Youth", "Education"], ignoreOrder: true);
        recorded.Participants.ShouldBe(new ParticipantsItem(3, 6, 18, 0, 27));
        recorded.Cost.ShouldBe(12_500_000);
        recorded.Outcomes.ShouldBe(new OutcomesItem(1, 0, 0, 27, "내년 답방 합의"));
        recorded.Planned.ShouldBeFalse();
        recorded.CreatedBy.ShouldBe(GyoryuAppFactory.AdministratorDisplayName);

        var listed = (await officer.PartnershipActivitiesAsync(partnership.Summary.Id)).ShouldHaveSingleItem();
        listed.Id.ShouldBe(recorded.Id);
        listed.People.ShouldBe(27);
        var government = await officer.GetFromJsonAsync<List<ActivityItem>>(
            $"/api/local-governments/52130/activities?from={Day.AddDays(2).Iso()}&to={Day.AddDays(2).Iso()}", GyoryuAppFactory.Json);
        government!.ShouldContain(a => a.Id == recorded.Id);
        var outside = await officer.GetFromJsonAsync<List<ActivityItem>>(
            $"/api/local-governments/52130/activities?from={Day.AddDays(5).Iso()}&to={Day.AddDays(30).Iso()}", GyoryuAppFactory.Json);
        outside!.ShouldNotContain(a => a.Id == recorded.Id);
    }

    [Fact]
    public async Task Revising_with_the_version_read_saves_and_a_stale_version_is_refused_and_overwrites_nothing()
    {
        using var officer = app.OfficerOf("52130");
        var partnership = await officer.CreateExistingAsync("52130", "Nara", "JP", "Friendship", "2010");
        var recorded = await officer.RecordOkAsync(partnership.Summary.Id, ExchangeApi.YouthExchange(Day));

        var revision = ExchangeApi.YouthExchange(Day);
        revision["title"] = "청소년 홈스테이 교류(수정)";
        revision["students"] = 20;
        revision["version"] = recorded.Version;
        using var saved = await officer.PutAsJsonAsync($"/api/activities/{recorded.Id}", revision, GyoryuAppFactory.Json);
        await saved.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var after = (await saved.Content.ReadFromJsonAsync<ActivityDetail>(GyoryuAppFactory.Json))!;
        after.Title.ShouldBe("청소년 홈스테이 교류(수정)");
        after.Participants.Students.ShouldBe(20);
        after.Version.ShouldBe(recorded.Version + 1);

        revision["title"] = "늦게 저장한 제목";
        using var stale = await officer.PutAsJsonAsync($"/api/activities/{recorded.Id}", revision, GyoryuAppFactory.Json);

        await stale.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        (await stale.ProblemAsync()).GetProperty("detail").GetString().ShouldBe(ExchangesApi.ActivityStaleDetail);
        var current = await officer.ActivityAsync(recorded.Id);
        current.Title.ShouldBe("청소년 홈스테이 교류(수정)");
        current.Version.ShouldBe(after.Version);
    }

    [Theory]
    [InlineData("Aomori", "cost", -1L, "cost", "비용은 0원 이상이어야 합니다.")]
    [InlineData("Yokohama", "students", -3L, "students", "학생 참가자 수는 0 이상이어야 합니다.")]
    [InlineData("Kawasaki", "exportAmount", 50_000_000L, "exportContracts", "수출 계약액이 있으면 계약 건수도 입력하세요.")]
    public async Task Bad_numbers_are_refused_beside_their_field_in_Korean_and_nothing_is_saved(string city, string property, long value, string field, string message)
    {
        using var officer = app.OfficerOf("52140");
        var partnership = await officer.CreateExistingAsync("52140", city, "JP", "SisterCity", "1999");
        var body = ExchangeApi.YouthExchange(Day);
        body[property] = value;

        using var response = await officer.RecordAsync(partnership.Summary.Id, body);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe(message);
        (await officer.PartnershipActivitiesAsync(partnership.Summary.Id)).ShouldBeEmpty();
        await partnership.Summary.Id.ShouldHaveNoActivitiesAsync(app);
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused_in_Korean_naming_the_end_date_and_nothing_is_saved()
    {
        using var officer = app.OfficerOf("52140");
        var partnership = await officer.CreateExistingAsync("52140", "Beppu", "JP", "Friendship", "2005");

        using var response = await officer.RecordAsync(partnership.Summary.Id, ExchangeApi.YouthExchange(Day, Day.AddDays(-1)));

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").GetProperty("endsOn")[0].GetString().ShouldBe("종료일은 시작일보다 앞설 수 없습니다.");
        await partnership.Summary.Id.ShouldHaveNoActivitiesAsync(app);
    }

    [Fact]
    public async Task A_missing_title_is_refused_in_English_when_the_officer_reads_English()
    {
        using var officer = app.OfficerOf("52140");
        officer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var partnership = await officer.CreateExistingAsync("52140", "Sendai", "JP", "Friendship", "2006");
        var body = ExchangeApi.YouthExchange(Day);
        body["title"] = null;

        using var response = await officer.RecordAsync(partnership.Summary.Id, body);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").GetProperty("title")[0].GetString().ShouldBe("Enter the activity title.");
    }

    [Fact]
    public async Task A_partnership_of_another_government_is_not_found_and_gets_no_activity()
    {
        using var owner = app.OfficerOf("52180");
        var partnership = await owner.CreateExistingAsync("52180", "Nagoya", "JP", "SisterCity", "2003");
        using var stranger = app.OfficerOf("52130");

        using var response = await stranger.RecordAsync(partnership.Summary.Id, ExchangeApi.YouthExchange(Day));
        var recorded = await owner.RecordOkAsync(partnership.Summary.Id, ExchangeApi.YouthExchange(Day));
        using var read = await stranger.GetAsync($"/api/activities/{recorded.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.PartnershipActivitiesAsync(partnership.Summary.Id)).ShouldHaveSingleItem().Id.ShouldBe(recorded.Id);
    }

    [Fact]
    public async Task An_attachment_is_stored_by_checksum_and_downloaded_byte_for_byte_and_a_news_link_is_added()
    {
        using var officer = app.OfficerOf("52180");
        var partnership = await officer.CreateExistingAsync("52180", "Sapporo", "JP", "SisterCity", "2008");
        var recorded = await officer.RecordOkAsync(partnership.Summary.Id, ExchangeApi.YouthExchange(Day));

        using var upload = await officer.AttachAsync(recorded.Id, "홈스테이_결과보고.pdf", DocumentUploadTests.TinyPdf);
        await upload.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var link = await officer.PostAsJsonAsync($"/api/activities/{recorded.Id}/links", new { url = "https://news.example.kr/2026/08/homestay", title = "홈스테이 보도" });
        await link.ShouldHaveStatusAsync(HttpStatusCode.OK);

        var after = await officer.ActivityAsync(recorded.Id);
        var attachment = after.Attachments.ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("홈스테이_결과보고.pdf");
        attachment.ContentType.ShouldBe("application/pdf");
        attachment.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(DocumentUploadTests.TinyPdf)));
        after.Links.ShouldHaveSingleItem().ShouldBe(new LinkItem(after.Links[0].Id, "https://news.example.kr/2026/08/homestay", "홈스테이 보도"));
        using var download = await officer.GetAsync(attachment.Url);
        await download.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(DocumentUploadTests.TinyPdf);
        using var unknown = await officer.GetAsync($"/api/activities/{recorded.Id}/attachments/987654");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Fukuoka", "ftp://files.example.kr/report")]
    [InlineData("Okayama", "javascript:alert(1)")]
    [InlineData("Kagoshima", "보도자료")]
    public async Task A_link_that_is_not_http_is_refused_in_Korean_and_nothing_is_saved(string city, string url)
    {
        using var officer = app.OfficerOf("52180");
        var partnership = await officer.CreateExistingAsync("52180", city, "JP", "Friendship", "2011");
        var recorded = await officer.RecordOkAsync(partnership.Summary.Id, ExchangeApi.YouthExchange(Day));

        using var response = await officer.PostAsJsonAsync($"/api/activities/{recorded.Id}/links", new { url });

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").GetProperty("url")[0].GetString().ShouldBe("링크는 http:// 또는 https:// 로 시작하는 주소여야 합니다.");
        var after = await officer.ActivityAsync(recorded.Id);
        after.Links.ShouldBeEmpty();
        after.Version.ShouldBe(recorded.Version);
    }

    [Fact]
    public async Task An_attachment_over_the_limit_is_refused_with_the_limit_in_Korean_and_nothing_is_saved()
    {
        using var officer = smallLimit.Factory.OfficerOf("52130");
        var partnership = await officer.CreateExistingAsync("52130", "Hiroshima", "JP", "Friendship", "2012");
        var recorded = await officer.RecordOkAsync(partnership.Summary.Id, ExchangeApi.YouthExchange(Day));
        var large = new byte[SmallLimitApp.MaxBytes + 1];
        DocumentUploadTests.TinyPdf.CopyTo(large, 0);
        var contentsBefore = await CountContentsAsync();

        using var response = await officer.AttachAsync(recorded.Id, "사진모음.pdf", large);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("rule").GetString().ShouldBe("attachment.too-large");
        problem.GetProperty("errors").GetProperty("file")[0].GetString().ShouldBe("첨부 파일은 최대 4KB까지 올릴 수 있습니다.");
        (await officer.ActivityAsync(recorded.Id)).Attachments.ShouldBeEmpty();
        (await CountContentsAsync()).ShouldBe(contentsBefore);
    }

    [Fact]
    public async Task An_executable_named_pdf_is_refused_like_an_agreement_document()
    {
        using var officer = app.OfficerOf("52130");
        var partnership = await officer.CreateExistingAsync("52130", "Kanazawa", "JP", "Friendship", "2013");
        var recorded = await officer.RecordOkAsync(partnership.Summary.Id, ExchangeApi.YouthExchange(Day));

        using var response = await officer.AttachAsync(recorded.Id, "report.pdf", Encoding.ASCII.GetBytes("MZ not a pdf at all"));

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("rule").GetString().ShouldBe("document.type");
        (await officer.ActivityAsync(recorded.Id)).Attachments.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_project_of_another_partnership_is_refused_for_the_activity()
    {
        using var officer = app.OfficerOf("52180");
        var mine = await officer.CreateExistingAsync("52180", "Kumamoto", "JP", "Friendship", "2014");
        var other = await officer.CreateExistingAsync("52180", "Nagasaki", "JP", "Friendship", "2015");
        var project = await officer.ProposeOkAsync("52180", ExchangeApi.Plan("나가사키 교류 사업", other.Summary.Id));
        var body = ExchangeApi.YouthExchange(Day);
        body["projectId"] = project.Summary.Id;

        using var response = await officer.RecordAsync(mine.Summary.Id, body);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").GetProperty("projectId")[0].GetString().ShouldBe("선택한 사업은 이 교류 관계의 사업이 아닙니다.");
        await mine.Summary.Id.ShouldHaveNoActivitiesAsync(app);
    }

    private async Task<int> CountContentsAsync()
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            return await db.DocumentContents.CountAsync();
        }
    }

    public sealed class SmallLimitApp(WritableApp app) : IDisposable
    {
        public const int MaxBytes = 4096;

        public WebApplicationFactory<Program> Factory { get; } =
            app.WithWebHostBuilder(builder => builder.UseSetting("Gyoryu:MaxDocumentBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        public void Dispose() => Factory.Dispose();
    }
}

internal static class ActivityAssertions
{
    /// <summary>Reads the table itself: no activity row at all for the partnership.</summary>
    public static async Task ShouldHaveNoActivitiesAsync(this int partnershipId, GyoryuAppFactory app)
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            (await db.Activities.CountAsync(a => a.PartnershipId == partnershipId)).ShouldBe(0);
        }
    }
}
