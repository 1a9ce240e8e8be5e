using System.Security.Cryptography;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Web.Tests.Features.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using System.Net.Http.Json;

namespace Gyoryu.Web.Tests.Features.Exchanges;

/// <summary>What the API saved is what a fresh context reads back, on each database. Owner: 장수 (52740).</summary>
[Collection(WritableAppCollection.Name)]
public sealed class ExchangePersistenceTests(WritableApp app)
{
    [Fact]
    public async Task An_activity_with_an_attachment_and_a_link_and_a_project_with_two_partnerships_round_trip()
    {
        using var officer = app.OfficerOf("52740");
        var first = await officer.CreateExistingAsync("52740", "Akita", "JP", "SisterCity", "1996");
        var second = await officer.CreateExistingAsync("52740", "Aomori", "JP", "Friendship", "2016");
        var project = await officer.ProposeOkAsync("52740", ExchangeApi.Plan("두 도시 청소년 교류", first.Summary.Id, second.Summary.Id));
        var body = ExchangeApi.YouthExchange(new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 18));
        body["projectId"] = project.Summary.Id;
        body["exportContracts"] = 2;
        body["exportAmount"] = 350_000_000L;
        var recorded = await officer.RecordOkAsync(first.Summary.Id, body);
        (await officer.AttachAsync(recorded.Id, "결과보고서.pdf", DocumentUploadTests.TinyPdf)).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync($"/api/activities/{recorded.Id}/links", new { url = "https://www.jangsu.go.kr/news/1", title = "장수군 보도자료" })).EnsureSuccessStatusCode();

        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var activity = await db.Activities.AsNoTracking().Include(a => a.Attachments).Include(a => a.Links).SingleAsync(a => a.Id == recorded.Id);
            activity.OwnerCode.ShouldBe("52740");
            activity.ProjectId.ShouldBe(project.Summary.Id);
            activity.Kind.ShouldBe(ActivityKind.YouthExchange);
            activity.Direction.ShouldBe(VisitDirection.Inbound);
            activity.HeldOn.ShouldBe(new DateOnly(2026, 9, 14));
            activity.EndsOn.ShouldBe(new DateOnly(2026, 9, 18));
            activity.Year.ShouldBe(2026);
            activity.Participants.ShouldBe(new Participants(3, 6, 18, 0));
            activity.People.ShouldBe(27);
            activity.Cost.ShouldBe(12_500_000);
            activity.Outcomes.ShouldBe(new Outcomes(1, 2, 350_000_000, 27, "내년 답방 합의"));
            activity.Version.ShouldBe(recorded.Version + 2);
            var attachment = activity.Attachments.ShouldHaveSingleItem();
            attachment.FileName.ShouldBe("결과보고서.pdf");
            attachment.Size.ShouldBe(DocumentUploadTests.TinyPdf.Length);
            attachment.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(DocumentUploadTests.TinyPdf)));
            (await db.DocumentContents.SingleAsync(d => d.Sha256 == attachment.Sha256)).Bytes.ShouldBe(DocumentUploadTests.TinyPdf);
            activity.Links.ShouldHaveSingleItem().Url.ShouldBe("https://www.jangsu.go.kr/news/1");

            var saved = await db.ExchangeProjects.AsNoTracking().Include(p => p.Partnerships).SingleAsync(p => p.Id == project.Summary.Id);
            saved.Partnerships.Select(l => l.PartnershipId).ShouldBe([first.Summary.Id, second.Summary.Id], ignoreOrder: true);
            saved.PlannedBudget.ShouldBe(40_000_000);
            saved.PartnerContributionNote.ShouldBe("숙박 현물 제공");
            saved.Status.ShouldBe(ProjectStatus.Proposed);
        }

        var read = await officer.ProjectAsync(project.Summary.Id);
        read.Activities.ShouldHaveSingleItem().Id.ShouldBe(recorded.Id);
    }
}
