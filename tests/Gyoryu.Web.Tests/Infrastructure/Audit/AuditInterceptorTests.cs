using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Exchanges;
using Gyoryu.Web.Infrastructure.Audit;
using Gyoryu.Web.Tests.Features.Exchanges;
using Gyoryu.Web.Tests.Features.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Tests.Infrastructure.Audit;

/// <summary>
/// Every save through the app writes its audit entries in the same transaction; owners are 전남 순천시 (46150), 나주시 (46170),
/// 광양시 (46230), 담양군 (46710) and 곡성군 (46720).
/// </summary>
[Collection(WritableAppCollection.Name)]
public sealed class AuditInterceptorTests(WritableApp app)
{
    [Fact]
    public async Task Creating_a_partnership_logs_the_officer_the_owner_the_partner_and_the_values()
    {
        using var client = app.OfficerOf("46150");

        var created = await client.CreateCandidateAsync("46150", "Bordeaux", "FR", fields: ["CultureArts"]);

        var entry = (await EntriesAsync("Partnership", created.Summary.Id)).ShouldHaveSingleItem();
        entry.Action.ShouldBe(AuditAction.Created);
        entry.Step.ShouldBe(nameof(TimelineKind.CandidateRegistered));
        entry.Actor.ShouldBe(GyoryuAppFactory.AdministratorDisplayName);
        entry.TenantCode.ShouldBe("46150");
        entry.Label.ShouldBe(created.Summary.PartnerNameKo);
        entry.RequestPath.ShouldBe("/api/local-governments/46150/partnerships");
        var changes = Changes(entry);
        After(changes, "Status").ShouldBe("Candidate");
        After(changes, "Type").ShouldBe("SisterCity");
        After(changes, "Fields").ShouldBe("CultureArts");
        After(changes, "Motive").ShouldBe("Bordeaux 교류 추진");
        After(changes, "TimelineEntry[+1].Kind").ShouldBe("CandidateRegistered");
        changes.Keys.ShouldNotContain("Version");
        changes.Keys.ShouldNotContain("CreatedAt");
        changes.Keys.ShouldNotContain("Id");
    }

    [Fact]
    public async Task Editing_a_partnership_logs_before_and_after_of_exactly_the_changed_properties()
    {
        using var client = app.OfficerOf("46150");
        var created = await client.CreateCandidateAsync("46150", "Nantes", "FR", fields: ["Economy"]);

        using var edited = await client.PutAsJsonAsync($"/api/partnerships/{created.Summary.Id}",
            new { version = created.Version, fields = new[] { "Economy" }, motive = "낭트 경제 교류", history = "2020년 첫 방문" }, GyoryuAppFactory.Json);
        await edited.ShouldHaveStatusAsync(HttpStatusCode.OK);

        var entry = (await EntriesAsync("Partnership", created.Summary.Id)).Last();
        entry.Action.ShouldBe(AuditAction.Updated);
        entry.Step.ShouldBe(nameof(TimelineKind.DetailsEdited));
        var changes = Changes(entry);
        changes.Keys.Where(k => !k.StartsWith("TimelineEntry", StringComparison.Ordinal)).ShouldBe(["Motive", "History"], ignoreOrder: true);
        (Before(changes, "Motive"), After(changes, "Motive")).ShouldBe(("Nantes 교류 추진", "낭트 경제 교류"));
        (Before(changes, "History"), After(changes, "History")).ShouldBe((null, "2020년 첫 방문"));
    }

    [Fact]
    public async Task A_working_meeting_is_logged_as_that_lifecycle_step_with_the_status_change_and_the_meeting()
    {
        using var client = app.OfficerOf("46150");
        var created = await client.CreateCandidateAsync("46150", "Toulouse", "FR");

        await client.StepOkAsync(created.Summary.Id, "working-meetings",
            new { version = created.Version, heldOn = "2025-03-04", place = "툴루즈 시청", attendees = "순천시 대표단 4명", agreedFields = new[] { "Tourism" } });

        var entry = (await EntriesAsync("Partnership", created.Summary.Id)).Last();
        entry.Action.ShouldBe(AuditAction.Step);
        entry.Step.ShouldBe(nameof(TimelineKind.WorkingMeeting));
        entry.Actor.ShouldBe(GyoryuAppFactory.AdministratorDisplayName);
        var changes = Changes(entry);
        (Before(changes, "Status"), After(changes, "Status")).ShouldBe(("Candidate", "Negotiating"));
        After(changes, "LastStepOn").ShouldBe("2025-03-04");
        After(changes, "WorkingMeeting[+1].Place").ShouldBe("툴루즈 시청");
        After(changes, "WorkingMeeting[+1].Attendees").ShouldBe("순천시 대표단 4명");
        changes.Keys.ShouldContain(k => k.StartsWith("TimelineEntry[", StringComparison.Ordinal) && k.EndsWith(".Note", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_activity_is_logged_when_recorded_and_when_revised_with_the_officers_government()
    {
        using var client = app.OfficerOf("46710");
        var partnership = await client.CreateExistingAsync("46710", "Montpellier", "FR", "Friendship", "2015");
        var body = ExchangeApi.YouthExchange(new DateOnly(2025, 5, 10));
        body["title"] = "몽펠리에 청소년 교류";

        var activity = await client.RecordOkAsync(partnership.Summary.Id, body);
        body["title"] = "몽펠리에 청소년 교류 (수정)";
        body["students"] = 20;
        body["version"] = activity.Version;
        using var revised = await client.PutAsJsonAsync($"/api/activities/{activity.Id}", body, GyoryuAppFactory.Json);
        await revised.ShouldHaveStatusAsync(HttpStatusCode.OK);

        var entries = await EntriesAsync("Activity", activity.Id);
        entries.Select(e => e.Action).ShouldBe([AuditAction.Created, AuditAction.Updated]);
        entries.ShouldAllBe(e => e.TenantCode == "46710" && e.Actor == GyoryuAppFactory.AdministratorDisplayName);
        After(Changes(entries[0]), "Title").ShouldBe("몽펠리에 청소년 교류");
        After(Changes(entries[0]), "Students").ShouldBe("18");
        entries[1].Label.ShouldBe("몽펠리에 청소년 교류 (수정)");
        var changes = Changes(entries[1]);
        changes.Keys.ShouldBe(["Title", "Students", "People"], ignoreOrder: true);
        (Before(changes, "Students"), After(changes, "Students")).ShouldBe(("18", "20"));
    }

    [Fact]
    public async Task Replacing_a_rubric_logs_the_removed_and_the_new_criteria_under_the_rubric()
    {
        using var client = app.OfficerOf("46170");
        var rubric = await client.GetFromJsonAsync<JsonElement>("/api/local-governments/46170/rubric", GyoryuAppFactory.Json);

        using var saved = await client.PutAsJsonAsync("/api/local-governments/46170/rubric", new
        {
            criteria = new[] { new { name = "교류 활성도", weight = 70, kpi = "ActivityCount" }, new { name = "만족도", weight = 30, kpi = "Satisfaction" } },
            version = rubric.GetProperty("version").GetInt32(),
        }, GyoryuAppFactory.Json);
        await saved.ShouldHaveStatusAsync(HttpStatusCode.OK);

        var (scope, db) = app.CreateDbContext();
        await using var _ = scope;
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "Rubric" && e.TenantCode == "46170").OrderBy(e => e.Id).ToListAsync();
        entries.Select(e => e.Action).ShouldBe([AuditAction.Created, AuditAction.Updated]);
        entries.ShouldAllBe(e => e.TenantCode == "46170");
        var changes = Changes(entries[1]);
        changes.Where(c => c.Key.StartsWith("RubricCriterion[+", StringComparison.Ordinal) && c.Key.EndsWith(".Name", StringComparison.Ordinal))
            .Select(c => After(changes, c.Key)).ShouldBe(["교류 활성도", "만족도"], ignoreOrder: true);
        changes.Where(c => !c.Key.StartsWith("RubricCriterion[+", StringComparison.Ordinal) && c.Key.EndsWith(".Name", StringComparison.Ordinal))
            .Select(c => Before(changes, c.Key)).Count().ShouldBe(7);
        changes.Keys.ShouldNotContain("UpdatedAt");
    }

    [Fact]
    public async Task An_uploaded_document_is_logged_by_name_size_and_checksum_never_by_its_bytes()
    {
        using var client = app.OfficerOf("46230");
        var partnership = await client.CreateExistingAsync("46230", "Lille", "FR", "SisterCity", "1999");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(DocumentUploadTests.TinyPdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "협약서_릴.pdf");
        form.Add(new StringContent(partnership.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version");

        using var response = await client.PostAsync($"/api/partnerships/{partnership.Summary.Id}/documents", form);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);

        var entry = (await EntriesAsync("Partnership", partnership.Summary.Id)).Last();
        entry.Step.ShouldBe(nameof(TimelineKind.DocumentAttached));
        var changes = Changes(entry);
        After(changes, "AgreementDocument[+1].FileName").ShouldBe("협약서_릴.pdf");
        After(changes, "AgreementDocument[+1].Size").ShouldBe(DocumentUploadTests.TinyPdf.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        After(changes, "AgreementDocument[+1].Sha256").ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(DocumentUploadTests.TinyPdf)));
        entry.Changes.ShouldNotContain(Convert.ToBase64String(DocumentUploadTests.TinyPdf));
        entry.Changes.ShouldNotContain("%PDF");
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            (await db.AuditEntries.AnyAsync(e => e.EntityType == "DocumentContent")).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task A_refused_step_writes_no_entry()
    {
        using var client = app.OfficerOf("46720");
        var created = await client.CreateCandidateAsync("46720", "Rennes", "FR");

        using var refused = await client.StepAsync(created.Summary.Id, "agreement", new { version = created.Version, type = "SisterCity", signedOn = "2025-01-01" });
        using var blank = await client.StepAsync(created.Summary.Id, "working-meetings", new { version = created.Version, heldOn = "2025-01-01", place = " ", attendees = "곡성군" });

        refused.IsSuccessStatusCode.ShouldBeFalse();
        blank.IsSuccessStatusCode.ShouldBeFalse();
        (await EntriesAsync("Partnership", created.Summary.Id)).ShouldHaveSingleItem().Action.ShouldBe(AuditAction.Created);
    }

    [Fact]
    public async Task A_save_lost_to_a_concurrent_change_writes_no_entry_and_a_retry_logs_only_itself()
    {
        using var client = app.OfficerOf("46720");
        var partnership = await client.CreateExistingAsync("46720", "Dijon", "FR", "Friendship", "2010");
        var activity = await client.RecordOkAsync(partnership.Summary.Id, ExchangeApi.YouthExchange(new DateOnly(2025, 6, 1)));
        var (firstScope, first) = app.CreateDbContext();
        var (secondScope, second) = app.CreateDbContext();
        await using (firstScope)
        await using (secondScope)
        {
            var mine = await first.Activities.SingleAsync(a => a.Id == activity.Id);
            var theirs = await second.Activities.SingleAsync(a => a.Id == activity.Id);
            mine.Revise(Record("먼저 저장한 제목"), new Stamp("테스트", DateTimeOffset.UtcNow));
            theirs.Revise(Record("늦게 저장한 제목"), new Stamp("테스트", DateTimeOffset.UtcNow));

            await first.SaveChangesAsync();
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

            // The loser reloads and saves again: only that save is logged, nothing of the lost one.
            await second.Entry(theirs).ReloadAsync();
            theirs.Revise(Record("다시 저장한 제목"), new Stamp("테스트", DateTimeOffset.UtcNow));
            await second.SaveChangesAsync();
            second.ChangeTracker.Entries<AuditEntry>().ShouldBeEmpty();
            second.Database.CurrentTransaction.ShouldBeNull();
        }

        var entries = await EntriesAsync("Activity", activity.Id);
        entries.Select(e => e.Action).ShouldBe([AuditAction.Created, AuditAction.Updated, AuditAction.Updated]);
        After(Changes(entries[1]), "Title").ShouldBe("먼저 저장한 제목");
        (Before(Changes(entries[2]), "Title"), After(Changes(entries[2]), "Title")).ShouldBe(("먼저 저장한 제목", "다시 저장한 제목"));
        // Outside a request nobody is signed in: the log says the system did it.
        entries[1].Actor.ShouldBe(AuditInterceptor.SystemActor);
        entries[1].TenantCode.ShouldBe("46720");
    }

    [Fact]
    public async Task Saves_in_a_suppressed_scope_and_the_demo_data_seeded_at_start_up_write_no_entries()
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var demo = await db.Partnerships.OrderBy(p => p.Id).Select(p => p.Id.ToString()).FirstAsync();
            (await db.AuditEntries.AnyAsync(e => e.EntityType == "Partnership" && e.EntityId == demo && e.Action == AuditAction.Created)).ShouldBeFalse();

            var partnershipId = await db.Partnerships.Where(p => p.OwnerCode == "41570").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var activity = Activity.Record("41570", partnershipId, Record("기록되지 않는 저장"), new Stamp("테스트", DateTimeOffset.UtcNow));
            using (AuditScope.Suppress())
            {
                db.Activities.Add(activity);
                await db.SaveChangesAsync();
            }

            var id = activity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            (await db.AuditEntries.AnyAsync(e => e.EntityType == "Activity" && e.EntityId == id)).ShouldBeFalse();
        }
    }

    private static ActivityRecord Record(string title) =>
        new(ActivityKind.DelegationVisit, VisitDirection.Outbound, title, new DateOnly(2025, 6, 1), null, "시청", ExchangeFields.Administration, null,
            new Participants(1, 0, 0, 0), 0, Outcomes.None, null);

    private async Task<List<AuditEntry>> EntriesAsync(string type, int id)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            return await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == type && e.EntityId == key).OrderBy(e => e.Id).ToListAsync();
        }
    }

    private static Dictionary<string, JsonElement> Changes(AuditEntry entry) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.Changes)!;

    private static string? Before(Dictionary<string, JsonElement> changes, string property) => Side(changes, property, "before");

    private static string? After(Dictionary<string, JsonElement> changes, string property) => Side(changes, property, "after");

    private static string? Side(Dictionary<string, JsonElement> changes, string property, string side)
    {
        if (!changes.TryGetValue(property, out var change))
        {
            throw new ShouldAssertException($"No change of {property}; the changes are {string.Join(", ", changes.Keys)}.");
        }

        return change.TryGetProperty(side, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
    }
}
